import type { CollectionAfterOperationHook, CollectionBeforeDeleteHook, PayloadRequest } from 'payload'

import { writeErasureRecord } from '../../ErasureRecords/recordErasure'

/**
 * Set by server code that deletes requests for a reason of its own, for its whole operation
 * (the retention job: `context: { [erasureReasonKey]: 'retentionRequests' }`). Without it a
 * deletion is a person's.
 */
export const erasureReasonKey = 'erasureReason'

type Noted = Map<string, { reference: string; answers: number }>

/** The requests this request's deletion is about to remove (per request; a bulk delete's documents share it). */
const notedKey = 'bookingErasures'

function notedErasures(req: PayloadRequest): Noted {
  const context = req.context as Record<string, unknown>
  return ((context[notedKey] as Noted | undefined) ??= new Map())
}

/**
 * Before a request is deleted: notes its reference and how many screening answers it holds,
 * read as stored (the adapter, in the deletion's transaction: no hooks, no answer opened).
 */
export const noteErasure: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const booking = (await req.payload.db.findOne({
    collection: 'bookings',
    where: { id: { equals: id } },
    select: { reference: true, screeningAnswers: { id: true } },
    req,
  })) as { reference?: string | null; screeningAnswers?: unknown[] | null } | null
  if (booking) notedErasures(req).set(String(id), { reference: booking.reference ?? String(id), answers: booking.screeningAnswers?.length ?? 0 })
}

/**
 * After a deletion (one request or a bulk delete from the list): one erasure record for the
 * operation, with every request it removed. Written before Payload commits, in the same
 * transaction: if writing it fails the deletion rolls back, and a deletion that rolls back
 * takes its record with it.
 */
export const recordErasure: CollectionAfterOperationHook<'bookings'> = async ({ operation, req, result }) => {
  if (operation !== 'delete' && operation !== 'deleteByID') return result
  const noted = notedErasures(req)
  if (noted.size === 0) return result
  const erased = new Map(noted)
  noted.clear()
  // What is really gone, not what Payload reports: a bulk delete reports a request whose hooks
  // failed after its row was removed as an error, and still commits the removal.
  const left = await req.payload.db.find({
    collection: 'bookings',
    where: { id: { in: [...erased.keys()] } },
    select: { reference: true },
    limit: 0,
    req,
  })
  for (const booking of left.docs) erased.delete(String(booking.id))
  if (erased.size === 0) return result
  const requests = [...erased.values()]
  await writeErasureRecord(req, {
    reason: (req.context as Record<string, unknown>)[erasureReasonKey] === 'retentionRequests' ? 'retentionRequests' : 'deleted',
    references: requests.map((request) => request.reference),
    answerCount: requests.reduce((sum, request) => sum + request.answers, 0),
  })
  return result
}
