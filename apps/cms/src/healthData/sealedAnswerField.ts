import type { FieldHook, TextField } from 'payload'

import { screeningAnswers } from '@klinik/booking/choices'

import { isSealed, openAnswer, sealAnswer, type AnswerKeys } from './screeningAnswerCipher'

/** Set on a Local API read (`context`) to see answers as stored, for resealing. */
export const readSealedAnswers = 'readSealedAnswers'

/**
 * A screening answer (yes / no / unsure) stored sealed. A text field, not a select: the sealed
 * value is no option, and MongoDB would refuse it against a select's enum. The intake checks
 * the choice (the shared booking rule) before anything is stored.
 */
export function sealedAnswerField(keys: AnswerKeys, overrides: Pick<TextField, 'label' | 'access' | 'admin'>): TextField {
  const seal: FieldHook = ({ value }) => (typeof value === 'string' && value !== '' && !isSealed(value) ? sealAnswer(value, keys) : value)
  const open: FieldHook = ({ value, req, context }) => {
    if (context?.[readSealedAnswers] || !isSealed(value)) return value
    try {
      return openAnswer(value, keys)
    } catch (error) {
      // Never the content: which key it needs is enough to act on.
      req.payload.logger.error(`A screening answer could not be opened: ${(error as Error).message}`)
      return null
    }
  }
  return {
    ...overrides,
    name: 'answer',
    type: 'text',
    validate: (value: unknown) =>
      value === null || value === undefined || isSealed(value) || (screeningAnswers as readonly unknown[]).includes(value) ? true : 'yes / no / unsure',
    hooks: { beforeChange: [seal], afterRead: [open] },
  }
}
