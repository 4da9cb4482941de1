/**
 * Shapes of the bilingual demo content. The seed turns these into Payload documents;
 * keeping the words in plain data files keeps them reviewable apart from the code.
 */
import type { FaqCategory } from '@klinik/config/contentChoices'
import type { Locale } from '@klinik/config/locales'

/** One text per locale. Both are required: demo content is complete in both languages. */
export type Bilingual<T = string> = Record<Locale, T>

/**
 * Body text as paragraphs. A paragraph that starts with "## " becomes a level-2 heading,
 * one that starts with "- " becomes a bullet (consecutive bullets form one list).
 */
export type Paragraphs = string[]

export type SeedContraindication = {
  /** Stable key the seed uses to find this entry again and to link it from treatments. */
  key: string
  /** absolute = the clinic does not treat; caution = the physician decides. */
  severity: 'absolute' | 'caution'
  name: Bilingual
  explanation: Bilingual
  /** Yes/no question the booking form asks, phrased so that "yes" means the condition applies. */
  screeningQuestion: Bilingual
  order: number
}

export type SeedTreatment = {
  key: string
  title: Bilingual
  summary: Bilingual
  body: Bilingual<Paragraphs>
  /** Who it is for: conditions or goals it addresses. */
  indications: Bilingual<string[]>
  /** Body areas where it is applied. */
  treatmentAreas: Bilingual<string[]>
  /** How a session goes, step by step. */
  sessionSteps: Bilingual<string[]>
  sessionPlan: {
    sessionsMin: number
    sessionsMax: number
    intervalWeeksMin: number
    intervalWeeksMax: number
    sessionMinutes: number
    /** Honest note where sources differ, e.g. "your physician decides the plan". */
    note: Bilingual
  }
  aftercare: Bilingual<string[]>
  sideEffects: Bilingual<string[]>
  /** Keys of SeedContraindication entries that apply to this treatment. */
  contraindications: string[]
  seo: { title: Bilingual; description: Bilingual }
  /** Colours for the generated abstract hero image (hex, e.g. '#dfe9e6'). */
  heroColors: [string, string]
  heroAlt: Bilingual
}

export type SeedFaq = {
  key: string
  category: FaqCategory
  question: Bilingual
  answer: Bilingual
  /** Keys of SeedTreatment entries this question belongs to; empty = general. */
  treatments: string[]
  order: number
}

export type SeedClinicSettings = {
  name: Bilingual
  tagline: Bilingual
  /** E.164, e.g. +902125550123 (demo numbers only). */
  phone: string
  whatsapp: string
  email: string
  address: Bilingual
  openingHours: { days: Bilingual; hours: string }[]
  privacyNotice: Bilingual<Paragraphs>
  privacyNoticeVersion: string
  /** The explicit-consent sentence next to the booking form's consent box. */
  consentText: Bilingual
  medicalDisclaimer: Bilingual
}

export type SeedHomePage = {
  heroHeading: Bilingual
  heroText: Bilingual
  intro: Bilingual<Paragraphs>
  /** Keys of SeedTreatment entries shown on the home page, in order. */
  featuredTreatments: string[]
}
