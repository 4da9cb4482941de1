import { createEvent } from 'ics'

import type { Locale } from '@klinik/config/locales'
import { clinicTimeZone } from '@klinik/config/site'

/**
 * The booking emails: the staff notice, the patient's "request received" and, once staff
 * have fixed a time, the patient's appointment confirmation with a calendar invite. None
 * contains screening answers or the patient's message: email is not a place for health
 * data. The staff message links to the record instead.
 */
export type BookingForEmail = {
  id: string
  reference: string
  treatmentTitle: string
  preferredDates: string[]
  timeOfDay: 'morning' | 'afternoon' | 'evening'
  contactChannel: 'phone' | 'whatsapp' | 'email'
  locale: Locale
}

const words = {
  tr: {
    timeOfDay: { morning: 'sabah', afternoon: 'öğleden sonra', evening: 'akşam' },
    channel: { phone: 'telefonla', whatsapp: 'WhatsApp üzerinden', email: 'e-posta ile' },
  },
  en: {
    timeOfDay: { morning: 'morning', afternoon: 'afternoon', evening: 'evening' },
    channel: { phone: 'by phone', whatsapp: 'on WhatsApp', email: 'by email' },
  },
}

function formatDate(date: string, locale: Locale): string {
  const [year, month, day] = date.split('-').map(Number)
  return new Intl.DateTimeFormat(locale === 'tr' ? 'tr-TR' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    weekday: 'long',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month - 1, day)))
}

/** To the clinic (in Turkish, the staff's language), with a link to the record in the admin. */
export function staffNotification(booking: BookingForEmail, adminUrl: string) {
  const dates = booking.preferredDates.map((date) => formatDate(date, 'tr')).join(', ')
  const link = `${adminUrl}/collections/bookings/${booking.id}`
  return {
    subject: `Yeni randevu talebi ${booking.reference} – ${booking.treatmentTitle}`,
    text: [
      `Yeni bir randevu talebi geldi: ${booking.reference}`,
      `Tedavi: ${booking.treatmentTitle}`,
      `Tercih edilen tarihler: ${dates} (${words.tr.timeOfDay[booking.timeOfDay]})`,
      `Hastanın tercih ettiği iletişim: ${words.tr.channel[booking.contactChannel]}`,
      '',
      `Ayrıntılar (yalnızca yetkili personel): ${link}`,
    ].join('\n'),
  }
}

/** To the patient, in the language of the page they booked from. */
export function patientConfirmation(booking: BookingForEmail, clinicName: string, clinicPhone: string) {
  const dates = booking.preferredDates.map((date) => formatDate(date, booking.locale)).join(', ')
  if (booking.locale === 'tr') {
    return {
      subject: `Randevu talebiniz alındı (${booking.reference})`,
      text: [
        'Merhaba,',
        '',
        `${booking.treatmentTitle} için randevu talebinizi aldık. Referans numaranız: ${booking.reference}.`,
        `Tercih ettiğiniz tarihler: ${dates} (${words.tr.timeOfDay[booking.timeOfDay]}).`,
        `Ekibimiz uygun bir zamanı birlikte belirlemek için size ${words.tr.channel[booking.contactChannel]} ulaşacak. Bu e-posta randevunuzun kesinleştiği anlamına gelmez.`,
        '',
        `Sorularınız için: ${clinicPhone}`,
        clinicName,
      ].join('\n'),
    }
  }
  return {
    subject: `We have received your appointment request (${booking.reference})`,
    text: [
      'Hello,',
      '',
      `We have received your appointment request for ${booking.treatmentTitle}. Your reference is ${booking.reference}.`,
      `Your preferred dates: ${dates} (${words.en.timeOfDay[booking.timeOfDay]}).`,
      `Our team will contact you ${words.en.channel[booking.contactChannel]} to agree on a time. This email does not confirm an appointment yet.`,
      '',
      `Questions: ${clinicPhone}`,
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
  locale: Locale
  /** Grows with every invite for this booking, so calendars replace an earlier time with a later one. */
  sequence: number
}
export type ClinicForEmail = { name: string; phone: string; address: string; domain: string }

function formatInstant(instant: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'tr' ? 'tr-TR' : 'en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: clinicTimeZone,
  }).format(new Date(instant))
}

/** The calendar entry: the visit itself, with no health data (a calendar is shared and synced). */
export function appointmentInvite(appointment: AppointmentForEmail, clinic: ClinicForEmail): string {
  const start = new Date(appointment.startsAt)
  const title = appointment.locale === 'tr' ? `${appointment.treatmentTitle} – ${clinic.name}` : `${appointment.treatmentTitle} at ${clinic.name}`
  const description =
    appointment.locale === 'tr'
      ? `Randevu referansınız: ${appointment.reference}. Değişiklik için: ${clinic.phone}`
      : `Your appointment reference: ${appointment.reference}. To change it, call ${clinic.phone}`
  const { error, value } = createEvent({
    productId: 'klinik/booking',
    method: 'PUBLISH',
    uid: `booking-${appointment.id}@${clinic.domain}`,
    sequence: appointment.sequence,
    start: [start.getUTCFullYear(), start.getUTCMonth() + 1, start.getUTCDate(), start.getUTCHours(), start.getUTCMinutes()],
    startInputType: 'utc',
    startOutputType: 'utc',
    duration: { minutes: appointment.durationMinutes },
    title,
    description,
    location: clinic.address,
    status: 'CONFIRMED',
    busyStatus: 'BUSY',
  })
  if (error || !value) throw new Error('Could not build the calendar invite')
  return value
}

/** To the patient, in their language, once staff have fixed the date and time: with the invite attached. */
export function appointmentConfirmation(appointment: AppointmentForEmail, clinic: ClinicForEmail) {
  const when = formatInstant(appointment.startsAt, appointment.locale)
  const attachments = [
    {
      filename: appointment.locale === 'tr' ? 'randevu.ics' : 'appointment.ics',
      content: appointmentInvite(appointment, clinic),
      contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
    },
  ]
  if (appointment.locale === 'tr') {
    return {
      subject: `Randevunuz kesinleşti: ${when} (${appointment.reference})`,
      text: [
        'Merhaba,',
        '',
        `${appointment.treatmentTitle} randevunuz kesinleşti.`,
        `Tarih ve saat: ${when} (İstanbul saati)`,
        `Adres: ${clinic.address}`,
        `Referans numaranız: ${appointment.reference}`,
        '',
        'Randevuyu takviminize eklemek için ekteki dosyayı açabilirsiniz. Gelemeyecekseniz lütfen bizi önceden arayın.',
        `Telefon: ${clinic.phone}`,
        clinic.name,
      ].join('\n'),
      attachments,
    }
  }
  return {
    subject: `Your appointment is confirmed: ${when} (${appointment.reference})`,
    text: [
      'Hello,',
      '',
      `Your appointment for ${appointment.treatmentTitle} is confirmed.`,
      `Date and time: ${when} (Istanbul time)`,
      `Address: ${clinic.address}`,
      `Your reference: ${appointment.reference}`,
      '',
      'Open the attached file to add the appointment to your calendar. If you cannot come, please call us beforehand.',
      `Phone: ${clinic.phone}`,
      clinic.name,
    ].join('\n'),
    attachments,
  }
}
