'use client'

import { getTranslation } from '@payloadcms/translations'
import { useRowLabel, useTranslation } from '@payloadcms/ui'

import { screeningAnswerLabels, type ScreeningAnswer } from '@klinik/booking/choices'

type Row = { question?: string; answer?: ScreeningAnswer; severity?: string }

/** One line per screening answer ("Are you pregnant? — Yes"), so the whole screening reads at a glance. */
export function ScreeningAnswerLabel() {
  const { data } = useRowLabel<Row>()
  const { i18n } = useTranslation()
  const answer = data?.answer ? getTranslation(screeningAnswerLabels[data.answer], i18n) : '–'
  const hit = data?.answer === 'yes' && data.severity === 'absolute'
  return (
    <span className={hit ? 'screening-answer screening-answer--hit' : 'screening-answer'}>
      {hit ? '⚠ ' : ''}
      {data?.question ?? ''} — <strong>{answer}</strong>
    </span>
  )
}
