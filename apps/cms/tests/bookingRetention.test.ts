/**
 * The retention job on back-dated requests: screening answers go a set number of days after
 * the appointment (or the request), whole requests later; nothing else is touched, and the
 * log holds counts only.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'

import type { Booking } from '@klinik/cms-types/payload-types'

import { applyBookingRetention } from '../src/jobs/bookingRetention'
import { createBooking } from './helpers/bookings'
import { startTestCms, type TestCms } from './helpers/testPayload'

let cms: TestCms
let treatmentId: string
const day = 24 * 60 * 60 * 1000
const daysAgo = (days: number) => new Date(Date.now() - days * day).toISOString()

beforeAll(async () => {
  cms = await startTestCms({ RETENTION_SCREENING_DAYS: '30', RETENTION_REQUEST_DAYS: '180' })
  const treatment = await cms.payload.create({ collection: 'treatments', locale: 'tr', data: { title: 'Saç Mezoterapisi', _status: 'published' } })
  treatmentId = String(treatment.id)
})
afterAll(async () => {
  await cms?.cleanup()
})

/** A request received `receivedDaysAgo` days ago (and optionally an appointment `appointmentDaysAgo` ago). */
async function backdated(receivedDaysAgo: number, appointmentDaysAgo?: number): Promise<Booking> {
  const booking = await createBooking(
    cms.payload,
    treatmentId,
    appointmentDaysAgo === undefined ? {} : { status: 'completed', scheduledAt: daysAgo(appointmentDaysAgo) },
  )
  // createdAt is set by Payload; back-date it in the database as time would have.
  await cms.payload.db.updateOne({ collection: 'bookings', id: booking.id, data: { createdAt: daysAgo(receivedDaysAgo) }, req: undefined as never })
  return booking
}
const find = (id: string) =>
  cms.payload.findByID({ collection: 'bookings', id, depth: 0, overrideAccess: true, disableErrors: true }) as Promise<Booking | null>

describe('booking retention', () => {
  it('erases screening answers 30 days after the appointment or the request, and deletes requests after 180 days', async () => {
    const fresh = await backdated(5)
    const oldRequest = await backdated(31)
    const recentVisit = await backdated(60, 10)
    const oldVisit = await backdated(90, 40)
    const expiredRequest = await backdated(181)
    const expiredVisit = await backdated(400, 200)
    const keptLongByLateVisit = await backdated(200, 20)

    const logged: string[] = []
    const spy = jest.spyOn(cms.payload.logger, 'info').mockImplementation(((message: string) => void logged.push(String(message))) as never)
    const result = await applyBookingRetention(cms.payload, { screeningDays: 30, requestDays: 180 })
    spy.mockRestore()

    expect(result).toEqual({ erased: 2, deleted: 2 })
    for (const kept of [fresh, recentVisit, keptLongByLateVisit]) {
      const doc = await find(kept.id)
      expect(doc?.screeningAnswers).toHaveLength(1)
      expect(doc?.screeningErasedAt).toBeFalsy()
    }
    for (const erased of [oldRequest, oldVisit]) {
      const doc = await find(erased.id)
      expect(doc).toMatchObject({ screeningAnswers: [], contraindicationFlag: false, fullName: erased.fullName })
      expect(doc?.screeningErasedAt).toBeTruthy()
    }
    expect(await find(expiredRequest.id)).toBeNull()
    expect(await find(expiredVisit.id)).toBeNull()
    // The array rows are gone from the database too, not only hidden.
    const rows = await cms.payload.db.drizzle.run(
      `select count(*) as n from bookings_screening_answers where _parent_id in ('${oldRequest.id}', '${expiredRequest.id}')` as never,
    )
    expect(Number((rows as unknown as { rows: { n: number }[] }).rows[0].n)).toBe(0)

    expect(logged.join('\n')).toContain('Booking retention: screening answers erased from 2 requests, 2 requests deleted')
    for (const personal of [oldRequest.fullName, oldRequest.reference, 'Hamile', '5325550147']) expect(logged.join('\n')).not.toContain(personal)
  })

  it('does nothing the second time', async () => {
    await expect(applyBookingRetention(cms.payload, { screeningDays: 30, requestDays: 180 })).resolves.toEqual({ erased: 0, deleted: 0 })
  })

  it('runs daily from the jobs queue with the configured periods', async () => {
    const old = await backdated(45)
    const task = cms.payload.config.jobs.tasks?.find((entry) => entry.slug === 'bookingRetention')
    expect(task?.schedule).toEqual([{ cron: '0 0 3 * * *', queue: 'default' }])
    await cms.payload.jobs.queue({ task: 'bookingRetention', input: {} })
    await cms.payload.jobs.run({ sequential: true })
    expect((await find(old.id))?.screeningAnswers).toEqual([])
  })
})
