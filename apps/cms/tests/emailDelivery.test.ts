/**
 * No booking email is lost silently. The emails are queued in the booking's own transaction (an
 * outbox): a stored request always has them, a rolled-back one has none, and the runner never
 * sees them before the booking commits. A failing email is retried with growing gaps for more
 * than a day, while the request and the staff desk say it is not delivered yet; after the last
 * try they say it could not be delivered. The daily confirmation cap counts a booking once,
 * however often its email is retried.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { initI18n } from '@payloadcms/translations'
import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'

import type { Booking } from '@klinik/cms-types/payload-types'
import { startTestInbox, type ReceivedMail, type TestInbox } from '@klinik/test-inbox/inbox'

import { createBooking, instantInDays } from './helpers/bookings'
import { daysFromToday } from './helpers/clinicDate'
import { jobClock, type JobClock } from './helpers/jobClock'
import { startTestCms, type TestCms } from './helpers/testPayload'
import { signInEveryRole, type Role, type SignedIn } from './helpers/users'

let cms: TestCms
let payload: Payload
let smtp: TestInbox
let accounts: Record<Role, SignedIn>
const inbox: ReceivedMail[] = []
let treatmentId: string
let clock: JobClock
let serial = 0

const hour = 3600_000
const staffAddress = 'desk@klinik.example'

beforeAll(async () => {
  smtp = await startTestInbox(0, inbox)
  cms = await startTestCms({
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(smtp.port),
    SMTP_SECURE: 'false',
    EMAIL_FROM: 'Klinik Estetik <no-reply@klinik.example>',
    STAFF_NOTIFY_EMAIL: staffAddress,
    BOOKING_RATE_LIMIT: '10000/60',
  })
  payload = cms.payload
  accounts = await signInEveryRole(payload)
  const treatment = await payload.create({ collection: 'treatments', locale: 'tr', data: { title: 'Saç Mezoterapisi', _status: 'published' } })
  await payload.update({ collection: 'treatments', id: treatment.id, locale: 'en', data: { title: 'Hair Mesotherapy', _status: 'published' } })
  treatmentId = String(treatment.id)
  for (const locale of ['tr', 'en'] as const) {
    await payload.updateGlobal({
      slug: 'clinic-settings',
      locale,
      data: { name: 'Klinik Estetik', phone: '+902125550147', privacyNoticeVersion: '2026-11', consentText: 'Rıza / consent' },
    })
  }
})
afterAll(async () => {
  clock?.reset()
  await cms?.cleanup()
  await smtp.stop().catch(() => undefined)
})
beforeEach(() => {
  inbox.length = 0
  clock = jobClock()
})
afterEach(async () => {
  clock.reset()
  // Each test leaves the queue as it found it: nothing of one test is run by the next.
  await payload.delete({ collection: 'payload-jobs', where: { id: { exists: true } } })
  if (!smtpUp) await smtpBack()
})

let smtpUp = true
async function smtpDown() {
  await smtp.stop()
  smtpUp = false
}
async function smtpBack() {
  smtp = await startTestInbox(smtp.port, inbox)
  smtpUp = true
}

async function submit(email: string, locale: 'tr' | 'en' = 'tr') {
  const response = await cms.intake({
    idempotencyKey: `delivery-test-${Date.now()}-${(serial += 1)}-xyz`,
    request: {
      fullName: 'Elif Şahin',
      phone: '+90 532 555 01 47',
      email,
      treatment: treatmentId,
      preferredDates: [daysFromToday(10)],
      timeOfDay: 'afternoon',
      contactChannel: 'email',
      message: '',
      screeningAnswers: {},
      consent: true,
      privacyNoticeVersion: '2026-11',
      locale,
    },
  })
  return response
}

async function submitStored(email: string, locale: 'tr' | 'en' = 'tr'): Promise<Booking> {
  const response = await submit(email, locale)
  expect(response.status).toBe(201)
  const { reference } = (await response.json()) as { reference: string }
  const found = await payload.find({ collection: 'bookings', where: { reference: { equals: reference } }, depth: 0 })
  return found.docs[0]
}

const stored = (id: string) => payload.findByID({ collection: 'bookings', id, depth: 0 }) as Promise<Booking>

const jobsOf = async (bookingId: string, taskSlug?: string) =>
  (
    await payload.find({
      collection: 'payload-jobs',
      where: { and: [{ 'input.bookingId': { equals: bookingId } }, ...(taskSlug ? [{ taskSlug: { equals: taskSlug } }] : [])] },
      depth: 0,
      limit: 100,
    })
  ).docs

const runDueJobs = () => payload.jobs.run({ limit: 50, sequential: true, silent: true })

/**
 * Runs the queue the way its every-minute runner would over the coming hours, without waiting:
 * runs what is due, then moves the jobs' clock just past the next job's `waitUntil`, until the
 * booking has no job left to run or `keepGoing` says stop. Returns the jobs' clock at each run.
 */
async function runQueueOver(bookingId: string, keepGoing: (at: Date) => boolean | Promise<boolean> = () => true): Promise<Date[]> {
  const runs: Date[] = []
  for (let round = 0; round < 40; round += 1) {
    const waiting = (await jobsOf(bookingId)).filter((job) => !job.completedAt && !job.hasError)
    if (waiting.length === 0) break
    const next = Math.min(...waiting.map((job) => (job.waitUntil ? Date.parse(job.waitUntil) : 0)))
    clock.moveTo(next + 1000)
    if (!(await keepGoing(clock.now()))) break
    runs.push(clock.now())
    await runDueJobs()
  }
  return runs
}

describe('the outbox: emails are queued in the booking’s transaction', () => {
  it('stores neither the booking nor any of its emails when queueing fails, and tells the patient to try again', async () => {
    const jobsBefore = (await payload.count({ collection: 'payload-jobs' })).totalDocs
    const queue = payload.jobs.queue
    // The staff notice is queued, then the confirmation fails: the notice must go with the booking.
    payload.jobs.queue = (async (args: Parameters<typeof queue>[0]) => {
      if ('task' in args && args.task === 'bookingConfirmation') throw new Error('queue unavailable')
      return queue(args)
    }) as typeof queue
    try {
      const response = await submit('rolled-back@example.com')
      expect(response.status).toBe(503)
    } finally {
      payload.jobs.queue = queue
    }
    expect((await payload.count({ collection: 'bookings', where: { email: { equals: 'rolled-back@example.com' } } })).totalDocs).toBe(0)
    expect((await payload.count({ collection: 'payload-jobs' })).totalDocs).toBe(jobsBefore)

    // Once the queue works again, the same request is stored with both emails.
    const booking = await submitStored('rolled-back@example.com')
    expect((await jobsOf(booking.id)).map((job) => job.taskSlug).sort()).toEqual(['bookingConfirmation', 'bookingStaffNotification'])
    expect(booking.staffNoticeDelivery?.state).toBe('pending')
    expect(booking.confirmationDelivery?.state).toBe('pending')
  })

  it('keeps the emails from the runner until the booking commits, and none of them when it rolls back (no deadlock on SQLite)', async () => {
    const { queueBookingEmails } = await import('../src/jobs/bookingEmails')
    for (const outcome of ['rolled back', 'committed'] as const) {
      inbox.length = 0
      const req = await createLocalReq({}, payload)
      expect(await initTransaction(req)).toBe(true)
      const booking = await createBooking(payload, treatmentId, { email: `outbox-${outcome.replace(' ', '-')}@example.com` }, req)
      await queueBookingEmails(req, { id: booking.id, email: booking.email })
      // Inside the transaction the jobs are there; outside (where the runner looks) they are not yet.
      expect(await payload.count({ collection: 'payload-jobs', where: { 'input.bookingId': { equals: booking.id } }, req })).toEqual({ totalDocs: 2 })
      expect(await payload.count({ collection: 'payload-jobs', where: { 'input.bookingId': { equals: booking.id } } })).toEqual({ totalDocs: 0 })
      // A runner starting now takes its turn after the transaction (database.ts): it neither
      // deadlocks on SQLite's one writer nor runs an email whose booking may still roll back.
      const running = runDueJobs()
      await new Promise((resolve) => setTimeout(resolve, 200))
      if (outcome === 'committed') await commitTransaction(req)
      else await killTransaction(req)
      await running
      if (outcome === 'rolled back') {
        expect(await payload.count({ collection: 'bookings', where: { id: { equals: booking.id } } })).toEqual({ totalDocs: 0 })
        expect(await payload.count({ collection: 'payload-jobs', where: { 'input.bookingId': { equals: booking.id } } })).toEqual({ totalDocs: 0 })
        expect(await smtp.waitFor(1, 500)).toEqual([])
      } else {
        expect((await smtp.waitFor(2)).map((mail) => mail.to).sort()).toEqual([staffAddress, 'outbox-committed@example.com'])
        expect((await stored(booking.id)).confirmationDelivery?.state).toBe('sent')
      }
    }
  })

  it('queues the appointment invite with the change that schedules: a change rolled back leaves no invite', async () => {
    const booking = await createBooking(payload, treatmentId, { email: 'invite@example.com', status: 'contacted', locale: 'en' })
    const inviteJobs = () => jobsOf(booking.id, 'bookingAppointmentConfirmation')
    for (const outcome of ['rolled back', 'committed'] as const) {
      const req = await createLocalReq({ user: { ...accounts.staff.user, collection: 'users' } }, payload)
      await initTransaction(req)
      await payload.update({ collection: 'bookings', id: booking.id, data: { status: 'scheduled', scheduledAt: instantInDays(5) }, req, overrideAccess: false })
      expect(await payload.count({ collection: 'payload-jobs', where: { 'input.bookingId': { equals: booking.id } }, req })).toEqual({ totalDocs: 1 })
      if (outcome === 'committed') await commitTransaction(req)
      else await killTransaction(req)
      const after = await stored(booking.id)
      if (outcome === 'rolled back') {
        expect(after.status).toBe('contacted')
        expect(after.inviteDelivery?.state ?? null).toBeNull()
        expect(await inviteJobs()).toEqual([])
      } else {
        expect(after.status).toBe('scheduled')
        expect(after.inviteDelivery?.state).toBe('pending')
        expect(await inviteJobs()).toHaveLength(1)
      }
    }
    await runDueJobs()
    expect((await smtp.waitFor(1)).map((mail) => mail.to)).toEqual(['invite@example.com'])
    expect((await stored(booking.id)).inviteDelivery).toMatchObject({ state: 'sent', lastTryAt: expect.any(String) })
  })
})

describe('retries over more than a day', () => {
  it('tries again with growing gaps; an email held up for 20 hours arrives once SMTP is back, and the request says so meanwhile', async () => {
    const { lastTryDueAfter } = await import('../src/jobs/bookingEmails')
    const { undeliveredEmails } = await import('../src/collections/Bookings/bookingDeskStats')
    await smtpDown()
    const booking = await submitStored('outage@example.com')
    const firstTry = clock.now()
    let duringOutage: Booking | undefined
    const runs = await runQueueOver(booking.id, async (at) => {
      if (!duringOutage && at.getTime() - firstTry.getTime() > 2 * hour) duringOutage = await stored(booking.id)
      if (!smtpUp && at.getTime() - firstTry.getTime() >= 20 * hour) await smtpBack()
      return true
    })

    // Both emails arrived after the 20-hour outage, once each.
    const mails = await smtp.waitFor(2)
    expect(mails.map((mail) => mail.to).sort()).toEqual([staffAddress, 'outage@example.com'])
    expect(runs.at(-1)!.getTime() - firstTry.getTime()).toBeGreaterThanOrEqual(20 * hour)
    // Each gap twice the one before: 1.5 min, 3, 6, … (plus the second this test adds to each).
    const gaps = runs.slice(1).map((at, index) => at.getTime() - runs[index].getTime())
    for (const [index, gap] of gaps.entries()) expect(Math.round(gap / 1000)).toBe(90 * 2 ** index + 1)

    // While it failed: "not delivered yet, retrying until" the last try, more than a day after the first.
    expect(duringOutage?.confirmationDelivery?.state).toBe('retrying')
    expect(duringOutage?.staffNoticeDelivery?.state).toBe('retrying')
    const retryUntil = Date.parse(duringOutage!.confirmationDelivery!.retryUntil!)
    expect(retryUntil - Date.parse(booking.createdAt)).toBeGreaterThanOrEqual(24 * hour)
    // …and it is when the last try came (give or take the runner's lateness, a second a try here).
    expect(Math.abs(retryUntil - runs.at(-1)!.getTime())).toBeLessThan(60_000)
    expect(retryUntil - Date.parse(duringOutage!.confirmationDelivery!.lastTryAt!)).toBeLessThanOrEqual(lastTryDueAfter(0))

    const after = await stored(booking.id)
    expect(after.confirmationDelivery?.state).toBe('sent')
    expect(after.staffNoticeDelivery?.state).toBe('sent')
    expect((await undeliveredEmails(payload, accounts.staff.user)).bookings.map((listed) => listed.id)).not.toContain(booking.id)
  })

  it('gives up after the last try, more than 24 hours after the first: the request and the desk say to phone the patient', async () => {
    const { emailRetries } = await import('../src/jobs/bookingEmails')
    const { undeliveredEmails } = await import('../src/collections/Bookings/bookingDeskStats')
    const { lastEmailFailure } = await import('../src/health/emailFailures')
    await smtpDown()
    const booking = await submitStored('never@example.com', 'en')
    let whileRetrying: Awaited<ReturnType<typeof undeliveredEmails>> | undefined
    const runs = await runQueueOver(booking.id, async () => {
      whileRetrying ??=
        (await stored(booking.id)).confirmationDelivery?.state === 'retrying' ? await undeliveredEmails(payload, accounts.staff.user) : undefined
      return true
    })
    expect(runs).toHaveLength(emailRetries.attempts + 1)
    expect(runs.at(-1)!.getTime() - runs[0].getTime()).toBeGreaterThanOrEqual(24 * hour)
    const [confirmation] = await jobsOf(booking.id, 'bookingConfirmation')
    expect(confirmation).toMatchObject({ hasError: true, totalTried: emailRetries.attempts + 1 })

    // The desk listed it while retrying, and lists it now that it failed.
    expect(whileRetrying?.bookings.find((listed) => listed.id === booking.id)?.confirmationDelivery?.state).toBe('retrying')
    const after = await stored(booking.id)
    expect(after.confirmationDelivery).toMatchObject({ state: 'failed', lastTryAt: runs.at(-1)!.toISOString() })
    expect(after.staffNoticeDelivery?.state).toBe('failed')
    const desk = await undeliveredEmails(payload, accounts.staff.user)
    expect(desk.bookings.find((listed) => listed.id === booking.id)).toMatchObject({
      reference: booking.reference,
      confirmationDelivery: { state: 'failed' },
      staffNoticeDelivery: { state: 'failed' },
    })
    // Only what the warning needs: no address, name or answers on the desk's list.
    expect(JSON.stringify(desk)).not.toMatch(/never@example\.com|Elif/)
    // The health check still hears of it.
    expect((await lastEmailFailure(payload))?.kind).toMatch(/staff-notice|patient-confirmation/)

    // Nobody tries again, however long the runner keeps going.
    await smtpBack()
    clock.moveTo(clock.now().getTime() + 48 * hour)
    await runDueJobs()
    expect(await smtp.waitFor(1, 500)).toEqual([])
  })

  it('counts a confirmation against the day’s cap once, however often it is retried', async () => {
    const { confirmationsPerRecipientPerDay } = await import('../src/jobs/bookingEmails')
    await smtpDown()
    const first = await submitStored('cap@example.com')
    // Four failed tries, then SMTP is back and the fifth delivers.
    await runQueueOver(first.id, async () => {
      const tried = (await jobsOf(first.id, 'bookingConfirmation'))[0]?.totalTried ?? 0
      if (!smtpUp && tried >= 4) await smtpBack()
      return true
    })
    expect((await smtp.waitFor(2)).filter((mail) => mail.to === 'cap@example.com')).toHaveLength(1)

    // The rest of the day's confirmations are still there for this mailbox, and no more.
    const later: Booking[] = []
    for (let index = 1; index <= confirmationsPerRecipientPerDay; index += 1) later.push(await submitStored('cap@example.com'))
    await runDueJobs()
    await smtp.waitFor(2 + 2 * confirmationsPerRecipientPerDay - 1)
    await smtp.waitFor(2 + 2 * confirmationsPerRecipientPerDay, 500)
    expect(inbox.filter((mail) => mail.to === 'cap@example.com')).toHaveLength(confirmationsPerRecipientPerDay)
    expect((await stored(later.at(-1)!.id)).confirmationDelivery?.state).toBe('skipped')
    expect((await stored(later.at(-2)!.id)).confirmationDelivery?.state).toBe('sent')
  })
})

describe('what staff are told', () => {
  it('in the admin’s language: retrying until when, or phone the patient', async () => {
    const { emailDeliveryWarnings } = await import('../src/collections/Bookings/emailDelivery')
    const { klinikT } = await import('../src/i18n/translations')
    const booking = {
      confirmationDelivery: { state: 'retrying' as const, lastTryAt: '2026-12-01T09:00:00.000Z', retryUntil: '2026-12-02T10:36:00.000Z' },
      staffNoticeDelivery: { state: 'sent' as const },
      inviteDelivery: { state: 'failed' as const },
    }
    const words = async (language: 'tr' | 'en') =>
      emailDeliveryWarnings(booking, klinikT(await initI18n({ config: payload.config.i18n, context: 'client', language }))).map(({ kind, state, text }) => [
        kind,
        state,
        text,
      ])
    expect(await words('en')).toEqual([
      ['patient-confirmation', 'retrying', 'The patient’s confirmation email was not delivered yet: retrying until 2 Dec 2026, 13:36.'],
      ['appointment-invite', 'failed', 'The patient’s appointment invite could not be delivered: contact the patient by phone.'],
    ])
    expect(await words('tr')).toEqual([
      ['patient-confirmation', 'retrying', 'Hastaya giden onay e-postası henüz iletilemedi: 2 Ara 2026 13:36 tarihine kadar yeniden denenecek.'],
      ['appointment-invite', 'failed', 'Hastaya giden randevu daveti iletilemedi: hastayı telefonla arayın.'],
    ])
    const english = klinikT(await initI18n({ config: payload.config.i18n, context: 'client', language: 'en' }))
    for (const state of ['pending', 'sent', 'skipped'] as const) expect(emailDeliveryWarnings({ confirmationDelivery: { state } }, english)).toEqual([])
  })

  it('is for staff and admins to read, and nobody to write', async () => {
    const { undeliveredEmails } = await import('../src/collections/Bookings/bookingDeskStats')
    const booking = await createBooking(payload, treatmentId, { email: 'written@example.com' })
    const patch = await cms.rest('PATCH', `/bookings/${booking.id}`, {
      token: accounts.staff.token,
      json: { confirmationDelivery: { state: 'sent' }, staffNoticeDelivery: { state: 'failed' } },
    })
    expect(patch.status).toBe(200)
    const after = await stored(booking.id)
    expect(after.confirmationDelivery?.state ?? null).toBeNull()
    expect(after.staffNoticeDelivery?.state ?? null).toBeNull()
    await expect(undeliveredEmails(payload, accounts.editor.user)).rejects.toHaveProperty('status', 403)
    expect((await cms.rest('GET', `/bookings/${booking.id}`, { token: accounts.editor.token })).status).toBe(403)
  })
})
