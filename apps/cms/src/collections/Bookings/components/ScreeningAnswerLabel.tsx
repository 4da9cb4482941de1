'use client'

import { useRowLabel, useTranslation } from '@payloadcms/ui'

type Row = { question?: string; answer?: 'yes' | 'no' | 'unsure'; severity?: string }

const answers = {
  en: { yes: 'Yes', no: 'No', unsure: 'Not sure' },
  tr: { yes: 'Evet', no: 'Hayır', unsure: 'Emin değilim' },
}

/** One line per screening answer ("Are you pregnant? — Yes"), so the whole screening reads at a glance. */
export function ScreeningAnswerLabel() {
  const { data } = useRowLabel<Row>()
  const { i18n } = useTranslation()
  const words = answers[i18n.language === 'en' ? 'en' : 'tr']
  const answer = data?.answer ? words[data.answer] : '–'
  const hit = data?.answer === 'yes' && data.severity === 'absolute'
  return (
    <span className={hit ? 'screening-answer screening-answer--hit' : 'screening-answer'}>
      {hit ? '⚠ ' : ''}
      {data?.question ?? ''} — <strong>{answer}</strong>
    </span>
  )
}
