import type { CollectionBeforeChangeHook } from 'payload'

import { defaultLocale, isLocale } from '@klinik/config/locales'

/**
 * When a publish changes a treatment's public slug in a language, the old slug is kept so the
 * site can answer it with a permanent redirect to the new address (links and search results
 * keep working).
 */
export const rememberPreviousSlug: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  if (operation !== 'update' || !originalDoc?.id || data._status !== 'published' || typeof data.slug !== 'string') return data
  const locale = isLocale(req.locale) ? req.locale : defaultLocale
  const published = await req.payload
    .findByID({ collection: 'treatments', id: originalDoc.id, locale, fallbackLocale: false, depth: 0, overrideAccess: true, req })
    .catch(() => null)
  // The main row holds the published version (or a never-published draft, whose slug was never public).
  const publicSlug = published?._status === 'published' ? published.slug : undefined
  if (!publicSlug || publicSlug === data.slug) return data
  const slugsOf = (rows: { slug: string }[] | null | undefined) => (rows ?? []).map((row) => row.slug)
  const kept = new Set<string>([...slugsOf(originalDoc.previousSlugs), ...slugsOf(published?.previousSlugs), publicSlug])
  kept.delete(data.slug)
  return { ...data, previousSlugs: [...kept].slice(-20).map((slug) => ({ slug })) }
}
