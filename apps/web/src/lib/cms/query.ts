import { stringify } from 'qs-esm'

import type { Locale } from '@klinik/config/locales'

/** Payload's `validOperators` (payload/shared). */
type Operator =
  | 'equals'
  | 'contains'
  | 'not_equals'
  | 'in'
  | 'all'
  | 'not_in'
  | 'exists'
  | 'greater_than'
  | 'greater_than_equal'
  | 'less_than'
  | 'less_than_equal'
  | 'like'
  | 'not_like'
  | 'within'
  | 'intersects'
  | 'near'

/**
 * Payload's `Where` (`import type { Where } from 'payload'`), mirrored here rather than imported:
 * the site talks to the CMS over HTTP only, and its image installs only its own workspace's
 * dependencies (apps/web/Dockerfile), so declaring `payload` and its whole tree for one type
 * is not worth it. `@klinik/cms-types` holds the generated documents, not Payload's own types.
 */
export type Where = { [field: string]: Where[] | { [operator in Operator]?: unknown } | undefined; and?: Where[]; or?: Where[] }

/** The REST parameters the site sends (Payload's names). */
export type CmsQuery = {
  where?: Where
  /** A site language, or `all` for every language's value at once (slugs per language). */
  locale?: Locale | 'all'
  /** `none`: a document not written in this language comes back without its text, not in Turkish. */
  'fallback-locale'?: 'none'
  depth?: number
  limit?: number
  page?: number
  sort?: string
  select?: Record<string, true>
  /** The CMS's signed preview token (the treatment preview endpoint). */
  token?: string
}

/** Only what is written in this language: no fallback to the default language's text. */
export const writtenIn = (locale: Locale) => ({ locale, 'fallback-locale': 'none' }) as const

/**
 * `?where[and][0][title][exists]=true&locale=tr…` as Payload's REST API reads it (its docs
 * build queries with qs-esm too; the CMS's REST gate parses them with the same library).
 */
export const queryString = (query: CmsQuery) => stringify(query, { addQueryPrefix: true })
