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
