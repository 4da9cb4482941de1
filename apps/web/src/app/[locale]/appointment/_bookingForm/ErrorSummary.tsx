import { useFormMetadata } from '@conform-to/react'
import { useTranslations } from 'next-intl'
import type { ReactNode } from 'react'

import { errorOrder, shownErrors } from '../bookingFormFields'

type Props = {
  /** Nothing was stored (the CMS is down or refused): the notice offers the clinic's phone instead of a list. */
  failed: boolean
  /** The field errors are listed after a server's answer; the browser's own checks show them beside the fields only. */
  listFieldErrors: boolean
  contactActions: ReactNode
}

/**
 * What went wrong with the last send, at the top of the form: the errors in page order, each a
 * link to its field, or the notice that nothing was sent. Focus moves here when the whole form
 * failed (see BookingForm).
 */
export function ErrorSummary({ failed, listFieldErrors, contactActions }: Props) {
  const t = useTranslations('BookingForm')
  const form = useFormMetadata()
  const errors = shownErrors(form.allErrors)
  const fields = form.getFieldset()
  const listed = listFieldErrors ? errorOrder.filter((target) => target !== 'form' && errors[target]) : []

  if (failed && errors.form) {
    return (
      <div className="booking-form__failure" role="alert" tabIndex={-1} id={form.errorId}>
        <h2>{t('failedHeading')}</h2>
        <p>{errors.form}</p>
        <p>{t('failedContact')}</p>
        {contactActions}
      </div>
    )
  }
  if (!errors.form && listed.length === 0) return null
  return (
    <div className="booking-form__summary" role="alert" tabIndex={-1} id={form.errorId}>
      <h2>{t('summaryHeading')}</h2>
      {errors.form && <p>{errors.form}</p>}
      {listed.length > 0 && (
        <ul>
          {listed.map((target) => (
            <li key={target}>
              <a href={`#${fields[target].id}`}>{errors[target]}</a>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
