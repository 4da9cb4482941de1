import { describe, expect, it } from '@jest/globals'

import { checkScreeningAnswers, hasAbsoluteContraindication, screeningQuestionsOf } from './screening'

const published = (id: string, screeningQuestion: string | null, severity: 'absolute' | 'caution' = 'absolute') => ({
  id,
  _status: 'published' as const,
  screeningQuestion,
  severity,
})

describe('screeningQuestionsOf', () => {
  it('asks the published contraindications that have a question, in the treatment’s order', () => {
    const listed = [
      published('pregnancy', 'Are you pregnant?'),
      'not-populated',
      { ...published('draft', 'Draft question?'), _status: 'draft' as const },
      published('no-question', null),
      published('blank', '   '),
      published('allergy', 'Any allergies?', 'caution'),
    ]
    expect(screeningQuestionsOf(listed).map((question) => question.id)).toEqual(['pregnancy', 'allergy'])
  })

  it('asks nothing when the treatment lists nothing', () => {
    expect(screeningQuestionsOf(undefined)).toEqual([])
    expect(screeningQuestionsOf(null)).toEqual([])
  })
})

describe('checkScreeningAnswers', () => {
  it('keeps the asked questions’ answers, names the unasked ones and says whether all are there', () => {
    expect(checkScreeningAnswers({ a: 'yes', b: 'no', other: 'yes' }, ['a', 'b'])).toEqual({
      answers: { a: 'yes', b: 'no' },
      unasked: ['other'],
      complete: true,
    })
  })

  it('is incomplete while a question is unanswered or answered with nothing', () => {
    expect(checkScreeningAnswers({ a: 'yes' }, ['a', 'b']).complete).toBe(false)
    expect(checkScreeningAnswers({ a: 'yes', b: '' }, ['a', 'b']).complete).toBe(false)
  })

  it('is complete when nothing is asked', () => {
    expect(checkScreeningAnswers({}, [])).toEqual({ answers: {}, unasked: [], complete: true })
  })
})

describe('hasAbsoluteContraindication', () => {
  it('flags a yes to an absolute contraindication only', () => {
    expect(hasAbsoluteContraindication([{ severity: 'absolute', answer: 'yes' }])).toBe(true)
    expect(hasAbsoluteContraindication([{ severity: 'absolute', answer: 'unsure' }])).toBe(false)
    expect(hasAbsoluteContraindication([{ severity: 'caution', answer: 'yes' }])).toBe(false)
    expect(hasAbsoluteContraindication([])).toBe(false)
  })
})
