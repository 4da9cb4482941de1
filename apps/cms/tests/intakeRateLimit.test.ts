/**
 * Only the site may call the booking intake (the shared secret), and it limits requests per
 * patient address (forwarded by the site) with 429 and Retry-After, storing nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { startTestCms, type TestCms } from './helpers/testPayload'

const intakeSecret = 'intake-secret-for-tests-123'
let cms: TestCms

beforeAll(async () => {
  cms = await startTestCms({ INTAKE_SECRET: intakeSecret, BOOKING_RATE_LIMIT: '3/60', CLIENT_IP_HEADER: 'X-Patient-IP' })
})
afterAll(async () => {
  await cms?.cleanup()
})

// An invalid request: it is counted, stores nothing, and answers 400 while under the limit. The
// site says the patient's language in Content-Language: a 429 is decided before the body is read.
const send = (headers: Record<string, string>) =>
  cms.rest('POST', '/bookings/intake', {
    headers: { 'Content-Language': 'en', ...headers },
    json: { idempotencyKey: `key-${Math.random().toString(36).slice(2)}-0000000`, request: { locale: 'en' } },
  })

describe('booking intake rate limit', () => {
  it('answers 429 with Retry-After and a localized message once a patient address has used its quota', async () => {
    const patient = { 'X-Intake-Secret': intakeSecret, 'X-Patient-IP': '203.0.113.7' }
    for (let i = 0; i < 3; i += 1) expect((await send(patient)).status).toBe(400)
    const limited = await send(patient)
    expect(limited.status).toBe(429)
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(Number(limited.headers.get('retry-after'))).toBeLessThanOrEqual(60)
    expect(await limited.json()).toEqual({ errors: { form: 'Too many requests were sent in a short time. Please wait a little and try again, or call us.' } })
    expect((await cms.payload.count({ collection: 'bookings' })).totalDocs).toBe(0)
  })

  it('keeps other patients’ quotas apart', async () => {
    expect((await send({ 'X-Intake-Secret': intakeSecret, 'X-Patient-IP': '198.51.100.20' })).status).toBe(400)
  })

  it('refuses every caller without the shared secret with 403, whatever address it claims, storing nothing', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 6; i += 1) {
      const claimed = { 'X-Patient-IP': `192.0.2.${i}`, 'X-Forwarded-For': `192.0.2.${i}` }
      statuses.push((await send({ 'X-Intake-Secret': 'wrong-secret-value-0000', ...claimed })).status)
      statuses.push((await send(claimed)).status)
    }
    expect(statuses).toEqual(Array(12).fill(403))
    expect((await cms.payload.count({ collection: 'bookings' })).totalDocs).toBe(0)
    // Refused calls are not counted against the patients the site speaks for.
    expect((await send({ 'X-Intake-Secret': intakeSecret, 'X-Patient-IP': '198.51.100.21' })).status).toBe(400)
  })
})

describe('the site’s start-up check of INTAKE_SECRET (GET /api/bookings/intake)', () => {
  it('answers 204 to the right secret, 403 to a wrong or missing one, and stores nothing', async () => {
    expect((await cms.rest('GET', '/bookings/intake', { headers: { 'X-Intake-Secret': intakeSecret } })).status).toBe(204)
    expect((await cms.rest('GET', '/bookings/intake', { headers: { 'X-Intake-Secret': `${intakeSecret}x` } })).status).toBe(403)
    expect((await cms.rest('GET', '/bookings/intake')).status).toBe(403)
    expect((await cms.payload.count({ collection: 'bookings' })).totalDocs).toBe(0)
  })
})
