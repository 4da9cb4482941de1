import { useField } from '@conform-to/react'
import { useTranslations } from 'next-intl'

import { timesOfDay } from '@klinik/booking/choices'

import { ChoiceGroup } from './ChoiceGroup'
import { describedBy, FieldError } from './FieldError'

const dateSlots = [0, 1, 2] as const

/** Up to three dates (one required) between today and six months ahead at the clinic, and the part of the day. */
export function PreferredDates({ dateRange }: { dateRange: { min: string; max: string } }) {
  const t = useTranslations('BookingForm')
  const [dates] = useField<string[]>('preferredDates')
  const error = dates.errors?.[0]
  const sent = dates.defaultOptions ?? []
  return (
    <>
      <fieldset className="booking-form__dates" id={dates.id} aria-describedby={describedBy(error && dates.errorId, dates.descriptionId)}>
        <legend>{t('preferredDates')}</legend>
        <p id={dates.descriptionId} className="field__hint">
          {t('datesHint')}
        </p>
        <div className="booking-form__date-row">
          {dateSlots.map((slot) => (
            <div className="field" key={slot}>
              <label htmlFor={`${dates.id}-${slot}`}>{t(`dateChoice.${slot}`)}</label>
              <input
                id={`${dates.id}-${slot}`}
                name={dates.name}
                type="date"
                min={dateRange.min}
                max={dateRange.max}
                defaultValue={sent[slot] ?? ''}
                aria-invalid={slot === 0 && error ? true : undefined}
              />
            </div>
          ))}
        </div>
        <FieldError id={dates.errorId} message={error} />
      </fieldset>
      <ChoiceGroup name="timeOfDay" legend={t('timeOfDay')} choices={timesOfDay.map((value) => ({ value, label: t(`time.${value}`) }))} />
    </>
  )
}
