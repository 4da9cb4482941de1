import type { TextField, TextFieldSingleValidation } from 'payload'

import { klinikT } from '../i18n/translations'

const e164 = /^\+[1-9]\d{7,14}$/

const validate: TextFieldSingleValidation = (value, { req }) => (!value || e164.test(value) ? true : klinikT(req)('klinik:phoneNumber:format'))

/** A phone number stored in E.164 (+905321234567), the form tel: and wa.me links need. */
export function phoneNumberField(name: string, fieldLabel: { en: string; tr: string }, overrides: Partial<TextField> = {}): TextField {
  return {
    name,
    type: 'text',
    label: fieldLabel,
    validate,
    admin: { placeholder: '+902125550147' },
    ...overrides,
  } as TextField
}
