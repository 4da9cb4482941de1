import { getSelectProps, useField } from '@conform-to/react'
import { useTranslations } from 'next-intl'

import { screeningAnswers } from '@klinik/booking/choices'

import { screeningField } from '../bookingFormFields'
import { ChoiceGroup } from './ChoiceGroup'
import { describedBy, FieldError } from './FieldError'

export type BookingFormTreatment = { id: string; title: string; screeningQuestions: { id: string; question: string }[] }

/**
 * The treatment, then its screening questions in the page language. The questions follow the
 * chosen treatment: another treatment's questions leave the page, and their answers are not sent.
 */
export function TreatmentAndScreening({ treatments }: { treatments: readonly BookingFormTreatment[] }) {
  const t = useTranslations('BookingForm')
  const [treatmentField] = useField<string>('treatment')
  const [screening] = useField<Record<string, string>>('screeningAnswers')
  const treatment = treatments.find((entry) => entry.id === treatmentField.value)
  // Each unanswered question holds the error; the group shows it once.
  const screeningError = Object.values(screening.allErrors)[0]?.[0]
  const answers = screeningAnswers.map((answer) => ({ value: answer, label: t(`answer.${answer}`) }))

  return (
    <>
      <div className="field">
        <label htmlFor={treatmentField.id}>{t('treatment')}</label>
        <select {...getSelectProps(treatmentField)}>
          <option value="">{t('treatmentPlaceholder')}</option>
          {treatments.map((entry) => (
            <option key={entry.id} value={entry.id}>
              {entry.title}
            </option>
          ))}
        </select>
        <FieldError id={treatmentField.errorId} message={treatmentField.errors?.[0]} />
      </div>

      {treatment && treatment.screeningQuestions.length > 0 && (
        <fieldset
          className="booking-form__screening"
          id={screening.id}
          aria-describedby={describedBy(screeningError && screening.errorId, screening.descriptionId)}
        >
          <legend>{t('screeningHeading', { treatment: treatment.title })}</legend>
          <p id={screening.descriptionId} className="field__hint">
            {t('screeningHint')}
          </p>
          <FieldError id={screening.errorId} message={screeningError} />
          {treatment.screeningQuestions.map((question) => (
            <ChoiceGroup key={question.id} name={screeningField(question.id)} legend={question.question} choices={answers} ownError={false} />
          ))}
        </fieldset>
      )}
    </>
  )
}
