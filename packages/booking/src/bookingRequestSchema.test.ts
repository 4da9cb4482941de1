import { describe, expect, it } from '@jest/globals'

import { bookingFieldErrors, createBookingRequestSchema, type BookingRequestInput } from './bookingRequestSchema'

const today = '2026-11-23'
const schema = createBookingRequestSchema({ today })

const valid: BookingRequestInput = {
  fullName: 'Ayşe Yılmaz',
  phone: '0532 555 01 47',
  email: '',
  treatment: 'treatment-id-1',
  preferredDates: ['2026-11-30'],
  timeOfDay: 'morning',
  contactChannel: 'whatsapp',
  message: '',
  screeningAnswers: { 'contraindication-1': 'no', 'contraindication-2': 'unsure' },
  consent: true,
  privacyNoticeVersion: '2026-11',
  locale: 'tr',
}

function errorsFor(input: unknown, locale: 'tr' | 'en' = 'tr') {
  const result = schema.safeParse(input)
  if (result.success) return {}
  return bookingFieldErrors(result.error.issues, locale)
}

describe('a valid request', () => {
  it('is accepted and normalised', () => {
    const parsed = schema.parse(valid)
    expect(parsed).toEqual({
      fullName: 'Ayşe Yılmaz',
      phone: '+905325550147',
      email: undefined,
      treatment: 'treatment-id-1',
      preferredDates: ['2026-11-30'],
      timeOfDay: 'morning',
      contactChannel: 'whatsapp',
      message: undefined,
      screeningAnswers: { 'contraindication-1': 'no', 'contraindication-2': 'unsure' },
      consent: true,
      privacyNoticeVersion: '2026-11',
      locale: 'tr',
    })
  })

  it('keeps Turkish letters in names and messages', () => {
    const parsed = schema.parse({ ...valid, fullName: '  İsmail Işık Şenoğlu Çağrı Öztürk ', message: 'Ğ ğ İ ı Ş ş — teşekkürler' })
    expect(parsed.fullName).toBe('İsmail Işık Şenoğlu Çağrı Öztürk')
    expect(parsed.message).toBe('Ğ ğ İ ı Ş ş — teşekkürler')
  })

  it.each([
    ['0532 555 01 47', '+905325550147'],
    ['05325550147', '+905325550147'],
    ['+90 (532) 555-01-47', '+905325550147'],
    ['532 555 0147', '+905325550147'],
    ['0212 555 01 47', '+902125550147'],
    ['+44 20 7946 0958', '+442079460958'],
    ['+49 30 901820', '+4930901820'],
  ])('normalises the phone number %s to %s', (input, e164) => {
    expect(schema.parse({ ...valid, phone: input }).phone).toBe(e164)
  })

  it('accepts email as the only contact when the channel is email', () => {
    const parsed = schema.parse({ ...valid, phone: '', email: 'ayse@example.com', contactChannel: 'email' })
    expect(parsed.phone).toBeUndefined()
    expect(parsed.email).toBe('ayse@example.com')
  })

  it('accepts today, three dates, and exactly six months ahead', () => {
    expect(schema.safeParse({ ...valid, preferredDates: [today, '2026-12-01', '2027-05-23'] }).success).toBe(true)
  })
})

describe('invisible control characters', () => {
  it('are removed from the name and the message: a NUL no longer cuts the name off, no override reverses text', () => {
    const parsed = schema.parse({ ...valid, fullName: 'Ali\u0000 Veli\u202E', message: 'Merhaba\u0007,\r\nöğleden \u2066sonra\u2069 arayın.\u0085' })
    expect(parsed.fullName).toBe('Ali Veli')
    expect(parsed.message).toBe('Merhaba,\nöğleden sonra arayın.')
    expect(schema.parse({ ...valid, fullName: '\u202Eevil name' }).fullName).toBe('evil name')
  })

  it('keep line breaks only in the message; a name is one line', () => {
    expect(schema.parse({ ...valid, fullName: 'Ayşe\nYılmaz\tHanım' }).fullName).toBe('Ayşe Yılmaz Hanım')
  })

  it('do not count towards the minimum length of a name', () => {
    expect(errorsFor({ ...valid, fullName: 'A\u0000\u202E' }).fullName).toBe('Lütfen adınızı ve soyadınızı yazın.')
  })
})

describe('invalid input gets one message per field, in the page language', () => {
  it.each([
    ['fullName', { fullName: ' ' }, 'Lütfen adınızı ve soyadınızı yazın.'],
    ['fullName', { fullName: 'x'.repeat(121) }, 'Ad soyad en fazla 120 karakter olabilir.'],
    ['phone', { phone: '123' }, 'Geçerli bir telefon numarası yazın (ör. 0532 555 01 47 veya +44 20 7123 4567).'],
    ['phone', { phone: 'abc def ghij' }, 'Geçerli bir telefon numarası yazın (ör. 0532 555 01 47 veya +44 20 7123 4567).'],
    ['phone', { phone: '' }, 'Telefon ya da WhatsApp ile ulaşmamız için telefon numaranızı yazın.'],
    ['email', { email: 'not-an-email' }, 'Geçerli bir e-posta adresi yazın.'],
    ['email', { contactChannel: 'email', email: '' }, 'E-posta ile ulaşmamız için e-posta adresinizi yazın.'],
    ['treatment', { treatment: '' }, 'Lütfen bir tedavi seçin.'],
    ['preferredDates', { preferredDates: [] }, 'Lütfen en az bir tarih seçin.'],
    ['preferredDates', { preferredDates: ['2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04'] }, 'En fazla üç tarih seçebilirsiniz.'],
    ['preferredDates', { preferredDates: ['2027-02-30'] }, 'Bu tarih geçerli değil.'],
    ['preferredDates', { preferredDates: ['30.02.2027'] }, 'Bu tarih geçerli değil.'],
    ['preferredDates', { preferredDates: ['2026-11-22'] }, 'Geçmiş bir tarih seçilemez.'],
    ['preferredDates', { preferredDates: ['2027-05-24'] }, 'En fazla altı ay sonrası için tarih seçebilirsiniz.'],
    ['preferredDates', { preferredDates: ['2026-12-01', '2026-12-01'] }, 'Aynı tarihi birden fazla kez seçtiniz.'],
    ['timeOfDay', { timeOfDay: 'night' }, 'Lütfen size uygun zaman dilimini seçin.'],
    ['contactChannel', { contactChannel: 'pigeon' }, 'Size nasıl ulaşmamızı istediğinizi seçin.'],
    ['message', { message: 'ş'.repeat(1001) }, 'Mesajınız en fazla 1000 karakter olabilir.'],
    ['screeningAnswers', { screeningAnswers: { a: 'maybe' } }, 'Lütfen her soruyu evet, hayır ya da emin değilim olarak yanıtlayın.'],
    ['consent', { consent: false }, 'Talebinizi iletebilmemiz için aydınlatma metnini okuyup onay vermeniz gerekir.'],
    ['consent', { consent: 'on' }, 'Talebinizi iletebilmemiz için aydınlatma metnini okuyup onay vermeniz gerekir.'],
    ['locale', { locale: 'de' }, 'Sayfa dili tanınmadı.'],
  ])('%s: %j', (field, change, message) => {
    expect(errorsFor({ ...valid, ...change })).toEqual({ [field]: message })
  })

  it('reports the same problems in English', () => {
    expect(errorsFor({ ...valid, phone: '123', consent: false, preferredDates: ['2027-02-30'] }, 'en')).toEqual({
      phone: 'Please enter a valid phone number (e.g. 0532 555 01 47 or +44 20 7123 4567).',
      consent: 'To send your request, please read the privacy notice and give your consent.',
      preferredDates: 'This date does not exist.',
    })
  })

  it('refuses unknown fields', () => {
    expect(errorsFor({ ...valid, isAdmin: true })).toEqual({ form: 'Formda tanınmayan bir alan var. Lütfen sayfayı yenileyip yeniden deneyin.' })
  })

  it('refuses oversize input without choking on it', () => {
    const huge = 'x'.repeat(100_000)
    const errors = errorsFor({ ...valid, fullName: huge, phone: huge, email: huge, message: huge, treatment: huge })
    expect(Object.keys(errors).sort()).toEqual(['email', 'fullName', 'message', 'phone', 'treatment'])
  })

  it('refuses missing and wrongly typed fields with field messages, not crashes', () => {
    expect(Object.keys(errorsFor({})).sort()).toEqual([
      'consent',
      'contactChannel',
      'fullName',
      'locale',
      'preferredDates',
      'privacyNoticeVersion',
      'timeOfDay',
      'treatment',
    ])
    expect(errorsFor({ ...valid, preferredDates: '2026-12-01' })).toEqual({ preferredDates: 'Lütfen en az bir tarih seçin.' })
    expect(errorsFor(null)).toHaveProperty('form')
  })
})
