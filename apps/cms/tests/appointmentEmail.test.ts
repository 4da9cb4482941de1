/**
 * Scheduling a request emails the patient the confirmed time with a calendar invite, in
 * their language, through the same jobs queue and SMTP path as the booking confirmation.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'

import { startTestInbox, type ReceivedMail, type TestInbox } from '@klinik/test-inbox/inbox'

import { createBooking, instantInDays } from './helpers/bookings'
import { startTestCms, type TestCms } from './helpers/testPayload'
import { signInEveryRole, type Role, type SignedIn } from './helpers/users'

let cms: TestCms
let smtp: TestInbox
let accounts: Record<Role, SignedIn>
let inbox: ReceivedMail[] = []
let treatmentId: string

beforeAll(async () => {
  smtp = await startTestInbox()
  inbox = smtp.mail
  cms = await startTestCms({ SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port), SMTP_SECURE: 'false', CMS_PUBLIC_URL: 'https://cms.klinik.example' })
  accounts = await signInEveryRole(cms.payload)
  const treatment = await cms.payload.create({
    collection: 'treatments',
    locale: 'tr',
    data: { title: 'Saç Mezoterapisi', sessionPlan: { sessionMinutes: 30 }, _status: 'published' },
  })
  await cms.payload.update({ collection: 'treatments', id: treatment.id, locale: 'en', data: { title: 'Hair Mesotherapy', _status: 'published' } })
  treatmentId = String(treatment.id)
  for (const [locale, address] of [
    ['tr', 'Teşvikiye Mah. Ihlamur Sok. No: 12, Şişli/İstanbul'],
    ['en', 'Ihlamur Sok. No: 12, Teşvikiye, Şişli, Istanbul'],
  ] as const) {
    await cms.payload.updateGlobal({
      slug: 'clinic-settings',
      locale,
      data: { name: 'Klinik Estetik', phone: '+902125550147', address, privacyNoticeVersion: '2026-11', consentText: 'x' },
    })
  }
})
afterAll(async () => {
  await cms?.cleanup()
  await smtp.stop()
})
beforeEach(() => {
  inbox.length = 0
})

async function schedule(id: string, scheduledAt: string) {
  for (const json of [{ status: 'contacted' }, { status: 'scheduled', scheduledAt }]) {
    const response = await cms.rest('PATCH', `/bookings/${id}`, { token: accounts.staff.token, json })
    expect(response.status).toBe(200)
  }
}
async function deliver(count: number) {
  await cms.payload.jobs.run({ limit: 50, sequential: true })
  return smtp.waitFor(count)
}
/** One property of an iCalendar text, unfolded. */
const property = (ics: string, name: string) => ics.replace(/\r\n[ \t]/g, '').match(new RegExp(`^${name}[:;](.*)$`, 'm'))?.[1]

describe('appointment confirmation', () => {
  it('emails a Turkish patient the time in Istanbul with an invite, and no health data', async () => {
    const booking = await createBooking(cms.payload, treatmentId, { locale: 'tr', email: 'hasta@example.com' })
    const startsAt = instantInDays(5) // 10:30 UTC = 13:30 in Istanbul
    await schedule(booking.id, startsAt)
    const [mail] = await deliver(1)
    expect(mail.to).toBe('hasta@example.com')
    expect(mail.subject).toMatch(new RegExp(`^Randevunuz kesinleşti: .+ 13:30 \\(${booking.reference}\\)$`))
    expect(mail.text).toContain('Saç Mezoterapisi randevunuz kesinleşti.')
    expect(mail.text).toContain('(İstanbul saati)')
    expect(mail.text).toContain('Teşvikiye Mah.')
    expect(mail.invites).toHaveLength(1)
    const ics = mail.invites[0]
    expect(property(ics, 'METHOD')).toBe('PUBLISH')
    expect(property(ics, 'DTSTART')).toBe(startsAt.replace(/[-:]/g, '').replace('.000', ''))
    expect(property(ics, 'DURATION')).toBe('PT30M')
    expect(property(ics, 'SUMMARY')).toBe('Saç Mezoterapisi – Klinik Estetik')
    expect(property(ics, 'UID')).toBe(`booking-${booking.id}@cms.klinik.example`)
    expect(property(ics, 'LOCATION')).toContain('Teşvikiye')
    for (const text of [mail.text, ics]) {
      expect(text).not.toContain('Hamile')
      expect(text).not.toContain('GİZLİ-MESAJ')
      expect(text).not.toContain('5325550147')
    }
  })

  it('writes to an English-speaking patient in English', async () => {
    const booking = await createBooking(cms.payload, treatmentId, { locale: 'en', email: 'patient@example.com' })
    await schedule(booking.id, instantInDays(6))
    const [mail] = await deliver(1)
    expect(mail.subject).toMatch(/^Your appointment is confirmed: .+ \(KL-/)
    expect(mail.text).toContain('Your appointment for Hair Mesotherapy is confirmed.')
    expect(property(mail.invites[0], 'SUMMARY')).toBe('Hair Mesotherapy at Klinik Estetik')
  })

  it('sends a new invite that replaces the old one when the time changes', async () => {
    const booking = await createBooking(cms.payload, treatmentId, { email: 'hasta2@example.com' })
    await schedule(booking.id, instantInDays(7))
    const [first] = await deliver(1)
    inbox.length = 0
    await new Promise((resolve) => setTimeout(resolve, 1100))
    const later = instantInDays(8)
    expect((await cms.rest('PATCH', `/bookings/${booking.id}`, { token: accounts.staff.token, json: { scheduledAt: later } })).status).toBe(200)
    const [second] = await deliver(1)
    expect(property(second.invites[0], 'UID')).toBe(property(first.invites[0], 'UID'))
    expect(Number(property(second.invites[0], 'SEQUENCE'))).toBeGreaterThan(Number(property(first.invites[0], 'SEQUENCE')))
    expect(property(second.invites[0], 'DTSTART')).toBe(later.replace(/[-:]/g, '').replace('.000', ''))
  })

  it('sends nothing when the patient gave no email, or the request was cancelled before the mail went out', async () => {
    const noEmail = await createBooking(cms.payload, treatmentId, { email: null, contactChannel: 'phone' })
    await schedule(noEmail.id, instantInDays(9))
    const cancelled = await createBooking(cms.payload, treatmentId, { email: 'iptal@example.com' })
    await schedule(cancelled.id, instantInDays(9))
    await cms.rest('PATCH', `/bookings/${cancelled.id}`, { token: accounts.staff.token, json: { status: 'cancelled' } })
    expect(await deliver(1)).toEqual([])
  })

  it('queues nothing when the change is refused', async () => {
    const booking = await createBooking(cms.payload, treatmentId, { email: 'red@example.com' })
    const refused = await cms.rest('PATCH', `/bookings/${booking.id}`, {
      token: accounts.staff.token,
      json: { status: 'scheduled', scheduledAt: instantInDays(3) },
    })
    expect(refused.status).toBe(400)
    const jobs = await cms.payload.count({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'bookingAppointmentConfirmation' }, 'input.bookingId': { equals: booking.id } },
    })
    expect(jobs.totalDocs).toBe(0)
  })
})

describe('a bulk change', () => {
  it('schedules three requests at once and emails each patient their invite', async () => {
    const bookings = await Promise.all(
      ['bulk-one@example.com', 'bulk-two@example.com', 'bulk-three@example.com'].map((email) =>
        createBooking(cms.payload, treatmentId, { email, status: 'contacted', locale: 'en' }),
      ),
    )
    const ids = bookings.map((booking) => booking.id).join(',')
    const response = await cms.rest('PATCH', `/bookings?where[id][in]=${ids}`, {
      token: accounts.staff.token,
      json: { status: 'scheduled', scheduledAt: instantInDays(4) },
    })
    expect(response.status).toBe(200)
    expect(((await response.json()) as { docs: unknown[] }).docs).toHaveLength(3)
    const mails = await deliver(3)
    expect(
      mails
        .map((mail) => mail.to)
        .flat()
        .sort(),
    ).toEqual(['bulk-one@example.com', 'bulk-three@example.com', 'bulk-two@example.com'])
  })
})
