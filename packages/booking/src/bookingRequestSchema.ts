import { parsePhoneNumberFromString } from 'libphonenumber-js/max'
import { z } from 'zod'

import { locales, type Locale } from '@klinik/config/locales'

import { contactChannels, screeningAnswers, timesOfDay } from './bookingChoices'
import { addMonths, clinicToday, isCalendarDate } from './clinicDates'
import { bookingErrorMessages, type BookingErrorKey } from './messages'

export const limits = { fullName: 120, email: 254, phone: 32, message: 1000, dates: 3, monthsAhead: 6, screeningQuestions: 40 } as const

const error = (key: BookingErrorKey) => ({ error: key })

/**
 * Characters nobody types on purpose that change how text is stored or shown: C0 and C1 control
 * characters (a NUL cuts the text off in the database), DEL, and the bidirectional embeddings,
 * overrides and isolates (U+202A–U+202E, U+2066–U+2069), which reverse text in the admin list
 * and the CSV export. They are removed, not refused: a patient who pasted one never saw it.
 */
const invisibleControls = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g

/** Free text as it is kept: no invisible controls; line breaks only where the field has lines. */
export function cleanText(text: string, { multiline = false }: { multiline?: boolean } = {}): string {
  const lines = text
    .replace(/\r\n?|[\u2028\u2029]/g, '\n')
    .replace(/\t/g, ' ')
    .replace(invisibleControls, '')
  return (multiline ? lines : lines.replace(/\n+/g, ' ')).normalize('NFC')
}

/** Empty form fields count as "not given". */
const optionalText = (max: number, tooLong: BookingErrorKey) =>
  z
    .string()
    .transform((value) => cleanText(value, { multiline: true }))
    .pipe(z.string().trim().max(max, error(tooLong)))
    .optional()
    .transform((value) => (value ? value : undefined))

/** Turkish numbers with or without +90/0, and international numbers with their country code, to E.164. */
const phone = z
  .string()
  .trim()
  .max(limits.phone, error('phoneInvalid'))
  .optional()
  .transform((value, context) => {
    if (!value) return undefined
    const parsed = parsePhoneNumberFromString(value, 'TR')
    if (!parsed?.isValid()) {
      context.addIssue({ code: 'custom', message: 'phoneInvalid' })
      return z.NEVER
    }
    return parsed.number as string
  })

/**
 * A booking request as the patient sends it. `today` (the clinic's calendar date) is a
 * parameter so that the rule is the same on every server and testable on any day.
 */
export function createBookingRequestSchema({ today = clinicToday() }: { today?: string } = {}) {
  const latest = addMonths(today, limits.monthsAhead)
  const preferredDate = z
    .string(error('dateInvalid'))
    .refine(isCalendarDate, error('dateInvalid'))
    .refine((date) => date >= today, error('datePast'))
    .refine((date) => date <= latest, error('dateTooFar'))

  return z
    .strictObject(
      {
        fullName: z
          .string(error('fullNameRequired'))
          .transform((name) => cleanText(name))
          .pipe(z.string().trim().min(2, error('fullNameRequired')).max(limits.fullName, error('fullNameTooLong'))),
        phone,
        email: z
          .string()
          .trim()
          .max(limits.email, error('emailInvalid'))
          .optional()
          .transform((value) => (value ? value : undefined))
          .pipe(z.email(error('emailInvalid')).optional()),
        treatment: z.string(error('treatmentRequired')).trim().min(1, error('treatmentRequired')).max(64, error('treatmentRequired')),
        preferredDates: z
          .array(preferredDate, error('datesRequired'))
          .min(1, error('datesRequired'))
          .max(limits.dates, error('datesTooMany'))
          .refine((dates) => new Set(dates).size === dates.length, error('datesRepeated')),
        timeOfDay: z.enum(timesOfDay, error('timeOfDayRequired')),
        contactChannel: z.enum(contactChannels, error('contactChannelRequired')),
        message: optionalText(limits.message, 'messageTooLong'),
        screeningAnswers: z
          .record(z.string().min(1).max(64), z.enum(screeningAnswers, error('screeningAnswerInvalid')), error('screeningAnswerInvalid'))
          .refine((answers) => Object.keys(answers).length <= limits.screeningQuestions, error('screeningAnswerInvalid'))
          .default({}),
        consent: z.literal(true, error('consentRequired')),
        /** The privacy notice version the patient was shown; the CMS checks it is still current. */
        privacyNoticeVersion: z.string(error('consentRequired')).trim().min(1, error('consentRequired')).max(40, error('consentRequired')),
        locale: z.enum(locales, error('localeInvalid')),
      },
      error('unknownField'),
    )
    .superRefine((request, context) => {
      if ((request.contactChannel === 'phone' || request.contactChannel === 'whatsapp') && !request.phone) {
        context.addIssue({ code: 'custom', path: ['phone'], message: 'phoneRequired' })
      }
      if (request.contactChannel === 'email' && !request.email) {
        context.addIssue({ code: 'custom', path: ['email'], message: 'emailRequired' })
      }
    })
}

export type BookingRequestInput = z.input<ReturnType<typeof createBookingRequestSchema>>
export type BookingRequest = z.output<ReturnType<typeof createBookingRequestSchema>>
export type BookingField = keyof BookingRequest

/**
 * One message per field, in the patient's language (the first problem of each field).
 * Unknown fields are reported under `form`.
 */
export function bookingFieldErrors(issues: z.core.$ZodIssue[], locale: Locale): Partial<Record<BookingField | 'form', string>> {
  const messages = bookingErrorMessages[locale]
  const result: Partial<Record<BookingField | 'form', string>> = {}
  for (const issue of issues) {
    const field = issue.code === 'unrecognized_keys' ? 'form' : ((issue.path[0] as BookingField | undefined) ?? 'form')
    if (result[field]) continue
    const key = (issue.code === 'unrecognized_keys' ? 'unknownField' : issue.message) as BookingErrorKey
    result[field] = messages[key] ?? messages.unknownField
  }
  return result
}
