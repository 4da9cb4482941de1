import { initI18n } from '@payloadcms/translations'
import { getCurrentDate, type PayloadRequest, type TaskConfig } from 'payload'
import { RateLimiterRes } from 'rate-limiter-flexible'

import { defaultLocale, isLocale, type Locale } from '@klinik/config/locales'

import { appointmentConfirmation, patientConfirmation, staffNotification, type BookingForEmail } from '../collections/Bookings/emails'
import type { DeliveryStatus } from '../collections/Bookings/emailDelivery'
import { recordEmailDelivery } from '../collections/Bookings/recordEmailDelivery'
import { recordEmailFailure, type EmailKind } from '../health/emailFailures'
import { requestRateLimiter } from '../rateLimits/databaseRateLimiter'

/**
 * Confirmation emails one recipient gets per day, however many requests name the address: the
 * form cannot be used to flood someone's inbox. Requests over it are stored as usual; only the
 * patient's confirmation is left out (staff still see the request and contact the patient).
 */
export const confirmationsPerRecipientPerDay = 3

/**
 * One key per mailbox: case, a `+tag` and (at Gmail) dots do not make a new recipient.
 */
export function mailboxKey(email: string): string {
  const [local = '', domain = ''] = email
    .trim()
    .toLowerCase()
    .split(/@(?=[^@]*$)/)
  const base = local.split('+')[0]
  const mailbox = domain === 'gmail.com' || domain === 'googlemail.com' ? base.replaceAll('.', '') : base
  return `${mailbox}@${domain === 'googlemail.com' ? 'gmail.com' : domain}`
}

/** Whether this address may get one more confirmation today (and counts it, in the request's transaction). */
async function confirmationAllowed(req: PayloadRequest, email: string): Promise<boolean> {
  const limiter = await requestRateLimiter(req, { keyPrefix: 'confirmation-mail', points: confirmationsPerRecipientPerDay, durationSeconds: 24 * 60 * 60 })
  try {
    await limiter.consume(mailboxKey(email))
    return true
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) return false
    throw rejection
  }
}

type Input = { input: { bookingId: string }; output: { sent: boolean } }

/**
 * Payload's i18n (with our words) in a given language. An email is written in its reader's
 * language, which is not the runner's: `req.t` in a job speaks the config's fallback language.
 */
const i18nIn = (req: PayloadRequest, language: Locale) => initI18n({ config: req.payload.config.i18n, context: 'api', language })

/** The booking as the emails need it, read fresh when the job runs (the job input is only the id). */
async function bookingForEmail(req: PayloadRequest, bookingId: string): Promise<(BookingForEmail & { locale: Locale }) | null> {
  const booking = await req.payload.findByID({ collection: 'bookings', id: bookingId, depth: 0, overrideAccess: true, disableErrors: true })
  if (!booking) return null
  const locale = isLocale(booking.locale) ? booking.locale : defaultLocale
  const treatment = await req.payload.findByID({
    collection: 'treatments',
    id: String(booking.treatment),
    locale,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })
  return {
    id: String(booking.id),
    reference: booking.reference,
    treatmentTitle: treatment?.title ?? '',
    preferredDates: (booking.preferredDates ?? []).map((row) => row.date),
    timeOfDay: booking.timeOfDay,
    contactChannel: booking.contactChannel,
    locale,
  }
}

const staffAddress = (req: PayloadRequest) => (req.payload.config.custom as { staffNotify?: string }).staffNotify

/**
 * How often, and how long, an email is tried again while SMTP fails. Payload waits `delay × 2^n`
 * after the n-th failed try (n from 0): 1.5, 3, 6, 12, 24 and 48 minutes, then 1.6, 3.2, 6.4 and
 * 12.8 hours. Eleven tries in all, the last about 25.6 hours after the first (each try may start up
 * to a minute after its time: the runner looks every minute). An outage of a day still delivers;
 * the first hour alone has six tries.
 */
export const emailRetries = { attempts: 10, backoff: { type: 'exponential', delay: 90_000 } } as const

/** How long after a failed try (the `tried`-th, counted from 0) the queue's last try is due. */
export function lastTryDueAfter(tried: number): number {
  const { attempts, backoff } = emailRetries
  return (2 ** attempts - 2 ** Math.min(tried, attempts)) * backoff.delay
}

/** A delivery state for the booking, from a task: logged, never thrown (the email must not be sent again for it). */
async function noteDelivery(req: PayloadRequest, bookingId: string, kind: EmailKind, status: DeliveryStatus): Promise<void> {
  try {
    await recordEmailDelivery(req, bookingId, { [kind]: status })
  } catch (error) {
    req.payload.logger.error(`Could not record an email's delivery on its booking: ${error instanceof Error ? error.name : 'error'}`)
  }
}

/**
 * A failed try: the health check's record, and the booking's state. `taskStatus` counts the tries
 * before this one; Payload gives up when they reach `attempts` (handleTaskError), and so does this.
 */
function onEmailFail(kind: EmailKind): NonNullable<TaskConfig['onFail']> {
  const recordForHealth = recordEmailFailure(kind)
  return async (args) => {
    await recordForHealth(args)
    const bookingId = (args.input as Partial<Input['input']> | undefined)?.bookingId
    if (!bookingId) return
    // The jobs system's clock (tests move it to cross the retry schedule).
    const now = getCurrentDate()
    const tried = args.taskStatus?.totalTried ?? 0
    await noteDelivery(
      args.req,
      bookingId,
      kind,
      tried >= emailRetries.attempts
        ? { state: 'failed', lastTryAt: now.toISOString() }
        : { state: 'retrying', lastTryAt: now.toISOString(), retryUntil: new Date(now.getTime() + lastTryDueAfter(tried)).toISOString() },
    )
  }
}

/**
 * One booking email as a task: `send` returns whether there was something to send (no address, a
 * cancelled or erased request: nothing, and that is no failure); a throw is a failed try.
 */
function bookingEmailTask(
  slug: (typeof bookingEmailTaskSlugs)[number],
  kind: EmailKind,
  send: (req: PayloadRequest, bookingId: string) => Promise<boolean>,
): TaskConfig<Input> {
  return {
    slug,
    retries: emailRetries,
    onFail: onEmailFail(kind),
    inputSchema: [{ name: 'bookingId', type: 'text', required: true }],
    outputSchema: [{ name: 'sent', type: 'checkbox' }],
    handler: async ({ input, req }) => {
      const sent = await send(req, input.bookingId)
      await noteDelivery(req, input.bookingId, kind, { state: sent ? 'sent' : 'skipped', lastTryAt: getCurrentDate().toISOString() })
      return { output: { sent } }
    },
  }
}

/** The booking emails' tasks (the health check counts those being retried). */
export const bookingEmailTaskSlugs = ['bookingStaffNotification', 'bookingConfirmation', 'bookingAppointmentConfirmation'] as const

/** Tells the clinic a request arrived. */
export const bookingStaffNotificationTask = bookingEmailTask('bookingStaffNotification', 'staff-notice', async (req, bookingId) => {
  const to = staffAddress(req)
  const booking = to ? await bookingForEmail(req, bookingId) : null
  if (!to || !booking) return false
  // In the clinic's language, whoever the patient is.
  const i18n = await i18nIn(req, defaultLocale)
  await req.payload.sendEmail({ to, ...staffNotification(booking, `${req.payload.config.serverURL}/admin`, i18n) })
  return true
})

/** Confirms to the patient, in their language, that the request was stored. */
export const bookingConfirmationTask = bookingEmailTask('bookingConfirmation', 'patient-confirmation', async (req, bookingId) => {
  const stored = await req.payload.findByID({ collection: 'bookings', id: bookingId, depth: 0, overrideAccess: true, disableErrors: true })
  const booking = stored?.email ? await bookingForEmail(req, bookingId) : null
  if (!stored?.email || !booking) return false
  const clinic = await req.payload.findGlobal({ slug: 'clinic-settings', locale: booking.locale, depth: 0, overrideAccess: true })
  const i18n = await i18nIn(req, booking.locale)
  await req.payload.sendEmail({ to: stored.email, ...patientConfirmation(booking, clinic.name ?? 'Klinik', clinic.phone ?? '', i18n) })
  return true
})

/** Sends the patient the confirmed date and time with a calendar invite, in their language. */
export const bookingAppointmentConfirmationTask = bookingEmailTask('bookingAppointmentConfirmation', 'appointment-invite', async (req, bookingId) => {
  const booking = await req.payload.findByID({ collection: 'bookings', id: bookingId, depth: 0, overrideAccess: true, disableErrors: true })
  // Cancelled or erased since it was queued, or no address to write to: the clinic confirms by phone.
  if (!booking?.email || booking.status !== 'scheduled' || !booking.scheduledAt) return false
  const locale = isLocale(booking.locale) ? booking.locale : defaultLocale
  const [treatment, clinic, i18n] = await Promise.all([
    req.payload.findByID({ collection: 'treatments', id: String(booking.treatment), locale, depth: 0, overrideAccess: true, disableErrors: true }),
    req.payload.findGlobal({ slug: 'clinic-settings', locale, depth: 0, overrideAccess: true }),
    i18nIn(req, locale),
  ])
  const message = appointmentConfirmation(
    {
      id: String(booking.id),
      reference: booking.reference,
      treatmentTitle: treatment?.title ?? '',
      startsAt: booking.scheduledAt,
      durationMinutes: treatment?.sessionPlan?.sessionMinutes || 60,
      sequence: Math.max(0, Math.floor((Date.now() - new Date(booking.createdAt).getTime()) / 1000)),
    },
    {
      name: clinic.name ?? 'Klinik',
      phone: clinic.phone ?? '',
      address: clinic.address ?? '',
      domain: new URL(req.payload.config.serverURL || 'http://klinik.local').hostname,
    },
    i18n,
  )
  await req.payload.sendEmail({ to: booking.email, ...message })
  return true
})

/**
 * Queues the emails of a booking being stored, inside its transaction (`req`): the staff notice,
 * and the patient's confirmation when the request gave an address that has not had its day's
 * confirmations. The jobs and the booking commit together or not at all (the outbox): a request
 * acknowledged to the patient always has its emails queued, and the runner, which only sees
 * committed rows, never picks up the email of a booking that is not there. The confirmation is
 * counted here, once per booking (inside the transaction on SQLite, beside it on MongoDB): a retry
 * of the email never counts again. Throws when something cannot be written; the caller then rolls
 * the booking back.
 */
export async function queueBookingEmails(req: PayloadRequest, booking: { id: string; email?: string | null }): Promise<void> {
  const confirm = booking.email ? await confirmationAllowed(req, booking.email) : false
  if (booking.email && !confirm) req.payload.logger.info('A booking confirmation was left out: its address had the day’s confirmations already')
  const input = { bookingId: booking.id }
  await req.payload.jobs.queue({ task: 'bookingStaffNotification', input, req })
  if (confirm) await req.payload.jobs.queue({ task: 'bookingConfirmation', input, req })
  await recordEmailDelivery(req, booking.id, {
    'staff-notice': { state: 'pending' },
    ...(booking.email ? { 'patient-confirmation': { state: confirm ? 'pending' : 'skipped' } } : {}),
  })
}
