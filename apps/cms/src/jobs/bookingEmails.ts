import type { Payload, PayloadRequest, TaskConfig } from 'payload'

import { isLocale } from '@klinik/config/locales'

import { appointmentConfirmation, patientConfirmation, staffNotification, type BookingForEmail } from '../collections/Bookings/emails'

type Input = { input: { bookingId: string }; output: { sent: boolean } }

/** The booking as the emails need it, read fresh when the job runs (the job input is only the id). */
async function bookingForEmail(req: PayloadRequest, bookingId: string): Promise<BookingForEmail | null> {
  const booking = await req.payload.findByID({ collection: 'bookings', id: bookingId, depth: 0, overrideAccess: true, disableErrors: true })
  if (!booking) return null
  const locale = isLocale(booking.locale) ? booking.locale : 'tr'
  const treatment = await req.payload.findByID({ collection: 'treatments', id: String(booking.treatment), locale, depth: 0, overrideAccess: true, disableErrors: true })
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
  inputSchema: [{ name: 'bookingId', type: 'text', required: true }],
  outputSchema: [{ name: 'sent', type: 'checkbox' }],
  handler: async ({ input, req }) => {
    const to = staffAddress(req)
    const booking = to ? await bookingForEmail(req, input.bookingId) : null
    if (!to || !booking) return { output: { sent: false } }
    await req.payload.sendEmail({ to, ...staffNotification(booking, `${req.payload.config.serverURL}/admin`) })
    return { output: { sent: true } }
  },
}

/** Confirms to the patient, in their language, that the request was stored. */
export const bookingConfirmationTask: TaskConfig<Input> = {
  slug: 'bookingConfirmation',
  retries: 20,
  inputSchema: [{ name: 'bookingId', type: 'text', required: true }],
  outputSchema: [{ name: 'sent', type: 'checkbox' }],
  handler: async ({ input, req }) => {
    const stored = await req.payload.findByID({ collection: 'bookings', id: input.bookingId, depth: 0, overrideAccess: true, disableErrors: true })
    const booking = stored?.email ? await bookingForEmail(req, input.bookingId) : null
    if (!stored?.email || !booking) return { output: { sent: false } }
    const clinic = await req.payload.findGlobal({ slug: 'clinic-settings', locale: booking.locale, depth: 0, overrideAccess: true })
    await req.payload.sendEmail({ to: stored.email, ...patientConfirmation(booking, clinic.name ?? 'Klinik', clinic.phone ?? '') })
    return { output: { sent: true } }
  },
}

/** Sends the patient the confirmed date and time with a calendar invite, in their language. */
export const bookingAppointmentConfirmationTask: TaskConfig<Input> = {
  slug: 'bookingAppointmentConfirmation',
  retries: 20,
  inputSchema: [{ name: 'bookingId', type: 'text', required: true }],
  outputSchema: [{ name: 'sent', type: 'checkbox' }],
  handler: async ({ input, req }) => {
    const booking = await req.payload.findByID({ collection: 'bookings', id: input.bookingId, depth: 0, overrideAccess: true, disableErrors: true })
    // Cancelled or erased since it was queued, or no address to write to: the clinic confirms by phone.
    if (!booking?.email || booking.status !== 'scheduled' || !booking.scheduledAt) return { output: { sent: false } }
    const locale = isLocale(booking.locale) ? booking.locale : 'tr'
    const [treatment, clinic] = await Promise.all([
      req.payload.findByID({ collection: 'treatments', id: String(booking.treatment), locale, depth: 0, overrideAccess: true, disableErrors: true }),
      req.payload.findGlobal({ slug: 'clinic-settings', locale, depth: 0, overrideAccess: true }),
    ])
    const message = appointmentConfirmation(
      {
        id: String(booking.id),
        reference: booking.reference,
        treatmentTitle: treatment?.title ?? '',
        startsAt: booking.scheduledAt,
        durationMinutes: treatment?.sessionPlan?.sessionMinutes || 60,
        locale,
        sequence: Math.max(0, Math.floor((Date.now() - new Date(booking.createdAt).getTime()) / 1000)),
      },
      { name: clinic.name ?? 'Klinik', phone: clinic.phone ?? '', address: clinic.address ?? '', domain: new URL(req.payload.config.serverURL || 'http://klinik.local').hostname },
    )
    await req.payload.sendEmail({ to: booking.email, ...message })
    return { output: { sent: true } }
  },
}

/**
 * Queues both emails for a stored booking. Never throws: an email problem must not turn a
 * stored request into an error for the patient; the jobs runner sends them when it can.
 */
export async function queueBookingEmails(payload: Payload, bookingId: string): Promise<void> {
  for (const task of ['bookingStaffNotification', 'bookingConfirmation'] as const) {
    try {
      await payload.jobs.queue({ task, input: { bookingId } })
    } catch (error) {
      payload.logger.error(`Could not queue ${task} for a booking: ${error instanceof Error ? error.name : 'error'}`)
    }
  }
}
