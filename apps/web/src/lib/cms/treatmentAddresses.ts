import 'server-only'

import type { Treatment } from '@klinik/cms-types/payload-types'
import { cacheTags } from '@klinik/config/cacheTags'
import { locales, type Locale } from '@klinik/config/locales'

import { writtenIn } from './query'
import { cmsGet, type List } from './transport'

/** A document's slug in each language where it exists (published, with a title there). */
export type LocalizedSlugs = Partial<Record<Locale, string>>

/** A treatment read with `locale=all`: each localized field holds every language's value. */
type InEveryLanguage = {
  title?: Partial<Record<Locale, string>>
  slug?: Partial<Record<Locale, string>>
  previousSlugs?: Partial<Record<Locale, { slug?: string }[]>>
  updatedAt: string
}

function publishedSlugs(doc: InEveryLanguage): LocalizedSlugs {
  const slugs: LocalizedSlugs = {}
  for (const locale of locales) {
    const slug = doc.slug?.[locale]
    if (slug && doc.title?.[locale]) slugs[locale] = slug
  }
  return slugs
}

/** The current slug of the treatment that used `slug` before a rename, for a permanent redirect. */
export async function findRenamedTreatment(locale: Locale, slug: string): Promise<string | null> {
  const list = await cmsGet<List<Pick<Treatment, 'slug' | 'title'>>>(
    '/treatments',
    { ...writtenIn(locale), where: { 'previousSlugs.slug': { equals: slug } }, depth: 0, limit: 1, select: { slug: true, title: true } },
    { tags: [cacheTags.treatments] },
  )
  const doc = list.docs[0]
  return doc?.slug && doc.title ? doc.slug : null
}

/** The treatment's slug in every language it is published in. */
export async function getTreatmentSlugs(id: string): Promise<LocalizedSlugs> {
  const doc = await cmsGet<InEveryLanguage>(
    `/treatments/${encodeURIComponent(id)}`,
    { locale: 'all', depth: 0, select: { title: true, slug: true } },
    { tags: [cacheTags.treatments] },
  )
  return publishedSlugs(doc)
}

/**
 * The slug in this language of each of these treatments that is published and written in it, by
 * id; the others are missing (a rich-text link to them shows as plain text).
 */
export async function findTreatmentSlugs(locale: Locale, ids: string[]): Promise<Record<string, string>> {
  if (ids.length === 0) return {}
  const list = await cmsGet<List<Pick<Treatment, 'id' | 'slug' | 'title'>>>(
    '/treatments',
    { ...writtenIn(locale), where: { id: { in: ids } }, depth: 0, limit: ids.length, select: { slug: true, title: true } },
    { tags: [cacheTags.treatments] },
  )
  return Object.fromEntries(list.docs.flatMap((doc) => (doc.slug && doc.title ? [[doc.id, doc.slug]] : [])))
}

/**
 * Every address a published treatment answers at, per language: its slug and its earlier slugs
 * (which redirect). Read uncached, for the proxy's check of treatment addresses
 * (knownTreatmentSlugs.ts), which keeps its own copy.
 */
export async function fetchTreatmentAddresses(): Promise<Record<Locale, Set<string>>> {
  const addresses = Object.fromEntries(locales.map((locale) => [locale, new Set<string>()])) as Record<Locale, Set<string>>
  for (let page = 1; page <= 20; page += 1) {
    const list = await cmsGet<List<InEveryLanguage>>(
      '/treatments',
      { locale: 'all', depth: 0, limit: 100, page, select: { slug: true, previousSlugs: true } },
      { tags: [], uncached: true },
    )
    for (const doc of list.docs) {
      for (const locale of locales) {
        if (doc.slug?.[locale]) addresses[locale].add(doc.slug[locale])
        for (const earlier of doc.previousSlugs?.[locale] ?? []) if (earlier.slug) addresses[locale].add(earlier.slug)
      }
    }
    if (!list.hasNextPage) break
  }
  return addresses
}

/** Every published treatment's slugs, for the sitemap. */
export async function listTreatmentSlugs(): Promise<{ slugs: LocalizedSlugs; updatedAt: string }[]> {
  const list = await cmsGet<List<InEveryLanguage>>(
    '/treatments',
    { locale: 'all', depth: 0, limit: 100, select: { title: true, slug: true, updatedAt: true } },
    { tags: [cacheTags.treatments] },
  )
  return list.docs.map((doc) => ({ slugs: publishedSlugs(doc), updatedAt: doc.updatedAt }))
}
