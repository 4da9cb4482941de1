/**
 * GET /api/health: anonymous callers learn only the status; a monitor with HEALTH_TOKEN or a
 * signed-in admin get the checks, none of which names a patient: the job backlog with its age,
 * the last email failure by kind and time, free disk space.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createServer } from 'node:net'

import { createBooking } from './helpers/bookings'
import { startTestCms, type TestCms } from './helpers/testPayload'
import { signInEveryRole, type Role, type SignedIn } from './helpers/users'

const healthToken = 'health-token-for-tests-0123456789abcdef'

let cms: TestCms
let accounts: Record<Role, SignedIn>
let treatmentId: string

/** A loopback port nothing listens on: every email fails to connect. */
async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  await new Promise((resolve) => server.close(resolve))
  return port
}

beforeAll(async () => {
  cms = await startTestCms({
    HEALTH_TOKEN: healthToken,
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(await closedPort()),
    SMTP_SECURE: 'false',
  })
  accounts = await signInEveryRole(cms.payload)
  const treatment = await cms.payload.create({ collection: 'treatments', locale: 'tr', data: { title: 'Saç Mezoterapisi', _status: 'published' } })
  treatmentId = String(treatment.id)
  await cms.payload.updateGlobal({
    slug: 'clinic-settings',
    locale: 'tr',
    data: { name: 'Klinik Estetik', phone: '+902125550147', privacyNoticeVersion: '2026-11', consentText: 'Rıza' },
  })
})
afterAll(async () => {
  await cms?.cleanup()
})

type Report = {
  status: string
  checks: {
    database: { ok: boolean; ms?: number }
    jobs: { ok: boolean; queued: number; oldestQueuedSeconds: number | null }
    email: { ok: boolean; lastFailure: { at: string; kind: string; secondsAgo: number } | null; retrying: number }
    disk: Record<'database' | 'media', { ok: boolean; freeBytes: number; freePercent: number }>
  }
}

const asMonitor = { headers: { Authorization: `Bearer ${healthToken}` } }

async function health(options: Parameters<TestCms['rest']>[2] = {}) {
  const response = await cms.rest('GET', '/health', options)
  return { response, body: (await response.json()) as Report }
}
const report = async () => (await health(asMonitor)).body

const allJobs = () => cms.payload.find({ collection: 'payload-jobs', limit: 100, depth: 0, overrideAccess: true })
async function deleteAllJobs() {
  await cms.payload.delete({ collection: 'payload-jobs', where: { id: { exists: true } }, overrideAccess: true })
}

describe('GET /api/health', () => {
  it('tells anyone but the operator only the status, and is never cached', async () => {
    for (const options of [
      {},
      { headers: { Authorization: 'Bearer wrong-token-of-the-same-length-000000' } },
      { headers: { Authorization: `Bearer ${healthToken}x` } },
      { token: accounts.editor.token },
      { token: accounts.staff.token },
    ]) {
      const { response, body } = await health(options)
      expect(response.status).toBe(200)
      expect(response.headers.get('cache-control')).toBe('no-store')
      expect(body).toEqual({ status: 'ok' })
    }
  })

  it('shows the checks to a monitor with HEALTH_TOKEN and to a signed-in admin', async () => {
    for (const options of [asMonitor, { token: accounts.admin.token }]) {
      const { response, body } = await health(options)
      expect(response.status).toBe(200)
      expect(response.headers.get('cache-control')).toBe('no-store')
      expect(body.status).toBe('ok')
      expect(body.checks.database).toEqual({ ok: true, ms: expect.any(Number) })
      expect(body.checks.jobs).toEqual({ ok: true, queued: 0, oldestQueuedSeconds: null })
      expect(body.checks.email).toEqual({ ok: true, lastFailure: null, retrying: 0 })
      for (const disk of [body.checks.disk.database, body.checks.disk.media]) {
        expect(disk.freeBytes).toBeGreaterThan(0)
        expect(disk.freePercent).toBeGreaterThan(0)
        expect(disk.freePercent).toBeLessThanOrEqual(100)
      }
    }
  })

  it('shows an admin who has not given the second-factor code only the status', async () => {
    const admin = await cms.payload.create({
      collection: 'users',
      data: { email: 'second-admin@test.klinik', password: 'second-admin-password-1', role: 'admin' },
    })
    await cms.payload.db.updateOne({ collection: 'users', id: admin.id, data: { totpEnabledAt: new Date().toISOString() } })
    const { token } = await cms.payload.login({ collection: 'users', data: { email: 'second-admin@test.klinik', password: 'second-admin-password-1' } })
    expect(token).toEqual(expect.any(String))
    const { body } = await health({ token })
    expect(body).toEqual({ status: 'ok' })
  })

  it('counts queued jobs with the oldest one’s age; a job waiting for its time is not late', async () => {
    const fresh = await cms.payload.jobs.queue({ task: 'bookingStaffNotification', input: { bookingId: 'not-a-booking' } })
    let checks = (await report()).checks
    expect(checks.jobs).toEqual({ ok: true, queued: 1, oldestQueuedSeconds: expect.any(Number) })
    expect(checks.jobs.oldestQueuedSeconds).toBeLessThan(60)

    // Queued twenty minutes ago and never run: the runner has stopped.
    await cms.payload.db.updateOne({ collection: 'payload-jobs', id: fresh.id, data: { createdAt: new Date(Date.now() - 20 * 60_000).toISOString() } })
    // A publish scheduled for tomorrow, queued an hour ago: waiting, not late.
    const scheduled = await cms.payload.jobs.queue({
      task: 'bookingStaffNotification',
      input: { bookingId: 'not-a-booking-either' },
      waitUntil: new Date(Date.now() + 24 * 3600_000),
    })
    await cms.payload.db.updateOne({ collection: 'payload-jobs', id: scheduled.id, data: { createdAt: new Date(Date.now() - 3600_000).toISOString() } })
    // Due for ten minutes (its time came then), queued a day ago: late by ten minutes, not a day.
    const due = await cms.payload.jobs.queue({ task: 'bookingStaffNotification', input: { bookingId: 'x' }, waitUntil: new Date(Date.now() - 10 * 60_000) })
    await cms.payload.db.updateOne({ collection: 'payload-jobs', id: due.id, data: { createdAt: new Date(Date.now() - 24 * 3600_000).toISOString() } })

    const late = await report()
    expect(late.status).toBe('degraded')
    expect(late.checks.jobs.ok).toBe(false)
    expect(late.checks.jobs.queued).toBe(2)
    expect(late.checks.jobs.oldestQueuedSeconds).toBeGreaterThanOrEqual(20 * 60)
    expect(late.checks.jobs.oldestQueuedSeconds).toBeLessThan(21 * 60)
    expect((await health()).body).toEqual({ status: 'degraded' })

    await cms.payload.delete({ collection: 'payload-jobs', id: fresh.id, overrideAccess: true })
    checks = (await report()).checks
    expect(checks.jobs.queued).toBe(1)
    expect(checks.jobs.oldestQueuedSeconds).toBeGreaterThanOrEqual(10 * 60)
    expect(checks.jobs.oldestQueuedSeconds).toBeLessThan(11 * 60)
    expect(checks.jobs.ok).toBe(true)

    await deleteAllJobs()
    expect((await report()).checks.jobs).toEqual({ ok: true, queued: 0, oldestQueuedSeconds: null })
  })

  it('reports a failed email by its kind and time, never its recipient, booking or error', async () => {
    const booking = await createBooking(cms.payload, treatmentId, { email: 'elif.gizli@example.com', fullName: 'Elif Gizli' })
    await deleteAllJobs()
    expect((await report()).checks.email.lastFailure).toBeNull()

    await cms.payload.jobs.queue({ task: 'bookingConfirmation', input: { bookingId: String(booking.id) } })
    const before = Date.now()
    await cms.payload.jobs.run({ limit: 10, sequential: true, silent: true })
    // It did fail (SMTP refuses) and stays queued for its next try.
    const [job] = (await allJobs()).docs
    expect(job.log?.[0]).toMatchObject({ state: 'failed', taskSlug: 'bookingConfirmation' })

    const { body } = await health(asMonitor)
    expect(body.status).toBe('degraded')
    expect(body.checks.email.ok).toBe(false)
    expect(body.checks.email.lastFailure).toEqual({ at: expect.any(String), kind: 'patient-confirmation', secondsAgo: expect.any(Number) })
    expect(body.checks.email.retrying).toBe(1)
    expect(Date.parse(body.checks.email.lastFailure!.at)).toBeGreaterThanOrEqual(before - 1000)
    const text = JSON.stringify(body)
    for (const secret of ['@', 'elif', 'Elif', 'Gizli', String(booking.id), booking.reference, 'ECONNREFUSED', '127.0.0.1']) expect(text).not.toContain(secret)
    expect((await health()).body).toEqual({ status: 'degraded' })

    // An appointment invite failing later is the one shown.
    await deleteAllJobs()
    expect((await report()).checks.email.retrying).toBe(0)
    await cms.payload.db.updateOne({
      collection: 'bookings',
      id: booking.id,
      data: { status: 'scheduled', scheduledAt: new Date(Date.now() + 86_400_000).toISOString() },
    })
    await cms.payload.jobs.queue({ task: 'bookingAppointmentConfirmation', input: { bookingId: String(booking.id) } })
    await cms.payload.jobs.run({ limit: 10, sequential: true, silent: true })
    expect((await report()).checks.email.lastFailure?.kind).toBe('appointment-invite')
    await deleteAllJobs()
  })
})
