/** The one list of site and content locales, used by the CMS, the web app and the booking schema. */
export const locales = ['tr', 'en'] as const

export type Locale = (typeof locales)[number]

export const defaultLocale: Locale = 'tr'

/** Each locale's name in its own language, for switchers and the admin. */
export const localeNames: Record<Locale, string> = {
  tr: 'Türkçe',
  en: 'English',
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value)
}
