/**
 * The contract between the CMS and the site's data cache: one tag per CMS collection or global
 * whose content pages show, keyed by its slug. Every read of the site declares the tags of the
 * data it shows (a treatment page shows its FAQs and contraindications too); after a commit the
 * CMS sends the changed slug's tag, and the site drops only the tags listed here.
 */
export const cacheTags = {
  treatments: 'treatments',
  faqs: 'faqs',
  contraindications: 'contraindications',
  media: 'media',
  'clinic-settings': 'clinic-settings',
  'home-page': 'home-page',
} as const

/** A collection or global whose changes the site's cached pages show. */
export type CachedSlug = keyof typeof cacheTags
export type CacheTag = (typeof cacheTags)[CachedSlug]

/** Every tag the site knows, for the revalidation endpoint's check. */
export const knownCacheTags = Object.values(cacheTags) as [CacheTag, ...CacheTag[]]
