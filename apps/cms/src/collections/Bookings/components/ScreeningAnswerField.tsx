'use client'

import { getTranslation } from '@payloadcms/translations'
import { FieldLabel, useField, useTranslation } from '@payloadcms/ui'
import type { TextFieldClientComponent } from 'payload'

import { screeningAnswerLabels, screeningAnswers, type ScreeningAnswer } from '@klinik/booking/choices'

const isAnswer = (value: unknown): value is ScreeningAnswer => (screeningAnswers as readonly unknown[]).includes(value)

/** A patient's answer as staff read it ("Evet" / "Yes"); stored sealed, opened for staff by the field's read hook. */
export const ScreeningAnswerField: TextFieldClientComponent = ({ field, path }) => {
  const { value } = useField<string>({ path: path ?? field.name })
  const { i18n } = useTranslation()
  return (
    <div className="field-type text read-only">
      <FieldLabel label={field.label} path={path} />
      <p className="screening-answer-value">{isAnswer(value) ? getTranslation(screeningAnswerLabels[value], i18n) : '–'}</p>
    </div>
  )
}
