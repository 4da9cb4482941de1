'use server'

import { getTranslations } from 'next-intl/server'
import { headers } from 'next/headers'

import { bookingErrorMessages } from '@klinik/booking/messages'
import { newBookingReference } from '@klinik/booking/reference'
import { clientAddress } from '@klinik/config/clientAddress'
import { defaultLocale, isLocale, type Locale } from '@klinik/config/locales'

import { redirect } from '@/i18n/navigation'
import { issueFormToken, issueReceipt, readFormToken } from '@/lib/bookingFormToken'
import { listBookableTreatments, sendBookingRequest } from '@/lib/cms/bookings'
import { webEnv } from '@/lib/env'

import { emptyBookingFormValues, orderedErrors, readBookingForm, type BookingFormErrors, type BookingFormValues } from './bookingFormFields'
import { checkBookingForm } from './checkBookingForm'

export type BookingFormState = {
  /** `failed`: nothing was stored (the CMS is down or refused); the clinic's phone is shown. */
  status: 'editing' | 'invalid' | 'failed'
  values: BookingFormValues
  errors: BookingFormErrors
  /** The token the next submit carries: the same one after a failure, so a retry stores once. */
  token: string
  /** Counts the server's answers: each one re-renders the form with what it sent back. */
  attempt: number
}

/** The patient's address, from the header the proxy in front of this server overwrites (one rule: @klinik/config/clientAddress). */
async function patientAddress(): Promise<string | null> {
  return clientAddress(await headers(), webEnv().patientAddressHeader)
}

/** "Received", with the reference the CMS gave — or a made-up one for a bot, which is never told it was caught. */
function showReceived(locale: Locale, reference: string): never {
  return redirect({ href: { pathname: '/appointment/received', query: { r: issueReceipt(reference) } }, locale })
}

/**
 * The booking form's server action (works with JavaScript off: React posts the form and
 * renders the returned state). The locale is bound by the page: Next's root params do not
 * reach server actions. Nothing is "received" unless the CMS answered with a reference.
 */
export async function requestAppointment(boundLocale: Locale, previous: BookingFormState | undefined, form: FormData): Promise<BookingFormState> {
  const locale = isLocale(boundLocale) ? boundLocale : defaultLocale
  const t = await getTranslations({ locale, namespace: 'BookingForm' })
  const messages = bookingErrorMessages[locale]
  const now = Date.now()
  const minFillMs = webEnv().bookingMinFillSeconds * 1000
  // The arguments arrive from the browser and can be anything: only a form is a request.
  if (!(form instanceof FormData)) {
    return { status: 'invalid', values: emptyBookingFormValues, errors: { form: messages.requestUnreadable }, token: issueFormToken(now), attempt: 1 }
  }
  if (typeof previous !== 'object' || previous === null || typeof previous.attempt !== 'number') previous = undefined
  const read = readBookingForm(form, locale)
  const { values, token, honeypotFilled } = read
  const state = (status: BookingFormState['status'], errors: BookingFormErrors, nextToken: string): BookingFormState => ({
    status,
    values,
    errors,
    token: nextToken,
    attempt: (previous?.attempt ?? 0) + 1,
  })

  const formToken = readFormToken(token, now)
  if (!formToken) {
    // An old or damaged form: a fresh token and one more click, with everything typed kept.
    return state('invalid', { form: t('expired') }, issueFormToken(now, { reissued: true }))
  }
  if (honeypotFilled) showReceived(locale, newBookingReference())
  if (now - formToken.renderedAt < minFillMs) {
    // A person who was just asked to check and send again may be quick: tell them, store nothing.
    if (formToken.reissued) return state('invalid', { form: t('sendAgain') }, token!)
    showReceived(locale, newBookingReference())
  }

  let treatments
  try {
    treatments = await listBookableTreatments(locale)
  } catch {
    return state('failed', { form: t('unavailable') }, token!)
  }
  // Answers to another treatment's questions (a patient who switched treatment without JavaScript) are not sent.
  const { errors, request } = checkBookingForm(read, treatments, locale)
  if (!request) return state('invalid', errors, token!)

  const result = await sendBookingRequest(request, formToken.nonce, await patientAddress())
  if (result.outcome === 'stored') showReceived(locale, result.reference)
  if (result.outcome === 'unavailable') return state('failed', { form: t('unavailable') }, token!)
  if (result.status === 429) return state('failed', { form: messages.tooManyRequests }, token!)
  // The same form sent with other details after an earlier send was stored: a new form key.
  const nextToken = result.status === 409 && result.errors.form ? issueFormToken(now, { reissued: true }) : token!
  return state('invalid', orderedErrors(result.errors), nextToken)
}
