import { defaultLocale, locales, type Locale } from '@klinik/config/locales'

import { getPathname } from '@/i18n/navigation'

type Href = Parameters<typeof getPathname>[0]['href']

export type PageAlternates = {
  /** This page's path in every locale; where a translation is missing, the nearest page that exists. */
  paths: Record<Locale, string>
  /** Locales where this very page exists (for hreflang and the sitemap). */
  existsIn: Locale[]
}

/**
 * One definition of "the same page in another language", used by the language switcher,
 * hreflang/canonical and the sitemap. `hrefFor` returns null where the page does not exist
 * in a locale; `nearest` is where the switcher goes then (never a 404).
 */
export function pageAlternates(hrefFor: (locale: Locale) => Href | null, nearest: Href = '/'): PageAlternates {
  const paths = {} as Record<Locale, string>
  const existsIn: Locale[] = []
  for (const locale of locales) {
    const href = hrefFor(locale)
    if (href) existsIn.push(locale)
    paths[locale] = getPathname({ locale, href: href ?? nearest })
  }
  return { paths, existsIn }
}

/** A static page that exists in every locale. */
export const staticPageAlternates = (href: Href) => pageAlternates(() => href)

/** Next.js metadata: self canonical and reciprocal hreflang with x-default. */
export function alternatesMetadata(locale: Locale, alternates: PageAlternates, siteUrl: string) {
  const languages: Record<string, string> = {}
  for (const code of alternates.existsIn) languages[code] = `${siteUrl}${alternates.paths[code]}`
  if (alternates.existsIn.length > 0) {
    const xDefault = alternates.existsIn.includes(defaultLocale) ? defaultLocale : alternates.existsIn[0]
    languages['x-default'] = `${siteUrl}${alternates.paths[xDefault]}`
  }
  return { canonical: `${siteUrl}${alternates.paths[locale]}`, languages }
}
