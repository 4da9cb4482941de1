import { emptyBookingFormValues, fieldValuesOf, orderedErrors, readBookingForm, shownErrors, stateErrorsOf, unansweredQuestions } from './bookingFormFields'

function form(entries: [string, string | Blob][]) {
  const data = new FormData()
  for (const [name, value] of entries) data.append(name, value)
  return data
}

const filled: [string, string][] = [
  ['$ACTION_REF_1', ''],
  ['$ACTION_1:0', '{"id":"abc","bound":"$@1"}'],
  ['$ACTION_KEY', 'k1'],
  ['formToken', 'signed.token'],
  ['website', ''],
  ['privacyNoticeVersion', '2026-11'],
  ['treatment', 'hair'],
  ['screeningAnswers.pregnancy', 'no'],
  ['screeningAnswers.infection', 'unsure'],
  ['fullName', 'Ayşe Yılmaz'],
  ['phone', '0532 555 01 47'],
  ['email', ''],
  ['contactChannel', 'whatsapp'],
  ['preferredDates', '2026-12-01'],
  ['preferredDates', ''],
  ['preferredDates', '2026-12-03'],
  ['timeOfDay', 'morning'],
  ['message', 'Öğleden önce daha uygun.'],
  ['consent', 'yes'],
]

describe('readBookingForm', () => {
  it('turns the form into a request: framework fields, token and honeypot out, answers and dates grouped, the page locale in', () => {
    const { input, values, token, honeypotFilled } = readBookingForm(form(filled), 'tr')
    expect(input).toEqual({
      privacyNoticeVersion: '2026-11',
      treatment: 'hair',
      fullName: 'Ayşe Yılmaz',
      phone: '0532 555 01 47',
      email: '',
      contactChannel: 'whatsapp',
      preferredDates: ['2026-12-01', '2026-12-03'],
      timeOfDay: 'morning',
      message: 'Öğleden önce daha uygun.',
      consent: true,
      screeningAnswers: { pregnancy: 'no', infection: 'unsure' },
      locale: 'tr',
    })
    expect(token).toBe('signed.token')
    expect(honeypotFilled).toBe(false)
    expect(values).toMatchObject({
      fullName: 'Ayşe Yılmaz',
      preferredDates: ['2026-12-01', '2026-12-03'],
      consent: true,
      screeningAnswers: { pregnancy: 'no', infection: 'unsure' },
    })
  })

  it('notices a filled honeypot', () => {
    expect(readBookingForm(form([['website', 'http://spam.example']]), 'en').honeypotFilled).toBe(true)
    expect(readBookingForm(form([['website', '   ']]), 'en').honeypotFilled).toBe(false)
  })

  it('keeps unknown and repeated fields so that the strict rule refuses them', () => {
    const { input } = readBookingForm(
      form([
        ['isAdmin', 'true'],
        ['fullName', 'A'],
        ['fullName', 'B'],
        ['consent', 'on'],
      ]),
      'en',
    )
    expect(input).toMatchObject({ isAdmin: 'true', fullName: ['A', 'B'], consent: 'on' })
  })

  it('never echoes a file or more text than a field could hold', () => {
    const { values, input } = readBookingForm(
      form([
        ['fullName', new Blob(['x'])],
        ['message', 'a'.repeat(50_000)],
      ]),
      'en',
    )
    expect(values.fullName).toBe('')
    expect(values.message).toHaveLength(2000)
    expect(typeof input.fullName).toBe('object')
  })

  it('reads an empty form as empty values', () => {
    const { values, input } = readBookingForm(form([]), 'en')
    expect(values).toEqual(emptyBookingFormValues)
    expect(input).toEqual({ screeningAnswers: {}, locale: 'en' })
  })
})

describe('orderedErrors', () => {
  it('lists errors in page order and puts fields the form does not show on the form', () => {
    const ordered = orderedErrors({ consent: 'c', fullName: 'n', treatment: 't', locale: 'l', privacyNoticeVersion: 'v' })
    expect(Object.keys(ordered)).toEqual(['form', 'treatment', 'fullName', 'consent'])
    expect(ordered).toMatchObject({ form: 'l', consent: 'c' })
  })
})

describe('the form state’s errors', () => {
  it('keeps the screening error on each unanswered question, the form’s own under the empty name', () => {
    const errors = stateErrorsOf({ form: 'f', screeningAnswers: 's', fullName: 'n' }, ['filler', 'infection'])
    expect(errors).toEqual({ '': ['f'], 'screeningAnswers.filler': ['s'], 'screeningAnswers.infection': ['s'], fullName: ['n'] })
    // With every question answered (a refusal the browser cannot see), the group holds it.
    expect(stateErrorsOf({ screeningAnswers: 's' }, [])).toEqual({ screeningAnswers: ['s'] })
  })

  it('shows one error per target, in page order, whatever the state names them', () => {
    const shown = shownErrors({
      consent: ['c'],
      'screeningAnswers.infection': ['s'],
      'screeningAnswers.filler': ['s'],
      '': ['f'],
      fullName: undefined,
      isAdmin: ['x'],
    })
    expect(shown).toEqual({ form: 'f', screeningAnswers: 's', consent: 'c' })
    expect(Object.keys(shown)).toEqual(['form', 'screeningAnswers', 'consent'])
  })

  it('round-trips the server’s errors', () => {
    const errors = { treatment: 't', screeningAnswers: 's', phone: 'p', preferredDates: 'd' }
    expect(shownErrors(stateErrorsOf(errors, ['filler']))).toEqual(errors)
  })

  it('names the questions still unanswered, in the treatment’s order', () => {
    const treatment = { screeningQuestions: [{ id: 'filler' }, { id: 'infection' }, { id: 'pregnancy' }] }
    expect(unansweredQuestions(treatment, { infection: 'no' })).toEqual(['filler', 'pregnancy'])
    expect(unansweredQuestions(undefined, {})).toEqual([])
  })

  it('shows a given consent as the ticked box', () => {
    expect(fieldValuesOf({ ...emptyBookingFormValues, consent: true })).toMatchObject({ consent: 'yes' })
    expect(fieldValuesOf(emptyBookingFormValues)).not.toHaveProperty('consent')
  })
})
