import type { TextField } from 'payload'

const e164 = /^\+[1-9]\d{7,14}$/

/** A phone number stored in E.164 (+905321234567), the form tel: and wa.me links need. */
export function phoneNumberField(name: string, fieldLabel: { en: string; tr: string }, overrides: Partial<TextField> = {}): TextField {
  return {
    name,
    type: 'text',
    label: fieldLabel,
    validate: (value: string | null | undefined, { req }: { req: { i18n?: { language?: string } } }) => {
      if (!value || e164.test(value)) return true
      return req.i18n?.language === 'en'
        ? 'Use the international format with country code, e.g. +902125550147.'
        : 'Ülke koduyla uluslararası biçimde yazın, örneğin +902125550147.'
    },
    admin: { placeholder: '+902125550147' },
    ...overrides,
  } as TextField
}
