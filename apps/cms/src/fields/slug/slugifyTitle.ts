import slugify from 'slugify'

import type { Locale } from '@klinik/config/locales'

const ampersand: Record<Locale, string> = { tr: ' ve ', en: ' and ' }

/**
 * URL slug from a title, Turkish-aware: ç ğ ı İ ö ş ü become c g i i o s u instead of
 * being dropped (Payload's default slugify turns "Saç Dökülmesi" into "sa-dklmesi").
 * The `slugify` package is used for its transliteration table; only "&" is ours, so that
 * it reads "ve" in a Turkish URL and "and" in an English one.
 */
export function slugifyTitle(title: string, locale: Locale): string {
  return slugify(title.replace(/&/g, ampersand[locale]), {
    locale: 'tr',
    lower: true,
    strict: true,
    trim: true,
  })
    .slice(0, 96)
    .replace(/-+$/, '')
}
