import { integer, sqliteTable, text } from '@payloadcms/db-sqlite/drizzle/sqlite-core'
import type { Payload, PayloadRequest } from 'payload'
import { RateLimiterDrizzle, RateLimiterMongo, type RateLimiterStoreAbstract } from 'rate-limiter-flexible'

/**
 * Every limit the CMS keeps (booking requests per patient, confirmation emails per recipient,
 * sign-ins per client) counts in the database, with rate-limiter-flexible's own stores: the
 * counts survive a restart and hold across several CMS processes. In process memory, a restart
 * (or a second process) would hand every client a fresh quota.
 *
 * - SQLite: RateLimiterDrizzle on Payload's own Drizzle client, in the `rate_limits` table (added
 *   to Payload's schema below, so the committed migrations create it). One upsert statement per
 *   count, so concurrent requests cannot both take the last point.
 * - MongoDB: RateLimiterMongo in the `rate_limits` collection (atomic findOneAndUpdate; a TTL
 *   index removes expired counts).
 */
export const rateLimitTableName = 'rate_limits'

/** The SQLite table: one row per counted key, its points and when the count expires. */
export const rateLimitTable = sqliteTable(rateLimitTableName, {
  key: text('key').primaryKey(),
  points: integer('points').notNull().default(0),
  expire: integer('expire', { mode: 'timestamp_ms' }),
})

type SchemaWithTables = { tables: Record<string, unknown> }

/** The SQLite adapter's beforeSchemaInit hook that adds the table to Payload's schema. */
export const addRateLimitTable = <T extends SchemaWithTables>({ schema }: { schema: T }): T => ({
  ...schema,
  tables: { ...schema.tables, [rateLimitTableName]: rateLimitTable },
})

export type RateLimit = { keyPrefix: string; points: number; durationSeconds: number }

const limiters = new WeakMap<Payload, Map<string, RateLimiterStoreAbstract>>()

type DatabaseShape = {
  name: string
  drizzle?: unknown
  tables?: Record<string, unknown>
  sessions?: Record<string, { db?: unknown } | undefined>
  connection?: { db?: unknown }
}

/** The limiter for one kind of count on this Payload's database (made once, then reused). */
export function databaseRateLimiter(payload: Payload, { keyPrefix, points, durationSeconds }: RateLimit): RateLimiterStoreAbstract {
  let byKind = limiters.get(payload)
  if (!byKind) limiters.set(payload, (byKind = new Map()))
  const kind = `${keyPrefix}:${points}/${durationSeconds}`
  let limiter = byKind.get(kind)
  if (!limiter) {
    const db = payload.db as unknown as DatabaseShape
    limiter =
      db.name === 'mongoose'
        ? new RateLimiterMongo({ storeClient: db.connection?.db, tableName: rateLimitTableName, keyPrefix, points, duration: durationSeconds })
        : new RateLimiterDrizzle({
            storeClient: db.drizzle,
            schema: db.tables?.[rateLimitTableName] ?? rateLimitTable,
            keyPrefix,
            points,
            duration: durationSeconds,
          })
    byKind.set(kind, limiter)
  }
  return limiter
}

/**
 * Stops the shared limiters' hourly clean-up of expired counts for this Payload (its timer would
 * otherwise fire on a closed database after a test has destroyed it).
 */
export function stopRateLimiters(payload: Payload): void {
  for (const limiter of limiters.get(payload)?.values() ?? []) {
    clearTimeout((limiter as unknown as { _clearExpiredTimeoutId?: ReturnType<typeof setTimeout> })._clearExpiredTimeoutId)
  }
  limiters.delete(payload)
}

/**
 * The limiter for a request, counting inside the request's open transaction when it has one
 * (SQLite). SQLite has one writer: a count written beside an open transaction would wait for
 * that transaction, which waits for the count (Payload opens one before some operations' hooks,
 * e.g. a password-reset request). Inside it, the count commits with the operation.
 */
export async function requestRateLimiter(req: PayloadRequest, limit: RateLimit): Promise<RateLimiterStoreAbstract> {
  const db = req.payload.db as unknown as DatabaseShape
  const id = req.transactionID instanceof Promise ? await req.transactionID : req.transactionID
  const transaction = id !== undefined && id !== null && db.name !== 'mongoose' ? db.sessions?.[String(id)]?.db : undefined
  if (!transaction) return databaseRateLimiter(req.payload, limit)
  return new RateLimiterDrizzle({
    storeClient: transaction,
    schema: db.tables?.[rateLimitTableName] ?? rateLimitTable,
    keyPrefix: limit.keyPrefix,
    points: limit.points,
    duration: limit.durationSeconds,
    // The shared limiter already clears expired counts; this one lives for one request.
    clearExpiredByTimeout: false,
  })
}
