/**
 * The booking intake: valid requests are stored once with a reference and only the reference
 * comes back; invalid ones get localized field messages and store nothing; only staff and
 * admins can ever read a booking.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { consentTextHash } from '../src/collections/Bookings/endpoints/intake'
import { bookingReferencePattern } from '@klinik/booking/reference'
import { daysFromToday } from './helpers/clinicDate'
import { startTestCms, testIntakeSecret, type TestCms } from './helpers/testPayload'
import { signInEveryRole, type Role, type SignedIn } from './helpers/users'

let cms: TestCms
let accounts: Record<Role, SignedIn>
let treatmentId: string
let draftTreatmentId: string
let absoluteId: string
let cautionId: string
let serial = 0

const noticeVersion = '2026-11'
const date = daysFromToday(7)

beforeAll(async () => {
  // The rate limit has its own test (intakeRateLimit.test.ts); here it must not interfere.
  cms = await startTestCms({ BOOKING_RATE_LIMIT: '10000/60' })
  const { payload } = cms
  accounts = await signInEveryRole(payload)
  const absolute = await payload.create({
    collection: 'contraindications',
    locale: 'tr',
    data: { name: 'Gebelik', severity: 'absolute', screeningQuestion: 'Hamile misiniz?', _status: 'published' },
  })
  const caution = await payload.create({
    collection: 'contraindications',
    locale: 'tr',
    data: { name: 'Kan sulandırıcı', severity: 'caution', screeningQuestion: 'Kan sulandırıcı kullanıyor musunuz?', _status: 'published' },
  })
  absoluteId = String(absolute.id)
  cautionId = String(caution.id)
  const treatment = await payload.create({
    collection: 'treatments',
    locale: 'tr',
    data: { title: 'Saç Mezoterapisi', contraindications: [absoluteId, cautionId], _status: 'published' },
  })
  treatmentId = String(treatment.id)
  const draft = await payload.create({ collection: 'treatments', locale: 'tr', draft: true, data: { title: 'Taslak', _status: 'draft' } })
  draftTreatmentId = String(draft.id)
  await payload.updateGlobal({
    slug: 'clinic-settings',
    locale: 'tr',
    data: { name: 'Klinik', phone: '+902125550147', privacyNoticeVersion: noticeVersion, consentText: 'Açık rıza veriyorum.' },
  })
})
afterAll(async () => {
  await cms?.cleanup()
})

const request = (change: Record<string, unknown> = {}) => ({
  fullName: 'Ayşe Işık',
  phone: '0532 555 01 47',
  email: '',
  treatment: treatmentId,
  preferredDates: [date],
  timeOfDay: 'morning',
  contactChannel: 'whatsapp',
  message: 'Öğleden önce uygunum.',
  screeningAnswers: { [absoluteId]: 'no', [cautionId]: 'unsure' },
  consent: true,
  privacyNoticeVersion: noticeVersion,
  locale: 'tr',
  ...change,
})

const newKey = () => `test-key-${Date.now()}-${(serial += 1)}-abcdef`

async function submit(body: unknown, raw = false) {
  const response = raw
    ? await cms.rest('POST', '/bookings/intake', { headers: { 'Content-Type': 'application/json', 'X-Intake-Secret': testIntakeSecret } })
    : await cms.intake(body)
  return { status: response.status, body: (await response.json().catch(() => null)) as Record<string, unknown> | null }
}

const bookingCount = async () => (await cms.payload.count({ collection: 'bookings' })).totalDocs

describe('a valid request', () => {
  it('is stored with a reference, status new, the flag and the consent receipt; only the reference comes back', async () => {
    const before = await bookingCount()
    const { status, body } = await submit({ idempotencyKey: newKey(), request: request({ screeningAnswers: { [absoluteId]: 'yes', [cautionId]: 'no' } }) })
    expect(status).toBe(201)
    expect(Object.keys(body!)).toEqual(['reference'])
    expect(body!.reference).toMatch(bookingReferencePattern)
    expect(await bookingCount()).toBe(before + 1)

    const stored = (await cms.payload.find({ collection: 'bookings', where: { reference: { equals: body!.reference } }, depth: 0 })).docs[0]
    expect(stored).toMatchObject({
      status: 'new',
      fullName: 'Ayşe Işık',
      phone: '+905325550147',
      treatment: treatmentId,
      preferredDates: [{ date }],
      timeOfDay: 'morning',
      contactChannel: 'whatsapp',
      locale: 'tr',
      contraindicationFlag: true,
      consent: { noticeVersion, textHash: consentTextHash(noticeVersion, 'tr', 'Açık rıza veriyorum.') },
    })
    expect(stored.screeningAnswers?.map((entry) => [entry.question, entry.answer, entry.severity])).toEqual([
      ['Hamile misiniz?', 'yes', 'absolute'],
      ['Kan sulandırıcı kullanıyor musunuz?', 'no', 'caution'],
    ])
    expect(Date.now() - new Date(stored.consent.givenAt).getTime()).toBeLessThan(60_000)
  })

  it('is not flagged when no absolute contraindication is answered yes', async () => {
    const { body } = await submit({ idempotencyKey: newKey(), request: request({ screeningAnswers: { [absoluteId]: 'unsure', [cautionId]: 'yes' } }) })
    const stored = (await cms.payload.find({ collection: 'bookings', where: { reference: { equals: body!.reference } } })).docs[0]
    expect(stored.contraindicationFlag).toBe(false)
  })

  it('is stored once when sent twice with the same form key, and both answers carry the same reference', async () => {
    const key = newKey()
    const before = await bookingCount()
    const [first, second] = await Promise.all([submit({ idempotencyKey: key, request: request() }), submit({ idempotencyKey: key, request: request() })])
    const third = await submit({ idempotencyKey: key, request: request() })
    expect([first.status, second.status].sort()).toEqual([200, 201])
    expect(second.body!.reference).toBe(first.body!.reference)
    expect(third).toEqual({ status: 200, body: { reference: first.body!.reference } })
    expect(await bookingCount()).toBe(before + 1)
  })

  it('refuses a reused form key with different details', async () => {
    const key = newKey()
    await submit({ idempotencyKey: key, request: request() })
    const before = await bookingCount()
    const reused = await submit({ idempotencyKey: key, request: request({ fullName: 'Başka Biri' }) })
    expect(reused.status).toBe(409)
    expect(reused.body).toEqual({ errors: { form: 'Bu form zaten farklı bilgilerle gönderildi. Lütfen sayfayı yenileyip yeniden deneyin.' } })
    expect(await bookingCount()).toBe(before)
  })
})

describe('an invalid request is refused with a message in its language and stores nothing', () => {
  it.each([
    ['fullName', { fullName: '' }, 'tr', 'Lütfen adınızı ve soyadınızı yazın.'],
    ['phone', { phone: '12' }, 'en', 'Please enter a valid phone number (e.g. 0532 555 01 47 or +44 20 7123 4567).'],
    ['preferredDates', { preferredDates: ['2020-01-01'] }, 'en', 'Please choose a date that is not in the past.'],
    ['consent', { consent: false }, 'tr', 'Talebinizi iletebilmemiz için aydınlatma metnini okuyup onay vermeniz gerekir.'],
    ['treatment', { treatment: 'draft' }, 'tr', 'Bu tedavi için şu anda çevrim içi randevu alınamıyor. Lütfen başka bir tedavi seçin ya da bizi arayın.'],
    [
      'treatment',
      { treatment: '00000000-0000-0000-0000-000000000000' },
      'en',
      'Online requests are not available for this treatment at the moment. Please choose another treatment or call us.',
    ],
    ['screeningAnswers', { screeningAnswers: {} }, 'tr', 'Lütfen bu tedavinin tüm sağlık sorularını yanıtlayın.'],
    ['screeningAnswers', { screeningAnswers: { 'some-other-id': 'no' } }, 'tr', 'Lütfen her soruyu evet, hayır ya da emin değilim olarak yanıtlayın.'],
    [
      'consent',
      { privacyNoticeVersion: '2025-01' },
      'en',
      'The privacy notice has been updated. Please reload the page, read the current notice and give your consent again.',
    ],
    ['form', { isAdmin: true }, 'tr', 'Formda tanınmayan bir alan var. Lütfen sayfayı yenileyip yeniden deneyin.'],
  ])('%s: %j (%s)', async (field, change, locale, message) => {
    const before = await bookingCount()
    const resolved = { ...change } as Record<string, unknown>
    if (resolved.treatment === 'draft') resolved.treatment = draftTreatmentId
    const { status, body } = await submit({ idempotencyKey: newKey(), request: request({ ...resolved, locale }) })
    expect(status).toBeGreaterThanOrEqual(400)
    expect(status).toBeLessThan(500)
    expect(body).toEqual({ errors: { [field]: message } })
    expect(await bookingCount()).toBe(before)
  })

  it.each([
    ['no body', undefined],
    ['a string', 'hello'],
    ['no form key', { request: request() }],
    ['a short form key', { idempotencyKey: 'short', request: request() }],
    ['extra envelope fields', { idempotencyKey: newKey(), request: request(), status: 'scheduled' }],
  ])('%s answers 400 without a stack trace', async (_name, body) => {
    const before = await bookingCount()
    const { status, body: answer } = await submit(body)
    expect(status).toBe(400)
    expect(JSON.stringify(answer)).not.toMatch(/at .*:\d+/)
    expect(await bookingCount()).toBe(before)
  })
})

describe('what only the site may send, and how much', () => {
  it('refuses a complete, valid request without the intake secret: 403, nothing stored, nothing queued', async () => {
    const before = await bookingCount()
    const jobs = (await cms.payload.count({ collection: 'payload-jobs' })).totalDocs
    for (const headers of [{}, { 'X-Intake-Secret': `${testIntakeSecret}-not` }] as Record<string, string>[]) {
      const response = await cms.rest('POST', '/bookings/intake', { json: { idempotencyKey: newKey(), request: request() }, headers })
      expect(response.status).toBe(403)
    }
    expect(await bookingCount()).toBe(before)
    expect((await cms.payload.count({ collection: 'payload-jobs' })).totalDocs).toBe(jobs)
  })

  it.each([
    ['tr', 'Talebiniz bu form için fazla uzun. Lütfen mesajınızı kısaltıp yeniden gönderin.'],
    ['en', 'Your request is too long for this form. Please shorten your message and send it again.'],
  ] as const)('answers 413 in the patient’s language (%s) to a body over 32 kB, stores nothing', async (locale, text) => {
    const before = await bookingCount()
    const response = await cms.intake({ idempotencyKey: newKey(), request: request({ locale, message: 'ş'.repeat(40_000) }) }, { 'Content-Language': locale })
    expect(response.status).toBe(413)
    expect(await response.json()).toEqual({ errors: { form: text } })
    // Refused from the declared length alone, before anything is read.
    const declared = await cms.rest('POST', '/bookings/intake', {
      headers: {
        'X-Intake-Secret': testIntakeSecret,
        'Content-Language': locale,
        'Content-Length': String(100 * 1024 * 1024),
        'Content-Type': 'application/json',
      },
      json: { idempotencyKey: newKey(), request: request() },
    })
    expect(declared.status).toBe(413)
    expect(((await declared.json()) as { errors: { message: string }[] }).errors[0].message).toBe(
      locale === 'tr' ? 'Gönderilen veri bu istek için fazla büyük.' : 'What was sent is too large for this request.',
    )
    expect(await bookingCount()).toBe(before)
  })
})

describe('who can read and write bookings', () => {
  const actors = ['anonymous', 'editor', 'staff', 'admin'] as const
  const canRead = { anonymous: false, editor: false, staff: true, admin: true }
  const token = (actor: (typeof actors)[number]) => (actor === 'anonymous' ? undefined : accounts[actor].token)

  it.each(actors)('%s through REST', async (actor) => {
    const list = await cms.rest('GET', '/bookings?depth=0', { token: token(actor) })
    expect(list.status).toBe(canRead[actor] ? 200 : 403)
    if (canRead[actor]) {
      const body = (await list.json()) as { docs: Record<string, unknown>[] }
      expect(body.docs.length).toBeGreaterThan(0)
      // The form key and request fingerprint never leave the CMS.
      expect(body.docs[0]).not.toHaveProperty('idempotencyKey')
      expect(body.docs[0]).not.toHaveProperty('requestHash')
    }
    const created = await cms.rest('POST', '/bookings', { token: token(actor), json: { reference: 'KL-AAAAA', fullName: 'x' } })
    expect(created.status).toBe(403)
  })

  it.each(actors)('%s through the Local API with access checks', async (actor) => {
    const user = actor === 'anonymous' ? undefined : accounts[actor].user
    const attempt = cms.payload.find({ collection: 'bookings', overrideAccess: false, user })
    if (canRead[actor]) await expect(attempt).resolves.toHaveProperty('docs')
    else await expect(attempt).rejects.toHaveProperty('status', 403)
  })
})
