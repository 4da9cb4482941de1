import { getTextareaProps, useField } from '@conform-to/react'
import { useTranslations } from 'next-intl'

import { FieldError } from './FieldError'

/** The patient's optional message, with the reminder not to write health details. */
export function MessageField() {
  const t = useTranslations('BookingForm')
  const [field] = useField<string>('message')
  return (
    <div className="field">
      <label htmlFor={field.id}>
        {t('message')} <span className="field__optional">{t('optional')}</span>
      </label>
      <textarea {...getTextareaProps(field, { ariaDescribedBy: field.descriptionId })} rows={4} />
      <p id={field.descriptionId} className="field__hint">
        {t('messageHint')}
      </p>
      <FieldError id={field.errorId} message={field.errors?.[0]} />
    </div>
  )
}
