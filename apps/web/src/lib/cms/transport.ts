import 'server-only'

import type { CacheTag } from '@klinik/config/cacheTags'

import { webEnv } from '../env'
import { queryString, type CmsQuery } from './query'

/**
 * How the site reads the CMS (the modules beside this one are the only callers). Reads go
 * through Next's data cache with the tags of the collections and globals they show (the CMS
 * revalidates them on publish); a CMS error throws, so an outage is never cached as an empty
 * page.
 */
export class CmsError extends Error {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message)
    this.name = 'CmsError'
  }
}

/** A page of documents as Payload's REST API lists them. */
export type List<T> = { docs: T[]; hasNextPage?: boolean }

/** Cache tags for the site's data cache; `uncached` for reads that must not be stored (drafts, the proxy's copy). */
type FetchOptions = { tags: CacheTag[]; preview?: { token: string }; uncached?: boolean }

export async function cmsGet<T>(path: string, query: CmsQuery, { tags, preview, uncached }: FetchOptions): Promise<T> {
  const { cmsUrl } = webEnv()
  let response: Response
  try {
    response = await fetch(`${cmsUrl}/api${path}${queryString(query)}`, {
      headers: { Accept: 'application/json' },
      signal: AbortSignal.timeout(8000),
      ...(preview || uncached ? { cache: 'no-store' } : { cache: 'force-cache', next: { tags } }),
    })
  } catch (error) {
    throw new CmsError(`CMS unreachable for ${path}: ${error instanceof Error ? error.name : 'error'}`)
  }
  if (!response.ok) throw new CmsError(`CMS answered ${response.status} for ${path}`, response.status)
  return (await response.json()) as T
}
