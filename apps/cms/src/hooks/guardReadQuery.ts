import { APIError, type CollectionBeforeOperationHook, type CollectionConfig, type FlattenedField, type Where } from 'payload'

/** Largest page an API client may ask for without signing in. */
export const maxAnonymousPageSize = 100
/** Largest page a signed-in API client (the admin's lists, staff) may ask for. */
export const maxSignedInPageSize = 500
/** Largest page of a join (a contraindication's treatments, a treatment's FAQs) in one read. */
export const maxJoinPageSize = 100

const geoOperators = new Set(['near', 'within', 'intersects'])
const comparisonOperators = new Set(['equals', 'not_equals', 'greater_than', 'greater_than_equal', 'less_than', 'less_than_equal', 'in', 'not_in', 'all'])

const messages = {
  geo: { en: (path: string) => `"${path}" cannot be searched by location.`, tr: (path: string) => `"${path}" alanında konuma göre arama yapılamaz.` },
  date: { en: (path: string) => `"${path}" needs a valid date.`, tr: (path: string) => `"${path}" için geçerli bir tarih gerekir.` },
}

/**
 * Turns the query shapes that crash the SQLite adapter into 400 answers (a location search on
 * a non-location field, an unparseable date, a negative page or limit) and caps page sizes
 * (lists and joins) for every API reader, so a request can never produce a 500, dump a whole
 * collection or build an unbounded answer. (Depth is capped by the config's maxDepth.)
 * Server-side code (the Local API) is left alone.
 */
export const guardReadQuery: CollectionBeforeOperationHook = ({ args, operation, req, collection }) => {
  if ((operation !== 'read' && operation !== 'count') || req.payloadAPI === 'local') return args
  const query = args as {
    limit?: number
    page?: number
    pagination?: boolean
    where?: Where
    currentDepth?: number
    joins?: false | Record<string, { limit?: number } | false | undefined>
  }
  // Payload populating relationships inside a request (its dataloader asks for exactly the ids
  // it needs, unpaginated): capping that would silently drop related documents.
  if (query.currentDepth !== undefined) return args

  if (query.page !== undefined && !(Number.isInteger(query.page) && query.page >= 1)) query.page = 1
  if (query.limit !== undefined && !(Number.isInteger(query.limit) && query.limit >= 0)) query.limit = undefined
  if (operation === 'read') {
    // No API reader gets a whole collection in one answer, signed in or not.
    const maxPage = req.user ? maxSignedInPageSize : maxAnonymousPageSize
    if (query.pagination === false) query.pagination = true
    if (query.limit === 0 || (query.limit ?? 0) > maxPage) query.limit = maxPage
    for (const join of Object.values(query.joins || {})) {
      if (join && join.limit !== undefined && !(Number.isInteger(join.limit) && join.limit > 0 && join.limit <= maxJoinPageSize)) join.limit = maxJoinPageSize
    }
  }

  if (query.where) checkWhere(query.where, collection.flattenedFields, req.i18n?.language === 'en' ? 'en' : 'tr')
  return args
}

function checkWhere(where: Where, fields: FlattenedField[], language: 'en' | 'tr'): void {
  for (const [key, condition] of Object.entries(where)) {
    if ((key === 'and' || key === 'or') && Array.isArray(condition)) {
      for (const nested of condition) if (nested && typeof nested === 'object') checkWhere(nested as Where, fields, language)
      continue
    }
    if (!condition || typeof condition !== 'object') continue
    const type = fieldType(key, fields)
    for (const [operator, value] of Object.entries(condition)) {
      if (geoOperators.has(operator) && type !== 'point') throw new APIError(messages.geo[language](key), 400, null, true)
      if (type === 'date' && comparisonOperators.has(operator) && !isDateValue(value)) {
        throw new APIError(messages.date[language](key), 400, null, true)
      }
    }
  }
}

function isDateValue(value: unknown): boolean {
  const values = Array.isArray(value) ? value : typeof value === 'string' && value.includes(',') ? value.split(',') : [value]
  return values.every((item) => item === null || item === '' || (typeof item !== 'object' && !Number.isNaN(new Date(item as string).getTime())))
}

/** The type of the field at a dotted path ("sessionPlan.sessionsMin"), or undefined. */
function fieldType(path: string, fields: FlattenedField[]): string | undefined {
  const [head, ...rest] = path.split('.')
  const field = fields.find((candidate) => candidate.name === head)
  if (!field) return undefined
  if (rest.length === 0) return field.type
  return 'flattenedFields' in field ? fieldType(rest.join('.'), field.flattenedFields) : undefined
}

/** Adds the guard to a collection's own beforeOperation hooks. */
export function withReadQueryGuard<T extends CollectionConfig>(collection: T): T {
  return { ...collection, hooks: { ...collection.hooks, beforeOperation: [guardReadQuery, ...(collection.hooks?.beforeOperation ?? [])] } }
}
