import type { Locale } from '@klinik/config/locales'

/**
 * The fixed choices of a booking request. Kept apart from the schema so the form can render
 * them without loading zod and the phone metadata, and the CMS can build its selects from them.
 */
export const timesOfDay = ['morning', 'afternoon', 'evening'] as const
export const contactChannels = ['phone', 'whatsapp', 'email'] as const
export const screeningAnswers = ['yes', 'no', 'unsure'] as const

export type TimeOfDay = (typeof timesOfDay)[number]
export type ContactChannel = (typeof contactChannels)[number]
export type ScreeningAnswer = (typeof screeningAnswers)[number]

/** How staff see each choice (the admin's selects, the CSV export, the emails). The site's form words its own, with hours. */
export const timeOfDayLabels: Record<TimeOfDay, Record<Locale, string>> = {
  morning: { en: 'Morning', tr: 'Sabah' },
  afternoon: { en: 'Afternoon', tr: 'Öğleden sonra' },
  evening: { en: 'Evening', tr: 'Akşam' },
}
export const contactChannelLabels: Record<ContactChannel, Record<Locale, string>> = {
  phone: { en: 'Phone', tr: 'Telefon' },
  whatsapp: { en: 'WhatsApp', tr: 'WhatsApp' },
  email: { en: 'Email', tr: 'E-posta' },
}
export const screeningAnswerLabels: Record<ScreeningAnswer, Record<Locale, string>> = {
  yes: { en: 'Yes', tr: 'Evet' },
  no: { en: 'No', tr: 'Hayır' },
  unsure: { en: 'Not sure', tr: 'Emin değilim' },
}
