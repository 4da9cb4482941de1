import type { CollectionBeforeOperationHook, CollectionConfig } from 'payload'

/** Largest page an API client may ask for without signing in. */
export const maxAnonymousPageSize = 100
/** Largest page a signed-in API client (the admin's lists, staff) may ask for. */
export const maxSignedInPageSize = 500
/** Largest page of a join (a contraindication's treatments, a treatment's FAQs) in one read. */
export const maxJoinPageSize = 100

/**
 * Caps page sizes (lists and joins) for every API reader and settles odd paging, so a request
 * can never dump a whole collection or build an unbounded answer. (Depth is capped by the
 * config's maxDepth; what a query may contain is checked before Payload sees it, in
 * http/restQueryGate.ts.) Server-side code (the Local API) is left alone.
 */
export const guardReadQuery: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if ((operation !== 'read' && operation !== 'count') || req.payloadAPI === 'local') return args
  const query = args as {
    limit?: number
    page?: number
    pagination?: boolean
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

  return args
}

/** Adds the guard to a collection's own beforeOperation hooks. */
export function withReadQueryGuard<T extends CollectionConfig>(collection: T): T {
  return { ...collection, hooks: { ...collection.hooks, beforeOperation: [guardReadQuery, ...(collection.hooks?.beforeOperation ?? [])] } }
}
