import type { MetadataRoute } from 'next'

import { locales, type Locale } from '@klinik/config/locales'

import { getPathname } from '@/i18n/navigation'
import type { AppPathname } from '@/i18n/routing'
import { listTreatmentSlugs } from '@/lib/cms/treatmentAddresses'
import { webEnv } from '@/lib/env'

// Rendered on request (the build never reads the CMS); the CMS data itself is cached by tag.
export const dynamic = 'force-dynamic'

const staticPages: AppPathname[] = ['/', '/treatments', '/faq', '/contraindications', '/appointment', '/privacy']

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const { siteUrl } = webEnv()
  const url = (locale: Locale, href: Parameters<typeof getPathname>[0]['href']) => `${siteUrl}${getPathname({ locale, href })}`
  const entries: MetadataRoute.Sitemap = []
  for (const page of staticPages) {
    const languages = Object.fromEntries(locales.map((locale) => [locale, url(locale, page as never)]))
    for (const locale of locales) entries.push({ url: url(locale, page as never), alternates: { languages } })
  }
  for (const { slugs, updatedAt } of await listTreatmentSlugs()) {
    const present = locales.filter((locale) => slugs[locale])
    const languages = Object.fromEntries(present.map((locale) => [locale, url(locale, { pathname: '/treatments/[slug]', params: { slug: slugs[locale]! } })]))
    for (const locale of present) entries.push({ url: languages[locale], lastModified: updatedAt, alternates: { languages } })
  }
  return entries
}
