import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import type { Locale } from '@klinik/config/locales'

import { alternatesMetadata, type PageAlternates } from './alternates'
import { webEnv } from './env'

/** The fixed pages whose title and description are `Metadata.<page>Title` and `Metadata.<page>Description`. */
export const staticPages = ['treatments', 'faq', 'contraindications', 'appointment', 'privacy'] as const

type Key = (typeof staticPages)[number]

/** Title and description from the message files, with canonical and hreflang: the metadata of a fixed page. */
export async function staticPageMetadata(locale: Locale, alternates: PageAlternates, key: Key): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: 'Metadata' })
  return { title: t(`${key}Title`), description: t(`${key}Description`), alternates: alternatesMetadata(locale, alternates, webEnv().siteUrl) }
}
