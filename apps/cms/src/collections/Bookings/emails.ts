import type { Locale } from '@klinik/config/locales'

/**
 * The two booking emails. Neither contains screening answers or the patient's message:
 * email is not a place for health data. The staff message links to the record instead.
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
  return new Intl.DateTimeFormat(locale === 'tr' ? 'tr-TR' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', weekday: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, day)),
  )
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
