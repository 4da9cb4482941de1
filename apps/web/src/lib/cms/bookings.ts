import 'server-only'

import type { Treatment } from '@klinik/cms-types/payload-types'
import { bookingReferencePattern } from '@klinik/booking/reference'
import type { BookingRequest } from '@klinik/booking/schema'
import { screeningQuestionsOf } from '@klinik/booking/screening'
import { cacheTags } from '@klinik/config/cacheTags'
import type { Locale } from '@klinik/config/locales'
import { sharedSecretHeader } from '@klinik/signing/sharedSecret'

import { webEnv } from '../env'
import { cmsGet, type List } from './transport'

export type ScreeningQuestion = { id: string; question: string }
export type BookableTreatment = { id: string; title: string; slug: string; screeningQuestions: ScreeningQuestion[] }

/**
 * Treatments a patient can request in this language, each with the screening questions of its
 * published contraindications. Questions use the CMS's locale fallback, as the intake does
 * when it checks the answers: a question not yet translated is asked in Turkish rather than
 * not at all. The treatment itself must exist in this language (title and slug there).
 */
export async function listBookableTreatments(locale: Locale): Promise<BookableTreatment[]> {
  const list = await cmsGet<List<Treatment>>(
    '/treatments',
    { locale, where: { and: [{ title: { exists: true } }, { slug: { exists: true } }] }, depth: 1, limit: 100, sort: 'title' },
    { tags: [cacheTags.treatments, cacheTags.contraindications] },
  )
  return list.docs
    .filter((doc) => doc.title && doc.slug)
    .map((doc) => ({
      id: doc.id,
      title: doc.title,
      slug: doc.slug!,
      screeningQuestions: screeningQuestionsOf(doc.contraindications).map((entry) => ({ id: entry.id, question: entry.screeningQuestion })),
    }))
}

export type IntakeResult =
  | { outcome: 'stored'; reference: string }
  /** The CMS looked at the request and said no: its messages, per field, in the patient's language. */
  | { outcome: 'refused'; status: number; errors: Record<string, string> }
  /** Nothing is known to be stored: the CMS is down, too slow or failed. */
  | { outcome: 'unavailable' }

/**
 * Sends one validated booking request to the CMS intake. The form key makes a retry of the
 * same request store once. The patient's address travels with the shared intake secret so
 * the CMS can rate-limit per patient rather than per web server.
 */
export async function sendBookingRequest(request: BookingRequest, idempotencyKey: string, patientAddress: string | null): Promise<IntakeResult> {
  const { cmsUrl, intakeSecret, clientIpHeader } = webEnv()
  // Content-Language: the CMS answers in the patient's language even before it reads the body.
  const headers: Record<string, string> = { 'Content-Type': 'application/json', Accept: 'application/json', 'Content-Language': request.locale }
  if (intakeSecret) {
    headers[sharedSecretHeader.intake] = intakeSecret
    if (patientAddress) headers[clientIpHeader] = patientAddress
  }
  let response: Response
  try {
    response = await fetch(`${cmsUrl}/api/bookings/intake`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ idempotencyKey, request }),
      cache: 'no-store',
      signal: AbortSignal.timeout(15_000),
    })
  } catch (error) {
    console.error(`Booking intake unreachable: ${error instanceof Error ? error.name : 'error'}`)
    return { outcome: 'unavailable' }
  }
  const body = (await response.json().catch(() => null)) as { reference?: unknown; errors?: unknown } | null
  if (response.ok && typeof body?.reference === 'string' && bookingReferencePattern.test(body.reference)) {
    return { outcome: 'stored', reference: body.reference }
  }
  if (response.status >= 400 && response.status < 500 && body && typeof body.errors === 'object' && body.errors) {
    const errors = Object.fromEntries(Object.entries(body.errors).filter((entry): entry is [string, string] => typeof entry[1] === 'string'))
    if (Object.keys(errors).length > 0) return { outcome: 'refused', status: response.status, errors }
  }
  // Never the request in the log: it may hold health answers.
  console.error(`Booking intake answered ${response.status}`)
  return { outcome: 'unavailable' }
}
