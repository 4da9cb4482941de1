import type { Locale } from '@klinik/config/locales'

import { fetchTreatmentAddresses } from './cms/treatmentAddresses'

/**
 * Which treatment addresses exist, for the proxy: a request for any other slug is answered
 * with the not-found page straight away, rendered per request. Without this, every made-up
 * slug a crawler tries would be rendered once and kept in the site's cache on disk as its own
 * 404 page (with two cached CMS answers): disk use without bound.
 *
 * The list is the CMS's (current and earlier slugs of published treatments). An unknown slug
 * refreshes it, at most once a second whatever the traffic, so a treatment published a moment
 * ago is found on its first visit.
 */
const refreshEveryMs = 1_000

type Addresses = Record<Locale, Set<string>>
let known: { addresses: Addresses; loadedAt: number } | undefined
let loading: Promise<void> | undefined

async function refresh(load: () => Promise<Addresses>, now: number): Promise<void> {
  loading ??= load()
    .then((addresses) => {
      known = { addresses, loadedAt: now }
    })
    .catch(() => {
      // Keep what we had; try again after the interval.
      if (known) known.loadedAt = now
    })
    .finally(() => {
      loading = undefined
    })
  return loading
}

/**
 * False only when the CMS's list, fresh within the last second, does not have this slug. While
 * the list has never loaded (the CMS down since this server started), every slug passes and the
 * page decides, as it did before.
 */
export async function isKnownTreatmentSlug(locale: Locale, slug: string, { load = fetchTreatmentAddresses, now = Date.now() } = {}): Promise<boolean> {
  if (known?.addresses[locale].has(slug)) return true
  if (!known || now - known.loadedAt >= refreshEveryMs) await refresh(load, now)
  if (!known) return true
  return known.addresses[locale].has(slug)
}

/** For tests: forget the list. */
export function forgetKnownTreatmentSlugs() {
  known = undefined
  loading = undefined
}
