/**
 * The screening rule, one home for the site's list of questions, the form, the server action and
 * the CMS intake: which questions a treatment asks before a booking, whether a request answers
 * them all, and when staff see the red flag.
 */
import type { ContraindicationSeverity } from '@klinik/config/contentChoices'

import type { ScreeningAnswer } from './bookingChoices'

/** A contraindication as a treatment lists it: an id when not populated, else the document. */
export type ListedContraindication = {
  id: string
  _status?: 'draft' | 'published' | null
  screeningQuestion?: string | null
  severity: ContraindicationSeverity
}

export type ScreeningQuestion<T extends ListedContraindication = ListedContraindication> = T & { screeningQuestion: string }

/**
 * The questions a treatment asks: its published contraindications that carry a question, in
 * the order the treatment lists them. A draft contraindication asks nothing yet.
 */
export function screeningQuestionsOf<T extends ListedContraindication>(contraindications: readonly (string | T)[] | null | undefined): ScreeningQuestion<T>[] {
  return (contraindications ?? []).filter(
    (entry): entry is ScreeningQuestion<T> => typeof entry === 'object' && entry._status === 'published' && Boolean(entry.screeningQuestion?.trim()),
  )
}

export type ScreeningCheck = {
  /** The answers to the questions asked; answers to other questions are left out. */
  answers: Record<string, unknown>
  /** Ids answered that the treatment does not ask (a changed treatment, or a forged request). */
  unasked: string[]
  /** Every question asked has an answer. */
  complete: boolean
}

/** Holds answers against the ids of the questions asked. */
export function checkScreeningAnswers(answers: Record<string, unknown>, askedIds: readonly string[]): ScreeningCheck {
  const asked = new Set(askedIds)
  const kept = Object.fromEntries(Object.entries(answers).filter(([id]) => asked.has(id)))
  return {
    answers: kept,
    unasked: Object.keys(answers).filter((id) => !asked.has(id)),
    complete: askedIds.every((id) => kept[id] !== undefined && kept[id] !== ''),
  }
}

/** Staff see a red flag when a patient answered yes to an absolute contraindication. */
export function hasAbsoluteContraindication(answers: readonly { severity: ContraindicationSeverity; answer: ScreeningAnswer }[]): boolean {
  return answers.some((entry) => entry.severity === 'absolute' && entry.answer === 'yes')
}
