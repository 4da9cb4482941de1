import { createHash } from 'node:crypto'
import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Endpoint,
  type Payload,
  type PayloadRequest,
  type RequiredDataFromCollectionSlug,
} from 'payload'
import { z } from 'zod'

import { bookingFieldErrors, createBookingRequestSchema, type BookingRequest } from '@klinik/booking/schema'
import { bookingErrorMessages, type BookingErrorKey } from '@klinik/booking/messages'
import { newBookingReference } from '@klinik/booking/reference'
import { checkScreeningAnswers, hasAbsoluteContraindication, screeningQuestionsOf } from '@klinik/booking/screening'
import { defaultLocale, isLocale, type Locale } from '@klinik/config/locales'
import { sameSecret, sharedSecretHeader } from '@klinik/signing/sharedSecret'

import { readJsonBody } from '../../../http/readJsonBody'
import { queueBookingEmails } from '../../../jobs/bookingEmails'
import { intakeRetryAfter, type IntakeSettings } from '../intakeRateLimit'

const envelopeSchema = z.strictObject({
  /** Made per form render by the web app: the same key twice stores once. */
  idempotencyKey: z
    .string()
    .min(16)
    .max(200)
    .regex(/^[\w.-]+$/),
  request: z.unknown(),
})

/**
 * The largest intake body: a request at every field's limit (1,000-character message, 40
 * screening answers, three dates) is under 8 kB of JSON; Turkish letters take two bytes each.
 */
export const maxIntakeBodyBytes = 32 * 1024

const json = (body: unknown, status: number) => Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } })

function fail(locale: Locale, status: number, key: BookingErrorKey, field: string = 'form') {
  return json({ errors: { [field]: bookingErrorMessages[locale][key] } }, status)
}

/** The fingerprint of the consent text the patient saw: which notice version, which words. */
export function consentTextHash(version: string, locale: Locale, text: string): string {
  return createHash('sha256').update(`${version}\n${locale}\n${text}`).digest('hex')
}

/**
 * Intake writes run one at a time in this process, which makes the "is this form key stored
 * yet?" check and the write atomic on SQLite (one CMS process). With several CMS processes on
 * MongoDB, the unique index on the form key settles races instead.
 */
let intakeQueue: Promise<unknown> = Promise.resolve()
function oneAtATime<T>(task: () => Promise<T>): Promise<T> {
  const run = intakeQueue.then(task, task)
  intakeQueue = run.catch(() => undefined)
  return run
}

const hashRequest = (request: BookingRequest) => createHash('sha256').update(JSON.stringify(request)).digest('hex')

/**
 * POST /api/bookings/intake — the only way a booking request enters the CMS. Validates with
 * the shared booking rule, re-checks what only the CMS knows (the treatment is published,
 * the screening questions are that treatment's, the privacy notice version is current),
 * computes the screening flag and the consent receipt, and stores the request once per
 * form key. Answers only the reference: the stored document is never echoed.
 */
export const bookingIntake: Endpoint = {
  path: '/intake',
  method: 'post',
  handler: async (req: PayloadRequest) => {
    // Until the body is read, the site says the patient's language in Content-Language.
    const declaredLocale = req.headers.get('content-language')?.trim().toLowerCase()
    let locale: Locale = isLocale(declaredLocale) ? declaredLocale : defaultLocale

    // Only the site may call: it has run the honeypot, the minimum fill time and the form token,
    // which a direct caller would skip. Checked before anything is read or counted.
    const intake = (req.payload.config.custom as { intake?: IntakeSettings }).intake
    if (!intake?.secret) return json({ error: 'the booking intake has no INTAKE_SECRET' }, 503)
    if (!sameSecret(req.headers.get(sharedSecretHeader.intake), intake.secret)) return json({ error: 'forbidden' }, 403)

    const retryAfter = await intakeRetryAfter(req, intake)
    if (retryAfter !== null) {
      return Response.json(
        { errors: { form: bookingErrorMessages[locale].tooManyRequests } },
        { status: 429, headers: { 'Retry-After': String(retryAfter), 'Cache-Control': 'no-store' } },
      )
    }

    const read = await readJsonBody(req, maxIntakeBodyBytes)
    if (!read.ok) return fail(locale, read.status, read.status === 413 ? 'requestTooLarge' : 'requestUnreadable')
    const body = read.value
    const requestedLocale = (body as { request?: { locale?: unknown } } | null)?.request?.locale
    if (isLocale(requestedLocale)) locale = requestedLocale

    const envelope = envelopeSchema.safeParse(body)
    if (!envelope.success) return fail(locale, 400, 'requestUnreadable')
    const parsed = createBookingRequestSchema().safeParse(envelope.data.request)
    if (!parsed.success) return json({ errors: bookingFieldErrors(parsed.error.issues, locale) }, 400)
    const request = parsed.data
    const { idempotencyKey } = envelope.data
    return oneAtATime(() => store(req.payload, request, idempotencyKey))
  },
}

/** The booking this form key already stored, with its hidden request fingerprint. */
async function storedWithKey(payload: Payload, idempotencyKey: string) {
  const found = await payload.find({
    collection: 'bookings',
    where: { idempotencyKey: { equals: idempotencyKey } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    showHiddenFields: true,
  })
  return found.docs[0]
}

/**
 * Stores the booking and queues its emails in one transaction (an outbox): both commit, or
 * neither, and the patient hears "received" only after both did. Sending happens later, in the
 * jobs runner: an SMTP outage delays mail, never the request.
 */
async function storeWithEmails(payload: Payload, data: RequiredDataFromCollectionSlug<'bookings'>) {
  const req = await createLocalReq({}, payload)
  const ownTransaction = await initTransaction(req)
  try {
    const stored = await payload.create({ collection: 'bookings', data, req, overrideAccess: true, depth: 0 })
    await queueBookingEmails(req, { id: String(stored.id), email: stored.email })
    if (ownTransaction) await commitTransaction(req)
    return stored
  } catch (error) {
    if (ownTransaction) await killTransaction(req)
    throw error
  }
}

/** Stores one validated request (or finds the one this form key already stored). */
async function store(payload: Payload, request: BookingRequest, idempotencyKey: string): Promise<Response> {
  const requestHash = hashRequest(request)
  try {
    const earlier = await storedWithKey(payload, idempotencyKey)
    if (earlier) {
      if (earlier.requestHash !== requestHash) return fail(request.locale, 409, 'requestReused')
      return json({ reference: earlier.reference }, 200)
    }

    const treatments = await payload.find({
      collection: 'treatments',
      where: { and: [{ id: { equals: request.treatment } }, { _status: { equals: 'published' } }] },
      locale: request.locale,
      depth: 1,
      limit: 1,
      overrideAccess: true,
    })
    const treatment = treatments.docs[0]
    if (!treatment) return fail(request.locale, 400, 'treatmentUnavailable', 'treatment')

    const questions = screeningQuestionsOf(treatment.contraindications)
    const screening = checkScreeningAnswers(
      request.screeningAnswers,
      questions.map((question) => question.id),
    )
    if (screening.unasked.length > 0) return fail(request.locale, 400, 'screeningAnswerInvalid', 'screeningAnswers')
    if (!screening.complete) return fail(request.locale, 400, 'screeningIncomplete', 'screeningAnswers')

    const settings = await payload.findGlobal({ slug: 'clinic-settings', locale: request.locale, depth: 0, overrideAccess: true })
    if (request.privacyNoticeVersion !== settings.privacyNoticeVersion) return fail(request.locale, 409, 'noticeChanged', 'consent')

    const screeningAnswers = questions.map((question) => ({
      contraindication: question.id,
      question: question.screeningQuestion,
      answer: request.screeningAnswers[question.id],
      severity: question.severity,
    }))
    const data = {
      status: 'new' as const,
      fullName: request.fullName,
      phone: request.phone,
      email: request.email,
      treatment: treatment.id,
      preferredDates: request.preferredDates.map((date) => ({ date })),
      timeOfDay: request.timeOfDay,
      contactChannel: request.contactChannel,
      locale: request.locale,
      message: request.message,
      screeningAnswers,
      contraindicationFlag: hasAbsoluteContraindication(screeningAnswers),
      consent: {
        noticeVersion: settings.privacyNoticeVersion,
        textHash: consentTextHash(settings.privacyNoticeVersion, request.locale, settings.consentText ?? ''),
        givenAt: new Date().toISOString(),
      },
      idempotencyKey,
      requestHash,
    }

    // A fresh reference; on the (rare) clash with an existing one, another.
    for (let attempt = 0; ; attempt += 1) {
      const reference = newBookingReference()
      const clash = await payload.count({ collection: 'bookings', where: { reference: { equals: reference } }, overrideAccess: true })
      if (clash.totalDocs > 0 && attempt < 5) continue
      const stored = await storeWithEmails(payload, { ...data, reference })
      return json({ reference: stored.reference }, 201)
    }
  } catch (error) {
    // A concurrent double submit with the same key loses the unique-index race: answer as the winner did.
    const again = await storedWithKey(payload, idempotencyKey).catch(() => undefined)
    if (again?.requestHash === requestHash) return json({ reference: again.reference }, 200)
    // Never the request's content in the log: it may hold health answers.
    payload.logger.error(`Booking intake could not store a request: ${error instanceof Error ? error.name : 'error'}`)
    return fail(request.locale, 503, 'storageUnavailable')
  }
}

/**
 * GET /api/bookings/intake — the site's start-up check: 204 when the X-Intake-Secret it sends
 * is ours, 403 when not, 503 when the CMS has no INTAKE_SECRET. Reads and stores nothing.
 */
export const bookingIntakeCheck: Endpoint = {
  path: '/intake',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    const secret = (req.payload.config.custom as { intake?: IntakeSettings }).intake?.secret
    const headers = { 'Cache-Control': 'no-store' }
    if (!secret) return Response.json({ error: 'the booking intake has no INTAKE_SECRET' }, { status: 503, headers })
    if (!sameSecret(req.headers.get(sharedSecretHeader.intake), secret)) return Response.json({ error: 'forbidden' }, { status: 403, headers })
    return new Response(null, { status: 204, headers })
  },
}
