import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type TaskConfig, type Where } from 'payload'

import { erasureReasonKey } from '../collections/Bookings/hooks/recordErasure'
import { erasureRecordsSlug, writeErasureRecord } from '../collections/ErasureRecords/recordErasure'
import { healthDataAccessSlug } from '../healthData/recordHealthDataAccess'

export type RetentionSettings = { screeningDays: number; requestDays: number }

const dayMs = 24 * 60 * 60 * 1000
/** KVKK: records of processing, deletion and destruction are kept at least three years. */
const recordYears = 3
/** Requests whose screening answers are erased in one transaction, with one erasure record. */
const erasureBatch = 100

/** Requests whose last date (the appointment, or the request when none was scheduled) is before `cutoff`. */
function lastDateBefore(cutoff: string): Where {
  return {
    or: [
      { and: [{ scheduledAt: { exists: true } }, { scheduledAt: { less_than: cutoff } }] },
      { and: [{ scheduledAt: { exists: false } }, { createdAt: { less_than: cutoff } }] },
    ],
  }
}

/**
 * Applies the retention periods: screening answers (health data) are erased `screeningDays`
 * after the appointment, or after the request when none was scheduled; whole requests are
 * deleted `requestDays` after that date. Bookings keep no versions, so nothing survives
 * elsewhere. Each kind of erasure leaves an erasure record (references and counts) written in
 * its own transaction; the log holds counts only.
 */
export async function applyBookingRetention(payload: Payload, settings: RetentionSettings, now = Date.now()) {
  const screeningCutoff = new Date(now - settings.screeningDays * dayMs).toISOString()
  const requestCutoff = new Date(now - settings.requestDays * dayMs).toISOString()

  const deleted = await payload.delete({
    collection: 'bookings',
    where: lastDateBefore(requestCutoff),
    overrideAccess: true,
    depth: 0,
    select: { reference: true },
    // The bookings' own hooks write the erasure record, in the deletion's transaction.
    context: { [erasureReasonKey]: 'retentionRequests' },
  })

  let erased = 0
  for (;;) {
    const batch = await eraseScreeningAnswers(payload, screeningCutoff, now)
    if (batch === 0) break
    erased += batch
  }
  // Records of who read health data and of erasures are kept three years, then go too.
  const recordCutoff = new Date(now - recordYears * 365.25 * dayMs).toISOString()
  const deleteRecordsBefore = async (collection: typeof healthDataAccessSlug | typeof erasureRecordsSlug) =>
    (await payload.delete({ collection, where: { createdAt: { less_than: recordCutoff } }, overrideAccess: true, depth: 0, select: { createdAt: true } })).docs
      .length
  const expiredAccessRecords = await deleteRecordsBefore(healthDataAccessSlug)
  const expiredErasureRecords = await deleteRecordsBefore(erasureRecordsSlug)
  payload.logger.info(
    `Booking retention: screening answers erased from ${erased} requests, ${deleted.docs.length} requests deleted, ${expiredAccessRecords} access records and ${expiredErasureRecords} erasure records past three years deleted`,
  )
  return { erased, deleted: deleted.docs.length }
}

/**
 * Erases the screening answers of up to `erasureBatch` due requests and records it, all in one
 * transaction: the record exists exactly when the erasure does. Batches keep a first run over
 * a large backlog from holding the database for long; a daily run is one batch, one record.
 */
async function eraseScreeningAnswers(payload: Payload, cutoff: string, now: number): Promise<number> {
  const req = await createLocalReq({}, payload)
  const ownsTransaction = await initTransaction(req)
  try {
    const due = await payload.find({
      collection: 'bookings',
      where: { and: [{ screeningErasedAt: { exists: false } }, lastDateBefore(cutoff)] },
      limit: erasureBatch,
      depth: 0,
      overrideAccess: true,
      select: { reference: true, screeningAnswers: { id: true } },
      req,
    })
    for (const booking of due.docs) {
      await payload.update({
        collection: 'bookings',
        id: booking.id,
        data: { screeningAnswers: [], contraindicationFlag: false, screeningErasedAt: new Date(now).toISOString() },
        overrideAccess: true,
        depth: 0,
        select: { reference: true },
        req,
      })
    }
    if (due.docs.length > 0) {
      await writeErasureRecord(req, {
        reason: 'retentionScreeningAnswers',
        references: due.docs.map((booking) => booking.reference),
        answerCount: due.docs.reduce((sum, booking) => sum + (booking.screeningAnswers?.length ?? 0), 0),
      })
    }
    if (ownsTransaction) await commitTransaction(req)
    return due.docs.length
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

/** Once a day at 03:00 (clinic time), through the jobs queue. */
export const bookingRetentionTask: TaskConfig<{ input: Record<string, never>; output: { erased: number; deleted: number } }> = {
  slug: 'bookingRetention',
  schedule: [{ cron: '0 0 3 * * *', queue: 'default' }],
  outputSchema: [
    { name: 'erased', type: 'number' },
    { name: 'deleted', type: 'number' },
  ],
  handler: async ({ req }) => {
    const settings = (req.payload.config.custom as { retention: RetentionSettings }).retention
    return { output: await applyBookingRetention(req.payload, settings) }
  },
}
