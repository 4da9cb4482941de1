import type { CollectionAfterOperationHook, FieldHook, PayloadRequest } from 'payload'

import { hasRole, type Role } from '../access/roles'
import { afterCommit } from '../hooks/afterCommit'

export const healthDataAccessSlug = 'health-data-access'

type Reader = { id: string | number; email?: string | null; role?: Role | null }
type BookingRef = { id?: string | number; reference?: string | null }

/** The bookings whose screening answers this request has read so far (per request; a bulk read shares it). */
const readsKey = 'healthDataReads'
/** Set by code that records its own access (the export) or reads for the system. */
export const noAccessRecord = 'noHealthDataAccessRecord'

function readsOf(req: PayloadRequest): Map<string, string> {
  const context = req.context as Record<string, unknown>
  return ((context[readsKey] as Map<string, string> | undefined) ??= new Map<string, string>())
}

/**
 * On the screening answers' read: notes the booking when staff or an admin (not the system)
 * gets its answers. The record is written once per operation, by `recordScreeningReads`.
 */
export const noteScreeningRead: FieldHook = ({ value, siblingData, req, context }) => {
  if (!Array.isArray(value) || value.length === 0 || context?.[noAccessRecord]) return value
  if (!hasRole(req.user as Reader | null, 'staff', 'admin')) return value
  const booking = siblingData as BookingRef
  if (booking.id !== undefined) readsOf(req).set(String(booking.id), booking.reference ?? String(booking.id))
  return value
}

/** After a read of bookings: one record of whose screening answers the reader got. */
export const recordScreeningReads: CollectionAfterOperationHook<'bookings'> = ({ operation, req, result }) => {
  if (operation !== 'find' && operation !== 'findByID') return result
  const reads = readsOf(req)
  if (reads.size === 0) return result
  const references = [...reads.values()]
  reads.clear()
  recordHealthDataAccess(req, 'viewed', references)
  return result
}

/** How long the same reader opening the same bookings counts as one opening (the admin reads a document more than once to show it). */
const sameOpeningMs = 60_000

/** Writes an access record once the request's transaction has ended; never the content. */
export function recordHealthDataAccess(req: PayloadRequest, action: 'viewed' | 'exported', references: string[]): void {
  const signedIn = req.user as Reader | null
  if (!signedIn) return
  const reader: Reader = signedIn
  afterCommit(
    req,
    async () => true,
    // One at a time in this process, so two reads of one opening cannot both miss each other.
    () => (writing = writing.then(write, write)),
    'Recording a health data access',
  )
  async function write() {
    if (action === 'viewed') {
      const recent = await req.payload.find({
        collection: healthDataAccessSlug,
        where: {
          and: [
            { user: { equals: reader.id } },
            { action: { equals: 'viewed' } },
            { createdAt: { greater_than: new Date(Date.now() - sameOpeningMs).toISOString() } },
          ],
        },
        limit: 10,
        depth: 0,
        overrideAccess: true,
      })
      const key = [...references].sort().join(',')
      if (recent.docs.some((doc) => [...(doc.bookings ?? [])].sort().join(',') === key)) return
    }
    await req.payload.create({
      collection: healthDataAccessSlug,
      data: { action, user: reader.id as string, userEmail: reader.email ?? '', bookings: references, count: references.length },
      overrideAccess: true,
    })
  }
}

let writing: Promise<unknown> = Promise.resolve()
