import { getInputProps, useField } from '@conform-to/react'
import { useTranslations } from 'next-intl'

import { contactChannels } from '@klinik/booking/choices'

import { ChoiceGroup } from './ChoiceGroup'
import { FieldError } from './FieldError'

type TextFieldProps = {
  name: 'fullName' | 'phone' | 'email'
  label: string
  optional?: boolean
  hint?: string
  type: 'text' | 'tel' | 'email'
  autoComplete: string
  inputMode?: 'tel'
}

/** A labelled text input with its hint and error, showing what was sent last. */
function TextField({ name, label, optional = false, hint, type, autoComplete, inputMode }: TextFieldProps) {
  const t = useTranslations('BookingForm')
  const [field] = useField<string>(name)
  return (
    <div className="field">
      <label htmlFor={field.id}>
        {label} {optional && <span className="field__optional">{t('optional')}</span>}
      </label>
      <input {...getInputProps(field, { type, ariaDescribedBy: hint ? field.descriptionId : undefined })} autoComplete={autoComplete} inputMode={inputMode} />
      {hint && (
        <p id={field.descriptionId} className="field__hint">
          {hint}
        </p>
      )}
      <FieldError id={field.errorId} message={field.errors?.[0]} />
    </div>
  )
}

/** Name, phone, email and the way the clinic should get in touch; the way decides which of phone and email is optional. */
export function ContactDetails() {
  const t = useTranslations('BookingForm')
  const [channel] = useField<string>('contactChannel')
  const byEmail = channel.value === 'email'
  return (
    <>
      <TextField name="fullName" label={t('fullName')} type="text" autoComplete="name" />
      <TextField name="phone" label={t('phone')} optional={byEmail} type="tel" autoComplete="tel" inputMode="tel" hint={t('phoneHint')} />
      <TextField name="email" label={t('email')} optional={!byEmail} type="email" autoComplete="email" />
      <ChoiceGroup name="contactChannel" legend={t('contactChannel')} choices={contactChannels.map((value) => ({ value, label: t(`channel.${value}`) }))} />
    </>
  )
}
