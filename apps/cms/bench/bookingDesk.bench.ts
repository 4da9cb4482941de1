/**
 * Benchmarks of the booking path on the embedded SQLite database (a throwaway file), measured
 * side by side in one run because this machine is noisy. Prints medians and ratios; asserts
 * nothing about speed (that is for a person to read, not for CI to flake on).
 *
 *  1. Intake: requests stored one after another vs eight at a time (transactions take turns).
 *  2. Sign-in: a wrong password vs an unknown email (the unknown one is made to cost as much).
 *  3. CSV export of 1000 requests: time and heap growth.
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals'

import { createBooking } from '../tests/helpers/bookings'
import { daysFromToday } from '../tests/helpers/clinicDate'
import { startTestCms, type TestCms } from '../tests/helpers/testPayload'

let cms: TestCms
let treatmentId: string
let staffToken: string
const results: string[] = []

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const p95 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length * 0.95)]
const ms = (value: number) => `${value.toFixed(1)} ms`

beforeAll(async () => {
  cms = await startTestCms({ BOOKING_RATE_LIMIT: '100000/60', LOGIN_RATE_LIMIT: '100000/60' })
  const treatment = await cms.payload.create({ collection: 'treatments', locale: 'tr', data: { title: 'Saç Mezoterapisi', _status: 'published' } })
  treatmentId = String(treatment.id)
  for (const locale of ['tr', 'en'] as const) {
    await cms.payload.updateGlobal({
      slug: 'clinic-settings',
      locale,
      data: { name: 'Klinik', phone: '+902125550147', privacyNoticeVersion: '2026-11', consentText: 'x' },
    })
  }
  await cms.payload.create({ collection: 'users', data: { email: 'admin@bench.klinik', password: 'admin-password-123', role: 'admin' } })
  await cms.payload.create({ collection: 'users', data: { email: 'staff@bench.klinik', password: 'staff-password-123', role: 'staff' }, overrideAccess: true })
  staffToken = (await cms.payload.login({ collection: 'users', data: { email: 'staff@bench.klinik', password: 'staff-password-123' } })).token!
})
afterAll(async () => {
  console.log(`\nBooking desk benchmarks (SQLite, in-process)\n${results.join('\n')}\n`)
  await cms?.cleanup()
})

let serial = 0
async function intake() {
  serial += 1
  const started = performance.now()
  const response = await cms.intake(
    {
      idempotencyKey: `bench-${serial}-${Date.now()}-abcdef`,
      request: {
        fullName: `Bench ${serial}`,
        phone: '0532 555 01 47',
        treatment: treatmentId,
        preferredDates: [daysFromToday(10)],
        timeOfDay: 'morning',
        contactChannel: 'phone',
        consent: true,
        privacyNoticeVersion: '2026-11',
        locale: 'tr',
      },
    },
    { 'X-Klinik-Client-Ip': `198.51.100.${serial % 250}` },
  )
  expect(response.status).toBe(201)
  return performance.now() - started
}

it('intake: one at a time vs eight at a time', async () => {
  for (let warm = 0; warm < 10; warm += 1) await intake()
  const sequential: number[] = []
  const sequentialStart = performance.now()
  for (let index = 0; index < 80; index += 1) sequential.push(await intake())
  const sequentialSeconds = (performance.now() - sequentialStart) / 1000

  const concurrent: number[] = []
  const concurrentStart = performance.now()
  for (let batch = 0; batch < 10; batch += 1) concurrent.push(...(await Promise.all(Array.from({ length: 8 }, intake))))
  const concurrentSeconds = (performance.now() - concurrentStart) / 1000

  results.push(
    `intake, 80 requests one at a time: median ${ms(median(sequential))}, p95 ${ms(p95(sequential))}, ${(80 / sequentialSeconds).toFixed(0)} req/s`,
    `intake, 80 requests eight at a time: median ${ms(median(concurrent))}, p95 ${ms(p95(concurrent))}, ${(80 / concurrentSeconds).toFixed(0)} req/s`,
    `  throughput ratio (eight at a time / one at a time): ${(sequentialSeconds / concurrentSeconds).toFixed(2)}`,
  )
})

it('sign-in: wrong password vs unknown email', async () => {
  const attempt = async (email: string) => {
    const started = performance.now()
    const response = await cms.rest('POST', '/users/login', { json: { email, password: 'wrong-password' }, headers: { 'X-Forwarded-For': '203.0.113.7' } })
    expect(response.status).toBe(401)
    return performance.now() - started
  }
  const known: number[] = []
  const unknown: number[] = []
  for (let round = 0; round < 9; round += 1) {
    known.push(await attempt('staff@bench.klinik'))
    unknown.push(await attempt(`nobody-${round}@bench.klinik`))
  }
  results.push(
    `sign-in, wrong password: median ${ms(median(known))}; unknown email: median ${ms(median(unknown))}`,
    `  ratio (unknown / known): ${(median(unknown) / median(known)).toFixed(2)}`,
  )
})

it('CSV export of 1000 requests', async () => {
  const existing = await cms.payload.count({ collection: 'bookings', overrideAccess: true })
  for (let index = existing.totalDocs; index < 1000; index += 1) await createBooking(cms.payload, treatmentId)
  global.gc?.()
  const heapBefore = process.memoryUsage().heapUsed
  const times: number[] = []
  let bytes = 0
  for (let round = 0; round < 5; round += 1) {
    const started = performance.now()
    const response = await cms.rest('GET', '/bookings/export', { token: staffToken })
    bytes = (await response.text()).length
    times.push(performance.now() - started)
  }
  const heapAfter = process.memoryUsage().heapUsed
  results.push(
    `export of ${(await cms.payload.count({ collection: 'bookings', overrideAccess: true })).totalDocs} requests: median ${ms(median(times))} (${(bytes / 1024).toFixed(0)} kB of CSV), heap growth over 5 exports ${((heapAfter - heapBefore) / 1024 / 1024).toFixed(1)} MB`,
  )
})
