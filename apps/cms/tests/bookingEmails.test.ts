/**
 * The booking emails go through Payload's jobs queue to a real SMTP server on loopback:
 * staff and patient each get one, in the right language, without health answers; with SMTP
 * down the booking is still stored and the mail follows once SMTP is back, at the next retry.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'

import { startTestInbox, type ReceivedMail, type TestInbox } from '@klinik/test-inbox/inbox'

import { daysFromToday } from './helpers/clinicDate'
import { jobClock } from './helpers/jobClock'
import { startTestCms, type TestCms } from './helpers/testPayload'

let cms: TestCms
let smtp: TestInbox
const inbox: ReceivedMail[] = []
let treatmentId: string
let absoluteId: string
let serial = 0

const date = daysFromToday(10)

beforeAll(async () => {
  smtp = await startTestInbox(0, inbox)
  cms = await startTestCms({
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(smtp.port),
    SMTP_SECURE: 'false',
    EMAIL_FROM: 'Klinik Estetik <no-reply@klinik.example>',
    STAFF_NOTIFY_EMAIL: 'desk@klinik.example',
    BOOKING_RATE_LIMIT: '10000/60',
  })
  const { payload } = cms
  const absolute = await payload.create({
    collection: 'contraindications',
    locale: 'tr',
    data: { name: 'Gebelik', severity: 'absolute', screeningQuestion: 'Hamile misiniz?', _status: 'published' },
  })
  await payload.update({ collection: 'contraindications', id: absolute.id, locale: 'en', data: { name: 'Pregnancy', screeningQuestion: 'Are you pregnant?' } })
  absoluteId = String(absolute.id)
  const treatment = await payload.create({
    collection: 'treatments',
    locale: 'tr',
    data: { title: 'Saç Mezoterapisi', contraindications: [absoluteId], _status: 'published' },
  })
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
  await cms?.cleanup()
  await smtp.stop().catch(() => undefined)
})
beforeEach(() => {
  inbox.length = 0
})

async function submit(locale: 'tr' | 'en', change: Record<string, unknown> = {}) {
  const response = await cms.intake({
    idempotencyKey: `email-test-${Date.now()}-${(serial += 1)}-xyz`,
    request: {
      fullName: 'Elif Şahin',
      phone: '+90 532 555 01 47',
      email: 'elif@example.com',
      treatment: treatmentId,
      preferredDates: [date],
      timeOfDay: 'afternoon',
      contactChannel: 'email',
      message: 'GİZLİ-MESAJ ilaç kullanıyorum',
      screeningAnswers: { [absoluteId]: 'yes' },
      consent: true,
      privacyNoticeVersion: '2026-11',
      locale,
      ...change,
    },
  })
  expect(response.status).toBe(201)
  return ((await response.json()) as { reference: string }).reference
}

const runJobs = () => cms.payload.jobs.run({ limit: 50, sequential: true })

const waitForMail = (count: number, timeoutMs?: number) => smtp.waitFor(count, timeoutMs)

describe('booking emails', () => {
  it('sends the staff a notice and the patient a Turkish confirmation, without health data', async () => {
    const reference = await submit('tr')
    expect(inbox).toEqual([]) // nothing is sent inside the request; the queue does it
    await runJobs()
    const mails = await waitForMail(2)
    const staff = mails.find((mail) => mail.to.includes('desk@klinik.example'))!
    const patient = mails.find((mail) => mail.to.includes('elif@example.com'))!
    expect(staff.subject).toBe(`Yeni randevu talebi ${reference} – Saç Mezoterapisi`)
    expect(staff.text).toMatch(/\/admin\/collections\/bookings\/[0-9a-f-]{36}/)
    expect(patient.subject).toBe(`Randevu talebiniz alındı (${reference})`)
    expect(patient.text).toContain('Saç Mezoterapisi için randevu talebinizi aldık')
    for (const mail of [staff, patient]) {
      expect(mail.text).not.toContain('Hamile')
      expect(mail.text).not.toContain('GİZLİ-MESAJ')
      expect(mail.text).not.toContain('Elif')
      expect(mail.text).not.toContain('5325550147')
    }
  })

  it('writes to an English-speaking patient in English', async () => {
    const reference = await submit('en')
    await runJobs()
    const patient = (await waitForMail(2)).find((mail) => mail.to.includes('elif@example.com'))!
    expect(patient.subject).toBe(`We have received your appointment request (${reference})`)
    expect(patient.text).toContain('Hair Mesotherapy')
    expect(patient.text).not.toContain('Are you pregnant')
  })

  it('writes in the booking’s language whatever language the jobs runner speaks; the staff notice stays Turkish', async () => {
    const { createLocalReq, getLocalI18n } = await import('payload')
    const runnerSpeaking = async (language: 'tr' | 'en') =>
      createLocalReq({ req: { i18n: await getLocalI18n({ config: cms.payload.config, language }) } }, cms.payload)
    for (const [runner, booking, subject, preferredDates, contact] of [
      ['en', 'tr', 'Randevu talebiniz alındı', /^Tercih ettiğiniz tarihler: .+ \(öğleden sonra\)\.$/m, 'size e-posta ile ulaşacak'],
      ['tr', 'en', 'We have received your appointment request', /^Your preferred dates: .+ \(afternoon\)\.$/m, 'Our team will contact you by email'],
    ] as const) {
      inbox.length = 0
      const reference = await submit(booking, { email: 'runner-language@example.com' })
      await cms.payload.jobs.run({ limit: 50, sequential: true, req: await runnerSpeaking(runner) })
      const mails = await waitForMail(2)
      const staff = mails.find((mail) => mail.to.includes('desk@klinik.example'))!
      const patient = mails.find((mail) => mail.to.includes('runner-language@example.com'))!
      // The treatment is named as the patient saw it.
      expect(staff.subject).toMatch(new RegExp(`^Yeni randevu talebi ${reference} – `))
      expect(staff.text).toContain('Hastanın tercih ettiği iletişim: e-posta ile')
      expect(patient.subject).toBe(`${subject} (${reference})`)
      expect(patient.text).toMatch(preferredDates)
      expect(patient.text).toContain(contact)
    }
  })

  it('sends no confirmation when the patient gave no email', async () => {
    await submit('tr', { email: '', contactChannel: 'phone' })
    await runJobs()
    await waitForMail(2, 1000)
    expect(inbox.map((mail) => mail.to)).toEqual(['desk@klinik.example'])
  })

  it('stores the booking while SMTP is down and delivers the mail once it is back', async () => {
    const clock = jobClock()
    try {
      await smtp.stop()
      const reference = await submit('tr')
      const stored = await cms.payload.find({ collection: 'bookings', where: { reference: { equals: reference } } })
      expect(stored.totalDocs).toBe(1)
      await runJobs()
      expect(inbox).toEqual([])

      smtp = await startTestInbox(smtp.port, inbox)
      // Not before the next try is due (1.5 minutes after the failed one)…
      await runJobs()
      expect(await waitForMail(1, 500)).toEqual([])
      // …which comes without waiting: the jobs system's clock moves there (emailDelivery.test.ts crosses the whole schedule).
      clock.moveTo(Date.now() + 2 * 60_000)
      await runJobs()
      const mails = await waitForMail(2)
      expect(mails.map((mail) => mail.subject).sort()).toEqual([
        `Randevu talebiniz alındı (${reference})`,
        `Yeni randevu talebi ${reference} – Saç Mezoterapisi`,
      ])
    } finally {
      clock.reset()
    }
  })

  it('sends one recipient at most three confirmations a day, however the address is written; every request is still stored', async () => {
    const addresses = ['victim@example.org', 'Victim@Example.org', 'victim+1@example.org', ' victim+2@EXAMPLE.org ', 'victim+spam@example.org']
    const references: string[] = []
    for (const email of addresses) references.push(await submit('en', { email }))
    expect(await cms.payload.count({ collection: 'bookings', where: { reference: { in: references } } })).toEqual({ totalDocs: 5 })
    await runJobs()
    await waitForMail(8)
    await waitForMail(9, 1000)
    expect(inbox.filter((mail) => mail.to.includes('desk@klinik.example'))).toHaveLength(5)
    expect(inbox.filter((mail) => !mail.to.includes('desk@klinik.example'))).toHaveLength(3)
  })
})

describe('mailboxKey', () => {
  it('treats case, +tags and Gmail dots as the same mailbox', async () => {
    const { mailboxKey } = await import('../src/jobs/bookingEmails')
    expect(mailboxKey(' Ayse.Yilmaz+klinik@GoogleMail.com')).toBe('ayseyilmaz@gmail.com')
    expect(mailboxKey('ayse.yilmaz@example.com')).toBe('ayse.yilmaz@example.com')
    expect(mailboxKey('AYSE+x@Example.com')).toBe('ayse@example.com')
  })
})
