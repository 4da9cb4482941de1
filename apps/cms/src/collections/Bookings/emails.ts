import { getTranslation, type I18n } from '@payloadcms/translations'
import { createEvent } from 'ics'

import { timeOfDayLabels, type ContactChannel, type TimeOfDay } from '@klinik/booking/choices'
import { clinicTimeZone } from '@klinik/config/site'

import { klinikT } from '../../i18n/translations'

/**
 * The booking emails: the staff notice, the patient's "request received" and, once staff
 * have fixed a time, the patient's appointment confirmation with a calendar invite. None
 * contains screening answers or the patient's message: email is not a place for health
 * data. The staff message links to the record instead.
 *
 * Each is written in the language of the `i18n` it is given (Payload's i18n for the patient's
 * language, made by the jobs runner), not in the runner's own.
 */
export type BookingForEmail = {
  id: string
  reference: string
  treatmentTitle: string
  preferredDates: string[]
  timeOfDay: TimeOfDay
  contactChannel: ContactChannel
}

/** The preferred dates and the time of day, as they read in a sentence of the email's language. */
function preferredDates(booking: BookingForEmail, i18n: I18n) {
  const t = klinikT(i18n)
  const format = new Intl.DateTimeFormat(t('klinik:dateLocale'), { day: 'numeric', month: 'long', year: 'numeric', weekday: 'long', timeZone: 'UTC' })
  const dates = booking.preferredDates
    .map((date) => {
      const [year, month, day] = date.split('-').map(Number)
      return format.format(new Date(Date.UTC(year, month - 1, day)))
    })
    .join(', ')
  // Inside a sentence, so in lower case ("öğleden sonra"), in the rules of its own language.
  const timeOfDay = getTranslation(timeOfDayLabels[booking.timeOfDay], i18n).toLocaleLowerCase(t('klinik:dateLocale'))
  return { dates, timeOfDay }
}

/** To the clinic (given the clinic's language), with a link to the record in the admin. */
export function staffNotification(booking: BookingForEmail, adminUrl: string, i18n: I18n) {
  const t = klinikT(i18n)
  const { dates, timeOfDay } = preferredDates(booking, i18n)
  const link = `${adminUrl}/collections/bookings/${booking.id}`
  const words = { reference: booking.reference, treatment: booking.treatmentTitle }
  return {
    subject: t('klinik:bookingEmail:staffNotice:subject', words),
    text: [
      t('klinik:bookingEmail:staffNotice:arrived', words),
      t('klinik:bookingEmail:staffNotice:treatment', words),
      t('klinik:bookingEmail:staffNotice:preferredDates', { dates, timeOfDay }),
      t('klinik:bookingEmail:staffNotice:contactBy', { channel: t(`klinik:bookingEmail:channel:${booking.contactChannel}`) }),
      '',
      t('klinik:bookingEmail:staffNotice:details', { link }),
    ].join('\n'),
  }
}

/** To the patient (given the language of the page they booked from): the request was stored. */
export function patientConfirmation(booking: BookingForEmail, clinicName: string, clinicPhone: string, i18n: I18n) {
  const t = klinikT(i18n)
  const { dates, timeOfDay } = preferredDates(booking, i18n)
  const words = { reference: booking.reference, treatment: booking.treatmentTitle }
  return {
    subject: t('klinik:bookingEmail:requestReceived:subject', words),
    text: [
      t('klinik:bookingEmail:greeting'),
      '',
      t('klinik:bookingEmail:requestReceived:received', words),
      t('klinik:bookingEmail:requestReceived:preferredDates', { dates, timeOfDay }),
      t('klinik:bookingEmail:requestReceived:contact', { channel: t(`klinik:bookingEmail:channel:${booking.contactChannel}`) }),
      '',
      t('klinik:bookingEmail:requestReceived:questions', { phone: clinicPhone }),
      clinicName,
    ].join('\n'),
  }
}

export type AppointmentForEmail = {
  id: string
  reference: string
  treatmentTitle: string
  /** The confirmed start (an instant), shown in the clinic's time zone. */
  startsAt: string
  durationMinutes: number
  /** Grows with every invite for this booking, so calendars replace an earlier time with a later one. */
  sequence: number
}
export type ClinicForEmail = { name: string; phone: string; address: string; domain: string }

/** The calendar entry: the visit itself, with no health data (a calendar is shared and synced). */
export function appointmentInvite(appointment: AppointmentForEmail, clinic: ClinicForEmail, i18n: I18n): string {
  const t = klinikT(i18n)
  const start = new Date(appointment.startsAt)
  const { error, value } = createEvent({
    productId: 'klinik/booking',
    method: 'PUBLISH',
    uid: `booking-${appointment.id}@${clinic.domain}`,
    sequence: appointment.sequence,
    start: [start.getUTCFullYear(), start.getUTCMonth() + 1, start.getUTCDate(), start.getUTCHours(), start.getUTCMinutes()],
    startInputType: 'utc',
    startOutputType: 'utc',
    duration: { minutes: appointment.durationMinutes },
    title: t('klinik:bookingEmail:appointmentConfirmed:inviteTitle', { treatment: appointment.treatmentTitle, clinic: clinic.name }),
    description: t('klinik:bookingEmail:appointmentConfirmed:inviteDescription', { reference: appointment.reference, phone: clinic.phone }),
    location: clinic.address,
    status: 'CONFIRMED',
    busyStatus: 'BUSY',
  })
  if (error || !value) throw new Error('Could not build the calendar invite')
  return value
}

/** To the patient (given their language), once staff have fixed the date and time: with the invite attached. */
export function appointmentConfirmation(appointment: AppointmentForEmail, clinic: ClinicForEmail, i18n: I18n) {
  const t = klinikT(i18n)
  const when = new Intl.DateTimeFormat(t('klinik:dateLocale'), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: clinicTimeZone,
  }).format(new Date(appointment.startsAt))
  const words = { when, reference: appointment.reference, treatment: appointment.treatmentTitle }
  return {
    subject: t('klinik:bookingEmail:appointmentConfirmed:subject', words),
    text: [
      t('klinik:bookingEmail:greeting'),
      '',
      t('klinik:bookingEmail:appointmentConfirmed:confirmed', words),
      t('klinik:bookingEmail:appointmentConfirmed:when', words),
      t('klinik:bookingEmail:appointmentConfirmed:address', { address: clinic.address }),
      t('klinik:bookingEmail:appointmentConfirmed:reference', words),
      '',
      t('klinik:bookingEmail:appointmentConfirmed:calendar'),
      t('klinik:bookingEmail:appointmentConfirmed:phone', { phone: clinic.phone }),
      clinic.name,
    ].join('\n'),
    attachments: [
      {
        filename: t('klinik:bookingEmail:appointmentConfirmed:fileName'),
        content: appointmentInvite(appointment, clinic, i18n),
        contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
      },
    ],
  }
}
