import { bookingErrorMessages } from '@klinik/booking/messages'
import { bookingFieldErrors, createBookingRequestSchema, type BookingRequest } from '@klinik/booking/schema'
import { checkScreeningAnswers } from '@klinik/booking/screening'
import type { Locale } from '@klinik/config/locales'

import { orderedErrors, type BookingFormErrors, type ReadBookingForm } from './bookingFormFields'

/** A treatment the form offers, with the ids of the screening questions it asks. */
export type BookableTreatment = { id: string; screeningQuestions: { id: string }[] }

export type BookingFormCheck = { errors: BookingFormErrors; request: null } | { errors: Record<string, never>; request: BookingRequest }

/**
 * The booking rule applied to a read form, the same in the browser (loaded after the page: it
 * holds zod and the phone metadata) and in the server action: the shared schema, then the chosen
 * treatment, which must be bookable, and all of its screening questions answered. Answers to
 * questions the treatment does not ask (the patient changed the treatment) are not sent on.
 */
export function checkBookingForm({ input, values }: ReadBookingForm, treatments: readonly BookableTreatment[], locale: Locale): BookingFormCheck {
  const messages = bookingErrorMessages[locale]
  const parsed = createBookingRequestSchema().safeParse(input)
  const errors: Partial<Record<string, string>> = parsed.success ? {} : bookingFieldErrors(parsed.error.issues, locale)
  const treatment = treatments.find((entry) => entry.id === values.treatment)
  if (values.treatment && !treatment) errors.treatment ??= messages.treatmentUnavailable
  const screening = checkScreeningAnswers(
    (input.screeningAnswers ?? {}) as Record<string, unknown>,
    treatment?.screeningQuestions.map((question) => question.id) ?? [],
  )
  if (treatment && !screening.complete) errors.screeningAnswers ??= messages.screeningIncomplete
  if (!parsed.success || Object.keys(errors).length > 0) return { errors: orderedErrors(errors), request: null }
  return { errors: {}, request: { ...parsed.data, screeningAnswers: screening.answers as BookingRequest['screeningAnswers'] } }
}
