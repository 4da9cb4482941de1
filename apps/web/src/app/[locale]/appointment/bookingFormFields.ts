import type { BookingField } from '@klinik/booking/schema'
import type { Locale } from '@klinik/config/locales'

/**
 * The booking form's field names, how a submitted form becomes a booking request, and where
 * each error is shown. Shared by the browser (validation as the patient types) and the server
 * action, so both read the form the same way.
 */

/** The form's id; every field's id is `booking-<field>` (Conform's `<form id>-<name>`). */
export const formId = 'booking'

export const formFields = {
  /** The signed per-render token (form key and render time); never part of the request. */
  token: 'formToken',
  /** Hidden from people, tempting to bots: anything in it means the sender is not a patient. */
  honeypot: 'website',
  /** One radio group per screening question: `screeningAnswers.<contraindication id>`. */
  screeningPrefix: 'screeningAnswers.',
} as const

/** Where an error is shown: a field of the form, or the whole form. */
export type ErrorTarget = Exclude<BookingField, 'locale' | 'privacyNoticeVersion'> | 'form'
export type BookingFormErrors = Partial<Record<ErrorTarget, string>>

/** What the patient typed, sent back with errors so that nothing has to be typed twice. */
export type BookingFormValues = {
  fullName: string
  phone: string
  email: string
  treatment: string
  preferredDates: string[]
  timeOfDay: string
  contactChannel: string
  message: string
  screeningAnswers: Record<string, string>
  consent: boolean
}

export const emptyBookingFormValues: BookingFormValues = {
  fullName: '',
  phone: '',
  email: '',
  treatment: '',
  preferredDates: [],
  timeOfDay: '',
  contactChannel: '',
  message: '',
  screeningAnswers: {},
  consent: false,
}

/** The order errors are listed and focused in: the order of the fields on the page. */
export const errorOrder: ErrorTarget[] = [
  'form',
  'treatment',
  'screeningAnswers',
  'fullName',
  'phone',
  'email',
  'contactChannel',
  'preferredDates',
  'timeOfDay',
  'message',
  'consent',
]

/** The text fields sent back to the form as typed. */
const echoedFields = ['fullName', 'phone', 'email', 'treatment', 'timeOfDay', 'contactChannel', 'message'] as const
type EchoedField = (typeof echoedFields)[number]

/** Longer than any field allows: enough to show the patient what they typed, never a megabyte back. */
const echoLimit = 2000

export type ReadBookingForm = {
  /** The request to validate: known fields mapped, unknown ones kept so that the strict rule refuses them. */
  input: Record<string, unknown>
  values: BookingFormValues
  token: string | null
  honeypotFilled: boolean
}

export function readBookingForm(form: FormData, locale: Locale): ReadBookingForm {
  const input: Record<string, unknown> = {}
  const screeningAnswers: Record<string, unknown> = {}
  const preferredDates: unknown[] = []
  const values: BookingFormValues = { ...emptyBookingFormValues, preferredDates: [], screeningAnswers: {} }
  let token: string | null = null
  let honeypotFilled = false

  const add = (target: Record<string, unknown>, key: string, value: unknown) => {
    // A field sent twice is not something the form does: pass both, and the rule refuses it.
    target[key] = key in target ? [target[key], value].flat() : value
  }

  for (const [name, value] of form.entries()) {
    // React's own fields for a server action sent without JavaScript.
    if (name.startsWith('$ACTION_')) continue
    const text = typeof value === 'string' ? value : null
    if (name === formFields.token) {
      token = text
    } else if (name === formFields.honeypot) {
      if (text?.trim()) honeypotFilled = true
    } else if (name.startsWith(formFields.screeningPrefix)) {
      const id = name.slice(formFields.screeningPrefix.length)
      if (text === '') continue // not answered
      add(screeningAnswers, id, value)
      if (text) values.screeningAnswers[id] = text.slice(0, 16)
    } else if (name === 'preferredDates') {
      if (text !== '') preferredDates.push(value)
      if (text) values.preferredDates.push(text.slice(0, 16))
    } else if (name === 'consent') {
      // A ticked box sends "yes"; anything else is left for the rule to refuse.
      add(input, 'consent', text === 'yes' ? true : value)
      values.consent = text === 'yes'
    } else {
      add(input, name, value)
      if (text !== null && (echoedFields as readonly string[]).includes(name)) values[name as EchoedField] = text.slice(0, echoLimit)
    }
  }
  if (preferredDates.length > 0) input.preferredDates = preferredDates
  input.screeningAnswers = screeningAnswers
  input.locale = locale
  return { input, values, token, honeypotFilled }
}

/** Errors in page order; fields the form does not show are reported on the form. */
export function orderedErrors(errors: Partial<Record<string, string>>): BookingFormErrors {
  const result: BookingFormErrors = {}
  for (const [field, message] of Object.entries(errors)) {
    if (!message) continue
    const target: ErrorTarget = field === 'privacyNoticeVersion' ? 'consent' : (errorOrder as string[]).includes(field) ? (field as ErrorTarget) : 'form'
    result[target] ??= message
  }
  return Object.fromEntries(errorOrder.filter((field) => result[field]).map((field) => [field, result[field]])) as BookingFormErrors
}

/** The screening question's radio group name. */
export const screeningField = (questionId: string) => `${formFields.screeningPrefix}${questionId}`

/** The form state's errors (Conform's: messages by field name, `''` for the whole form) as shown: one per target, in page order. */
export function shownErrors(stateErrors: Record<string, string[] | null | undefined>): BookingFormErrors {
  const errors: Partial<Record<string, string>> = {}
  for (const [name, messages] of Object.entries(stateErrors)) {
    const field = name === '' ? 'form' : name.startsWith(formFields.screeningPrefix) ? 'screeningAnswers' : name
    if (messages?.[0]) errors[field] ??= messages[0]
  }
  return orderedErrors(errors)
}

/**
 * Errors as the form state keeps them. An unanswered screening question holds the screening
 * error itself: leaving it unanswered shows the error, and focus goes to it.
 */
export function stateErrorsOf(errors: BookingFormErrors, unansweredQuestionIds: readonly string[]): Record<string, string[]> {
  const result: Record<string, string[]> = {}
  for (const [target, message] of Object.entries(errors) as [ErrorTarget, string][]) {
    if (target === 'form') result[''] = [message]
    else if (target === 'screeningAnswers' && unansweredQuestionIds.length > 0) for (const id of unansweredQuestionIds) result[screeningField(id)] = [message]
    else result[target] = [message]
  }
  return result
}

/** The questions of a treatment that have no answer yet. */
export function unansweredQuestions(treatment: { screeningQuestions: { id: string }[] } | undefined, answers: Record<string, string>): string[] {
  return treatment?.screeningQuestions.filter((question) => !answers[question.id]).map((question) => question.id) ?? []
}

/** The form's fields as the browser sends them, each one's value as it is shown again. */
export type BookingFormFieldValues = Omit<BookingFormValues, 'consent'> & { consent?: 'yes' }

export function fieldValuesOf(values: BookingFormValues): BookingFormFieldValues {
  const { consent, ...rest } = values
  return consent ? { ...rest, consent: 'yes' } : rest
}
