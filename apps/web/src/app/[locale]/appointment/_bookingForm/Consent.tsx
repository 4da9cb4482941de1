import { getInputProps, useField } from '@conform-to/react'
import { useTranslations } from 'next-intl'

import { FieldError } from './FieldError'

/**
 * The explicit consent: an unticked box labelled by the clinic's consent text alone, the link to
 * the privacy notice apart from it (a link inside a label would tick the box).
 */
export function Consent({ consentText, privacyHref }: { consentText: string; privacyHref: string }) {
  const t = useTranslations('BookingForm')
  const [field] = useField<string>('consent')
  return (
    <>
      <p>
        {t.rich('privacyIntro', {
          link: (text) => (
            <a href={privacyHref} className="text-link" target="_blank" rel="noopener">
              {text}
            </a>
          ),
        })}
      </p>
      <div className="field field--check">
        <input {...getInputProps(field, { type: 'checkbox', value: 'yes' })} />
        <label htmlFor={field.id}>{consentText}</label>
      </div>
      <FieldError id={field.errorId} message={field.errors?.[0]} />
    </>
  )
}
