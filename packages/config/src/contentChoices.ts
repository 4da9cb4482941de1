import type { Locale } from './locales'

/**
 * The fixed choices of the content model, with their words in both languages: the CMS builds
 * its selects from them, the seed and the site read them. A value without a word in a language
 * fails the type check; a value the site does not list can no longer hide an entry.
 */
export const faqCategories = ['general', 'procedure', 'safety', 'aftercare', 'results', 'booking'] as const
export type FaqCategory = (typeof faqCategories)[number]

/** Each FAQ category's heading, on the site and in the admin's select. */
export const faqCategoryLabels: Record<FaqCategory, Record<Locale, string>> = {
  general: { tr: 'Genel', en: 'General' },
  procedure: { tr: 'Uygulama', en: 'The procedure' },
  safety: { tr: 'Güvenlik', en: 'Safety' },
  aftercare: { tr: 'Uygulama sonrası', en: 'Aftercare' },
  results: { tr: 'Sonuçlar', en: 'Results' },
  booking: { tr: 'Randevu', en: 'Appointments' },
}

export function isFaqCategory(value: unknown): value is FaqCategory {
  return typeof value === 'string' && (faqCategories as readonly string[]).includes(value)
}

export const contraindicationSeverities = ['absolute', 'caution'] as const
export type ContraindicationSeverity = (typeof contraindicationSeverities)[number]

/** How the admin's select names each severity. */
export const contraindicationSeverityLabels: Record<ContraindicationSeverity, Record<Locale, string>> = {
  absolute: { tr: 'Kesin: uygulanmaz', en: 'Absolute: not treated' },
  caution: { tr: 'Dikkat: hekim karar verir', en: 'Caution: the physician decides' },
}
