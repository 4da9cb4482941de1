import type { Payload, TaskConfig, Where } from 'payload'

import { healthDataAccessSlug } from '../healthData/recordHealthDataAccess'

export type RetentionSettings = { screeningDays: number; requestDays: number }

const dayMs = 24 * 60 * 60 * 1000
/** KVKK: records of processing are kept at least three years. */
const accessRecordYears = 3

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
 * elsewhere. Logs counts only.
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
  })

  let erased = 0
  for (;;) {
    const due = await payload.find({
      collection: 'bookings',
      where: { and: [{ screeningErasedAt: { exists: false } }, lastDateBefore(screeningCutoff)] },
      limit: 100,
      depth: 0,
      overrideAccess: true,
      select: { reference: true },
    })
    if (due.docs.length === 0) break
    for (const booking of due.docs) {
      await payload.update({
        collection: 'bookings',
        id: booking.id,
        data: { screeningAnswers: [], contraindicationFlag: false, screeningErasedAt: new Date(now).toISOString() },
        overrideAccess: true,
        depth: 0,
        select: { reference: true },
      })
      erased += 1
    }
  }
  // Records of who read health data are kept three years, then go too.
  const expired = await payload.delete({
    collection: healthDataAccessSlug,
    where: { createdAt: { less_than: new Date(now - accessRecordYears * 365.25 * dayMs).toISOString() } },
    overrideAccess: true,
    depth: 0,
    select: { action: true },
  })
  payload.logger.info(
    `Booking retention: screening answers erased from ${erased} requests, ${deleted.docs.length} requests deleted, ${expired.docs.length} access records past three years deleted`,
  )
  return { erased, deleted: deleted.docs.length }
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
