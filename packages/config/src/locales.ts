/** The one list of site and content locales, used by the CMS, the web app and the booking schema. */
export const locales = ['tr', 'en'] as const

export type Locale = (typeof locales)[number]

export const defaultLocale: Locale = 'tr'

/** Each locale's name in its own language, for switchers and the admin. */
export const localeNames: Record<Locale, string> = {
  tr: 'Türkçe',
  en: 'English',
}

/** Each locale named in each admin language, e.g. `localeLabels.en.tr` = "İngilizce". */
export const localeLabels: Record<Locale, Record<Locale, string>> = {
  tr: { tr: localeNames.tr, en: 'Turkish' },
  en: { tr: 'İngilizce', en: localeNames.en },
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value)
}
