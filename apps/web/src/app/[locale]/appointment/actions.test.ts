/**
 * The booking form's server action, with the CMS, the request headers and Next's redirect
 * replaced: what it sends, when it claims "received", and what it keeps when it cannot.
 */
import { bookingErrorMessages } from '@klinik/booking/messages'
import { addMonths, clinicToday } from '@klinik/booking/dates'

import { issueFormToken, readFormToken, readReceipt } from '@/lib/bookingFormToken'
import { listBookableTreatments, sendBookingRequest, type IntakeResult } from '@/lib/cms/bookings'

import { requestAppointment, type BookingFormState } from './actions'

jest.mock('@/lib/cms/bookings', () => ({ listBookableTreatments: jest.fn(), sendBookingRequest: jest.fn() }))
jest.mock('next/headers', () => ({ headers: jest.fn(async () => new Headers({ 'x-forwarded-for': '198.51.100.7, 203.0.113.9' })) }))
jest.mock('@/i18n/navigation', () => ({
  redirect: jest.fn(({ href, locale }: { href: { pathname: string; query: { r: string } }; locale: string }) => {
    throw Object.assign(new Error('NEXT_REDIRECT'), { target: { pathname: href.pathname, receipt: href.query.r, locale } })
  }),
}))
jest.mock('next-intl/server', () => ({
  getTranslations: jest.fn(async ({ locale }: { locale: 'tr' | 'en' }) => {
    const messages = jest.requireActual<{ BookingForm: Record<string, string> }>(`../../../../messages/${locale}.json`).BookingForm
    return (key: string) => messages[key]
  }),
}))

const listTreatments = listBookableTreatments as jest.MockedFunction<typeof listBookableTreatments>
const send = sendBookingRequest as jest.MockedFunction<typeof sendBookingRequest>

const treatments = [
  { id: 'hair', title: 'Saç Mezoterapisi', slug: 'sac-mezoterapisi', screeningQuestions: [{ id: 'pregnancy', question: 'Hamile misiniz?' }] },
  { id: 'face', title: 'Yüz Mezoterapisi', slug: 'yuz-mezoterapisi', screeningQuestions: [{ id: 'filler', question: 'Dolgu yaptırdınız mı?' }] },
]
const soon = addMonths(clinicToday(), 1)

function formOf(fields: Record<string, string | string[]>) {
  const form = new FormData()
  for (const [name, value] of Object.entries(fields)) for (const entry of [value].flat()) form.append(name, entry)
  return form
}

/** A form as a patient fills it in, shown a minute ago. */
function patientForm(overrides: Record<string, string | string[]> = {}) {
  return formOf({
    formToken: issueFormToken(Date.now() - 60_000),
    website: '',
    privacyNoticeVersion: '2026-11',
    treatment: 'hair',
    'screeningAnswers.pregnancy': 'no',
    fullName: 'Ayşe Yılmaz',
    phone: '0532 555 01 47',
    contactChannel: 'whatsapp',
    preferredDates: [soon, ''],
    timeOfDay: 'morning',
    consent: 'yes',
    ...overrides,
  })
}

/** Runs the action; a redirect comes back as its target instead of an exception. */
async function submit(locale: 'tr' | 'en', form: FormData, previous?: BookingFormState) {
  try {
    return { state: await requestAppointment(locale, previous, form) }
  } catch (error) {
    const target = (error as { target?: { pathname: string; receipt: string; locale: string } }).target
    if (!target) throw error
    return { redirect: { ...target, reference: readReceipt(target.receipt) } }
  }
}

// Before any token is made (the table of it.each below makes one while the tests are collected).
process.env.INTAKE_SECRET = 'a-shared-intake-secret-for-tests'
process.env.BOOKING_MIN_FILL_SECONDS = '3'

beforeEach(() => {
  listTreatments.mockReset().mockResolvedValue(treatments)
  send.mockReset().mockResolvedValue({ outcome: 'stored', reference: 'KL-7K3Q9' })
})

describe('requestAppointment', () => {
  it('sends a valid request once, with the form key and the patient’s address, and shows the CMS’s reference', async () => {
    const form = patientForm()
    const { redirect } = await submit('tr', form)
    expect(redirect).toEqual({ pathname: '/appointment/received', receipt: expect.any(String), locale: 'tr', reference: 'KL-7K3Q9' })
    expect(send).toHaveBeenCalledTimes(1)
    const [request, key, address] = send.mock.calls[0]
    expect(request).toEqual({
      fullName: 'Ayşe Yılmaz',
      phone: '+905325550147',
      treatment: 'hair',
      preferredDates: [soon],
      timeOfDay: 'morning',
      contactChannel: 'whatsapp',
      screeningAnswers: { pregnancy: 'no' },
      consent: true,
      privacyNoticeVersion: '2026-11',
      locale: 'tr',
    })
    expect(key).toBe(readFormToken(form.get('formToken'))!.nonce)
    // The last X-Forwarded-For entry: the one the nearest proxy (or Next itself) added.
    expect(address).toBe('203.0.113.9')
  })

  it.each([
    ['a filled honeypot', { website: 'https://spam.example' }],
    ['a form sent within the minimum fill time', { formToken: issueFormToken(Date.now() - 1000) }],
  ])('answers %s as if received, and sends nothing', async (_, overrides) => {
    const { redirect } = await submit('en', patientForm(overrides))
    expect(redirect?.pathname).toBe('/appointment/received')
    expect(redirect?.reference).toMatch(/^KL-[2-9A-HJKMNP-Z]{5}$/)
    expect(send).not.toHaveBeenCalled()
  })

  it('shows each wrong field in the page language, keeps what was typed and sends nothing', async () => {
    const form = patientForm({ fullName: 'A', phone: '12', preferredDates: ['2020-01-01'], consent: '', 'screeningAnswers.pregnancy': '' })
    const { state } = await submit('en', form)
    expect(send).not.toHaveBeenCalled()
    const en = bookingErrorMessages.en
    expect(state?.status).toBe('invalid')
    expect(state?.errors).toEqual({
      screeningAnswers: en.screeningIncomplete,
      fullName: en.fullNameRequired,
      phone: en.phoneInvalid,
      preferredDates: en.datePast,
      consent: en.consentRequired,
    })
    expect(Object.keys(state!.errors)[0]).toBe('screeningAnswers')
    expect(state?.values).toMatchObject({ fullName: 'A', phone: '12', preferredDates: ['2020-01-01'], treatment: 'hair', contactChannel: 'whatsapp' })
    expect(state?.token).toBe(form.get('formToken'))
  })

  it('answers in Turkish on the Turkish page', async () => {
    const { state } = await submit('tr', patientForm({ fullName: '' }))
    expect(state?.errors.fullName).toBe('Lütfen adınızı ve soyadınızı yazın.')
  })

  it('refuses unknown fields', async () => {
    const { state } = await submit('en', patientForm({ role: 'admin' }))
    expect(state?.errors.form).toBe(bookingErrorMessages.en.unknownField)
    expect(send).not.toHaveBeenCalled()
  })

  it('refuses a treatment that cannot be booked, and asks the chosen treatment’s questions, not another’s', async () => {
    expect((await submit('en', patientForm({ treatment: 'retired' }))).state?.errors.treatment).toBe(bookingErrorMessages.en.treatmentUnavailable)
    // Answers to the hair questions, then a switch to face without JavaScript: face's question is still unanswered.
    expect((await submit('en', patientForm({ treatment: 'face' }))).state?.errors.screeningAnswers).toBe(bookingErrorMessages.en.screeningIncomplete)
    await submit('en', patientForm({ treatment: 'face', 'screeningAnswers.filler': 'yes' }))
    expect(send.mock.calls[0][0].screeningAnswers).toEqual({ filler: 'yes' })
  })

  it('never claims "received" when the CMS is down: the typed values, the same form key and the clinic’s contacts stay', async () => {
    send.mockResolvedValue({ outcome: 'unavailable' })
    const form = patientForm({ message: 'Sabah daha uygun.' })
    const { state, redirect } = await submit('tr', form)
    expect(redirect).toBeUndefined()
    expect(state).toMatchObject({
      status: 'failed',
      errors: { form: 'Şu anda talebinizi alamıyoruz ve talebiniz kaydedilmedi.' },
      token: form.get('formToken'),
    })
    expect(state?.values).toMatchObject({ fullName: 'Ayşe Yılmaz', message: 'Sabah daha uygun.', screeningAnswers: { pregnancy: 'no' }, consent: true })
  })

  it('reports an unreachable CMS while reading the treatments the same way', async () => {
    listTreatments.mockRejectedValue(new Error('CMS unreachable'))
    const { state } = await submit('en', patientForm())
    expect(state).toMatchObject({ status: 'failed', errors: { form: 'We cannot take your request right now, and it has not been saved.' } })
    expect(send).not.toHaveBeenCalled()
  })

  it('passes on the CMS’s refusals: too many requests, a reused form, a field', async () => {
    const refused = (status: number, errors: Record<string, string>): IntakeResult => ({ outcome: 'refused', status, errors })
    send.mockResolvedValueOnce(refused(429, { form: 'x' }))
    expect((await submit('en', patientForm())).state).toMatchObject({ status: 'failed', errors: { form: bookingErrorMessages.en.tooManyRequests } })

    const form = patientForm()
    send.mockResolvedValueOnce(refused(409, { form: bookingErrorMessages.en.requestReused }))
    const reused = (await submit('en', form)).state!
    expect(reused.errors.form).toBe(bookingErrorMessages.en.requestReused)
    expect(reused.token).not.toBe(form.get('formToken'))

    send.mockResolvedValueOnce(refused(409, { consent: bookingErrorMessages.en.noticeChanged }))
    expect((await submit('en', patientForm())).state?.errors).toEqual({ consent: bookingErrorMessages.en.noticeChanged })
  })

  it('renews a damaged or expired form without losing what was typed; the renewed form starts its fill time now', async () => {
    const { state } = await submit('en', patientForm({ formToken: 'not-a-token' }))
    expect(state?.errors.form).toMatch(/renewed/)
    expect(state?.values.fullName).toBe('Ayşe Yılmaz')
    expect(readFormToken(state?.token)).toMatchObject({ reissued: true })
    expect(Date.now() - readFormToken(state?.token)!.renderedAt).toBeLessThan(1_000)
    // Sent again at once (a script taking the renewed token): nothing is sent, the person is asked to send again.
    const quick = await submit('en', patientForm({ formToken: state!.token }))
    expect(quick.redirect).toBeUndefined()
    expect(quick.state?.errors.form).toBe('Please check your details and send the form again; your request has not been sent yet.')
    expect(quick.state?.values.fullName).toBe('Ayşe Yılmaz')
    expect(send).not.toHaveBeenCalled()
    // A person who reads the message and sends again is stored.
    const later = jest.spyOn(Date, 'now').mockReturnValue(Date.now() + 4_000)
    try {
      expect((await submit('en', patientForm({ formToken: state!.token }))).redirect?.reference).toBe('KL-7K3Q9')
    } finally {
      later.mockRestore()
    }
    expect(send).toHaveBeenCalledTimes(1)
  })

  it('a form sent faster than a person can fill it in gets a made-up confirmation and nothing is sent', async () => {
    const { redirect } = await submit('tr', patientForm({ formToken: issueFormToken(Date.now() - 1_000) }))
    expect(redirect?.reference).toMatch(/^KL-/)
    expect(send).not.toHaveBeenCalled()
  })

  it('answers arguments that are not a form (a forged call) with an error state, not an exception', async () => {
    for (const [locale, previous, form] of [
      [1, 2, 3],
      ['tr', null, undefined],
      ['xx', 'state', { entries: 'no' }],
    ]) {
      const state = await requestAppointment(locale as never, previous as never, form as never)
      expect(state).toMatchObject({ status: 'invalid', errors: { form: bookingErrorMessages.tr.requestUnreadable } })
    }
    // A forged previous state is ignored.
    const { state } = await submit('en', patientForm({ fullName: '' }), 'nonsense' as never)
    expect(state?.attempt).toBe(1)
    expect(send).not.toHaveBeenCalled()
  })

  it('counts its answers, so the form re-renders with each one', async () => {
    const first = (await submit('en', patientForm({ fullName: '' }))).state!
    const second = (await submit('en', patientForm({ fullName: '' }), first)).state!
    expect([first.attempt, second.attempt]).toEqual([1, 2])
  })
})
