import { initI18n } from '@payloadcms/translations'
import type { Payload, PayloadRequest, TaskConfig } from 'payload'
import { RateLimiterRes } from 'rate-limiter-flexible'

import { defaultLocale, isLocale, type Locale } from '@klinik/config/locales'

import { appointmentConfirmation, patientConfirmation, staffNotification, type BookingForEmail } from '../collections/Bookings/emails'
import { recordEmailFailure } from '../health/emailFailures'
import { databaseRateLimiter } from '../rateLimits/databaseRateLimiter'

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

/** Whether this address may get one more confirmation today (and counts it). */
async function confirmationAllowed(payload: Payload, email: string): Promise<boolean> {
  try {
    await databaseRateLimiter(payload, { keyPrefix: 'confirmation-mail', points: confirmationsPerRecipientPerDay, durationSeconds: 24 * 60 * 60 }).consume(
      mailboxKey(email),
    )
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

/** Tells the clinic a request arrived. Retried (each minute, by the jobs runner) while SMTP is down. */
export const bookingStaffNotificationTask: TaskConfig<Input> = {
  slug: 'bookingStaffNotification',
  retries: 20,
  onFail: recordEmailFailure('staff-notice'),
  inputSchema: [{ name: 'bookingId', type: 'text', required: true }],
  outputSchema: [{ name: 'sent', type: 'checkbox' }],
  handler: async ({ input, req }) => {
    const to = staffAddress(req)
    const booking = to ? await bookingForEmail(req, input.bookingId) : null
    if (!to || !booking) return { output: { sent: false } }
    // In the clinic's language, whoever the patient is.
    const i18n = await i18nIn(req, defaultLocale)
    await req.payload.sendEmail({ to, ...staffNotification(booking, `${req.payload.config.serverURL}/admin`, i18n) })
    return { output: { sent: true } }
  },
}

/** Confirms to the patient, in their language, that the request was stored. */
export const bookingConfirmationTask: TaskConfig<Input> = {
  slug: 'bookingConfirmation',
  retries: 20,
  onFail: recordEmailFailure('patient-confirmation'),
  inputSchema: [{ name: 'bookingId', type: 'text', required: true }],
  outputSchema: [{ name: 'sent', type: 'checkbox' }],
  handler: async ({ input, req }) => {
    const stored = await req.payload.findByID({ collection: 'bookings', id: input.bookingId, depth: 0, overrideAccess: true, disableErrors: true })
    const booking = stored?.email ? await bookingForEmail(req, input.bookingId) : null
    if (!stored?.email || !booking) return { output: { sent: false } }
    const clinic = await req.payload.findGlobal({ slug: 'clinic-settings', locale: booking.locale, depth: 0, overrideAccess: true })
    const i18n = await i18nIn(req, booking.locale)
    await req.payload.sendEmail({ to: stored.email, ...patientConfirmation(booking, clinic.name ?? 'Klinik', clinic.phone ?? '', i18n) })
    return { output: { sent: true } }
  },
}

/** Sends the patient the confirmed date and time with a calendar invite, in their language. */
export const bookingAppointmentConfirmationTask: TaskConfig<Input> = {
  slug: 'bookingAppointmentConfirmation',
  retries: 20,
  onFail: recordEmailFailure('appointment-invite'),
  inputSchema: [{ name: 'bookingId', type: 'text', required: true }],
  outputSchema: [{ name: 'sent', type: 'checkbox' }],
  handler: async ({ input, req }) => {
    const booking = await req.payload.findByID({ collection: 'bookings', id: input.bookingId, depth: 0, overrideAccess: true, disableErrors: true })
    // Cancelled or erased since it was queued, or no address to write to: the clinic confirms by phone.
    if (!booking?.email || booking.status !== 'scheduled' || !booking.scheduledAt) return { output: { sent: false } }
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
    return { output: { sent: true } }
  },
}

/**
 * Queues the emails for a stored booking: the staff notice, and the patient's confirmation when
 * the request gave an address that has not had its day's confirmations. Never throws: an email
 * problem must not turn a stored request into an error for the patient; the jobs runner sends
 * them when it can.
 */
export async function queueBookingEmails(payload: Payload, booking: { id: string; email?: string | null }): Promise<void> {
  const tasks: ('bookingStaffNotification' | 'bookingConfirmation')[] = ['bookingStaffNotification']
  try {
    if (booking.email && (await confirmationAllowed(payload, booking.email))) tasks.push('bookingConfirmation')
    else if (booking.email) payload.logger.info('A booking confirmation was left out: its address had the day’s confirmations already')
  } catch (error) {
    payload.logger.error(`Could not count a booking confirmation: ${error instanceof Error ? error.name : 'error'}`)
  }
  for (const task of tasks) {
    try {
      await payload.jobs.queue({ task, input: { bookingId: booking.id } })
    } catch (error) {
      payload.logger.error(`Could not queue ${task} for a booking: ${error instanceof Error ? error.name : 'error'}`)
    }
  }
}
