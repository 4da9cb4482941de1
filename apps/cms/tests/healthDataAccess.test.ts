/**
 * Who read patients' screening answers and who exported requests is recorded (who, when,
 * which bookings, never the content), readable by admins only, changed by nobody, kept three
 * years.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import type { Booking, HealthDataAccess } from '@klinik/cms-types/payload-types'

import { applyBookingRetention } from '../src/jobs/bookingRetention'
import { createBooking } from './helpers/bookings'
import { startTestCms, type TestCms } from './helpers/testPayload'
import { signInEveryRole, type Role, type SignedIn } from './helpers/users'

let cms: TestCms
let accounts: Record<Role, SignedIn>
let treatmentId: string

beforeAll(async () => {
  cms = await startTestCms()
  accounts = await signInEveryRole(cms.payload)
  treatmentId = String((await cms.payload.create({ collection: 'treatments', locale: 'tr', data: { title: 'Saç Mezoterapisi', _status: 'published' } })).id)
})
afterAll(async () => {
  await cms?.cleanup()
})

async function records(): Promise<HealthDataAccess[]> {
  return (await cms.payload.find({ collection: 'health-data-access', limit: 100, depth: 0, overrideAccess: true, sort: 'createdAt' })).docs
}

/** Records are written once the read's transaction has ended: wait for `count` new ones. */
async function newRecords(before: number, count = 1): Promise<HealthDataAccess[]> {
  for (let tries = 0; tries < 40; tries += 1) {
    const all = await records()
    if (all.length >= before + count) return all.slice(before)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return (await records()).slice(before)
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 400))

describe('health data access records', () => {
  it('record staff opening a booking’s screening answers: who, which booking, no content', async () => {
    const booking = await createBooking(cms.payload, treatmentId)
    const before = (await records()).length
    const response = await cms.rest('GET', `/bookings/${booking.id}?depth=0`, { token: accounts.staff.token })
    expect(((await response.json()) as Booking).screeningAnswers?.[0].answer).toBe('yes')
    const [record] = await newRecords(before)
    expect(record).toMatchObject({ action: 'viewed', user: accounts.staff.user.id, userEmail: 'staff@test.klinik', bookings: [booking.reference], count: 1 })
    expect(JSON.stringify(record)).not.toMatch(/Hamile|yes|Ayşe/)
  })

  it('count an opening once, however often the admin reads the document to show it', async () => {
    const booking = await createBooking(cms.payload, treatmentId)
    const before = (await records()).length
    for (let read = 0; read < 3; read += 1) await cms.rest('GET', `/bookings/${booking.id}?depth=0`, { token: accounts.admin.token })
    await settle()
    const added = await newRecords(before)
    expect(added).toHaveLength(1)
    expect(added[0]).toMatchObject({ action: 'viewed', user: accounts.admin.user.id, bookings: [booking.reference] })
  })

  it('record a list read with every booking whose answers it returned, and nothing for a read without them', async () => {
    const first = await createBooking(cms.payload, treatmentId, { fullName: 'Liste Bir' })
    const second = await createBooking(cms.payload, treatmentId, { fullName: 'Liste İki' })
    const before = (await records()).length
    await cms.rest('GET', `/bookings?depth=0&limit=2&sort=-createdAt`, { token: accounts.staff.token })
    const [record] = await newRecords(before)
    expect([...(record.bookings ?? [])].sort()).toEqual([first.reference, second.reference].sort())
    expect(record.count).toBe(2)

    const quiet = (await records()).length
    await cms.rest('GET', `/bookings?depth=0&limit=2&select[reference]=true&select[status]=true`, { token: accounts.staff.token })
    await settle()
    expect(await records()).toHaveLength(quiet)
  })

  it('record an export with the bookings it wrote', async () => {
    const booking = await createBooking(cms.payload, treatmentId, { fullName: 'Dışa Aktarılan', status: 'cancelled' })
    const before = (await records()).length
    const response = await cms.rest('GET', `/bookings/export?search=${encodeURIComponent('Dışa Aktarılan')}`, { token: accounts.staff.token })
    expect(response.status).toBe(200)
    const [record] = await newRecords(before)
    expect(record).toMatchObject({ action: 'exported', user: accounts.staff.user.id, bookings: [booking.reference], count: 1 })
  })

  it('are not written for the system’s own reads (emails, retention)', async () => {
    const booking = await createBooking(cms.payload, treatmentId)
    const before = (await records()).length
    await cms.payload.findByID({ collection: 'bookings', id: booking.id, overrideAccess: true })
    await settle()
    expect(await records()).toHaveLength(before)
  })

  it('are read by admins only and changed by nobody, admins included', async () => {
    expect((await cms.rest('GET', '/health-data-access', { token: accounts.admin.token })).status).toBe(200)
    for (const role of ['staff', 'editor'] as const) expect((await cms.rest('GET', '/health-data-access', { token: accounts[role].token })).status).toBe(403)
    expect((await cms.rest('GET', '/health-data-access')).status).toBe(403)
    const [record] = await records()
    for (const role of ['admin', 'staff'] as const) {
      const token = accounts[role].token
      expect((await cms.rest('POST', '/health-data-access', { token, json: { action: 'viewed', count: 0 } })).status).toBe(403)
      expect((await cms.rest('PATCH', `/health-data-access/${record.id}`, { token, json: { count: 0 } })).status).toBe(403)
      expect((await cms.rest('DELETE', `/health-data-access/${record.id}`, { token })).status).toBe(403)
    }
    expect((await cms.payload.findByID({ collection: 'health-data-access', id: record.id, overrideAccess: true })).count).toBe(record.count)
  })

  it('are kept three years by the daily retention run, then deleted', async () => {
    const old = await cms.payload.create({
      collection: 'health-data-access',
      data: { action: 'exported', userEmail: 'former@test.klinik', bookings: ['KL-OLD01'], count: 1 },
      overrideAccess: true,
    })
    const recent = await cms.payload.create({
      collection: 'health-data-access',
      data: { action: 'exported', userEmail: 'staff@test.klinik', bookings: ['KL-NEW01'], count: 1 },
      overrideAccess: true,
    })
    const day = 24 * 60 * 60 * 1000
    await cms.payload.db.updateOne({ collection: 'health-data-access', id: old.id, data: { createdAt: new Date(Date.now() - 1100 * day).toISOString() } })
    await cms.payload.db.updateOne({ collection: 'health-data-access', id: recent.id, data: { createdAt: new Date(Date.now() - 1000 * day).toISOString() } })
    await applyBookingRetention(cms.payload, { screeningDays: 30, requestDays: 180 })
    const left = (await records()).map((record) => record.id)
    expect(left).not.toContain(old.id)
    expect(left).toContain(recent.id)
  })
})
