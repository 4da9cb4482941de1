'use client'

import { useTranslations } from 'next-intl'
import { useActionState, useEffect, useRef, useState, type FocusEvent, type FormEvent, type ReactNode } from 'react'

import { contactChannels, screeningAnswers, timesOfDay } from '@klinik/booking/choices'
import { bookingErrorMessages } from '@klinik/booking/messages'
import { checkScreeningAnswers } from '@klinik/booking/screening'
import type { Locale } from '@klinik/config/locales'

import type { BookingFormState } from './actions'
import { errorOrder, formFields, orderedErrors, readBookingForm, type BookingFormErrors, type ErrorTarget } from './bookingFormFields'

export type BookingFormTreatment = { id: string; title: string; screeningQuestions: { id: string; question: string }[] }

type Props = {
  locale: Locale
  action: (state: BookingFormState, form: FormData) => Promise<BookingFormState>
  initialState: BookingFormState
  treatments: BookingFormTreatment[]
  privacyNoticeVersion: string
  consentText: string
  privacyHref: string
  /** The clinic's calendar date today and six months ahead (YYYY-MM-DD), for the date pickers. */
  dateRange: { min: string; max: string }
  /** The clinic's call / WhatsApp buttons, shown when a request could not be sent. */
  contactActions: ReactNode
}

type Validator = typeof import('@klinik/booking/schema')

const dateSlots = [0, 1, 2] as const

const fieldId = (field: string) => `booking-${field}`
const errorId = (field: ErrorTarget) => `booking-${field}-error`

/** The form's errors as the shared rule (and the chosen treatment's questions) see them. */
function validate(form: HTMLFormElement, locale: Locale, validator: Validator, treatments: BookingFormTreatment[]): BookingFormErrors {
  const { input, values } = readBookingForm(new FormData(form), locale)
  const parsed = validator.createBookingRequestSchema().safeParse(input)
  const errors: Partial<Record<string, string>> = parsed.success ? {} : validator.bookingFieldErrors(parsed.error.issues, locale)
  const treatment = treatments.find((entry) => entry.id === values.treatment)
  const screening = checkScreeningAnswers(values.screeningAnswers, treatment?.screeningQuestions.map((question) => question.id) ?? [])
  if (treatment && !screening.complete) errors.screeningAnswers ??= bookingErrorMessages[locale].screeningIncomplete
  return orderedErrors(errors)
}

/** Where focus goes for a field's error: the field, or the first choice of a group. */
function focusError(form: HTMLFormElement, field: ErrorTarget) {
  const target = form.querySelector<HTMLElement>(`[data-error-focus="${field}"]`)
  target?.focus()
}

/**
 * The appointment request form. Without JavaScript it posts to the server action and the
 * page comes back with errors per field and everything typed kept. With JavaScript it checks
 * each field with the shared booking rule as the patient leaves it, stops a submit that would
 * be refused, and moves focus to the first problem.
 */
export function BookingForm(props: Props) {
  const [state, formAction, pending] = useActionState(props.action, props.initialState)
  // A new server answer remounts the fields, so their defaults are what the server sent back.
  return <BookingFormFields key={state.attempt} {...props} state={state} formAction={formAction} pending={pending} />
}

function BookingFormFields({
  locale,
  treatments,
  privacyNoticeVersion,
  consentText,
  privacyHref,
  dateRange,
  contactActions,
  state,
  formAction,
  pending,
}: Props & { state: BookingFormState; formAction: (form: FormData) => void; pending: boolean }) {
  const t = useTranslations('BookingForm')
  const formRef = useRef<HTMLFormElement>(null)
  const validator = useRef<Validator | null>(null)
  const touched = useRef(new Set<string>())
  const [clientErrors, setClientErrors] = useState<BookingFormErrors | null>(null)
  const [treatmentId, setTreatmentId] = useState(state.values.treatment)
  const [channel, setChannel] = useState(state.values.contactChannel)
  const errors = clientErrors ?? state.errors
  const treatment = treatments.find((entry) => entry.id === treatmentId)

  useEffect(() => {
    // The rule (zod and the phone metadata) loads after the page, not with it.
    void import('@klinik/booking/schema').then((module) => (validator.current = module))
  }, [])

  useEffect(() => {
    // After a server answer with errors, focus goes to the first one (the failure notice when nothing is wrong with the fields).
    const first = errorOrder.find((field) => state.errors[field])
    if (first && formRef.current) focusError(formRef.current, first)
  }, [state])

  /** Re-checks the form and shows the errors of the fields the patient has been through. */
  function recheck(form: HTMLFormElement) {
    if (!validator.current) return
    const all = validate(form, locale, validator.current, treatments)
    setClientErrors(Object.fromEntries(Object.entries(all).filter(([field]) => touched.current.has(field))) as BookingFormErrors)
  }

  function fieldOf(element: EventTarget): ErrorTarget | null {
    const name = (element as HTMLInputElement).name
    if (!name) return null
    if (name.startsWith(formFields.screeningPrefix)) return 'screeningAnswers'
    return (errorOrder as string[]).includes(name) ? (name as ErrorTarget) : null
  }

  function onBlur(event: FocusEvent<HTMLFormElement>) {
    const field = fieldOf(event.target)
    // Leaving a radio for its neighbour is not leaving the question.
    if (!field || (event.relatedTarget && fieldOf(event.relatedTarget) === field)) return
    touched.current.add(field)
    recheck(event.currentTarget)
  }

  function onChange(event: FormEvent<HTMLFormElement>) {
    const field = fieldOf(event.target)
    if (field && errors[field]) recheck(event.currentTarget)
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    // Until the rule has loaded, the server checks alone.
    if (!validator.current) return
    const all = validate(event.currentTarget, locale, validator.current, treatments)
    const first = errorOrder.find((field) => all[field])
    if (!first) {
      setClientErrors(null)
      return
    }
    event.preventDefault()
    errorOrder.forEach((field) => touched.current.add(field))
    setClientErrors(all)
    focusError(event.currentTarget, first)
  }

  const describedBy = (field: ErrorTarget, hint?: string) => [hint, errors[field] ? errorId(field) : null].filter(Boolean).join(' ') || undefined
  const invalid = (field: ErrorTarget) => (errors[field] ? true : undefined)
  const fieldError = (field: ErrorTarget) =>
    errors[field] ? (
      <p className="field__error" id={errorId(field)}>
        <span aria-hidden="true">⚠ </span>
        {errors[field]}
      </p>
    ) : null
  const listed = errorOrder.filter((field) => field !== 'form' && errors[field])

  /** A labelled text input with its hint and error, kept from the last answer. */
  const textField = (
    field: 'fullName' | 'phone' | 'email',
    { label, optional = false, hint, ...input }: { label: string; optional?: boolean; hint?: string; type: string; autoComplete: string; inputMode?: 'tel' },
  ) => (
    <div className="field">
      <label htmlFor={fieldId(field)}>
        {label} {optional && <span className="field__optional">{t('optional')}</span>}
      </label>
      <input
        id={fieldId(field)}
        name={field}
        {...input}
        defaultValue={state.values[field]}
        aria-invalid={invalid(field)}
        aria-describedby={describedBy(field, hint ? `booking-${field}-hint` : undefined)}
        data-error-focus={field}
      />
      {hint && (
        <p id={`booking-${field}-hint`} className="field__hint">
          {hint}
        </p>
      )}
      {fieldError(field)}
    </div>
  )

  return (
    <form
      ref={formRef}
      action={formAction}
      onSubmit={onSubmit}
      onBlur={onBlur}
      onChange={onChange}
      noValidate
      className="booking-form"
      aria-describedby="booking-required-note"
    >
      {state.status === 'failed' && errors.form ? (
        <div className="booking-form__failure" role="alert" tabIndex={-1} data-error-focus="form" id={errorId('form')}>
          <h2>{t('failedHeading')}</h2>
          <p>{errors.form}</p>
          <p>{t('failedContact')}</p>
          {contactActions}
        </div>
      ) : (
        (errors.form || (listed.length > 0 && !clientErrors)) && (
          <div className="booking-form__summary" role="alert" tabIndex={-1} data-error-focus="form" id={errorId('form')}>
            <h2>{t('summaryHeading')}</h2>
            {errors.form && <p>{errors.form}</p>}
            {listed.length > 0 && (
              <ul>
                {listed.map((field) => (
                  <li key={field}>
                    <a href={`#${fieldId(field)}`}>{errors[field]}</a>
                  </li>
                ))}
              </ul>
            )}
          </div>
        )
      )}

      <p id="booking-required-note" className="note">
        {t('requiredNote')}
      </p>
      <input type="hidden" name={formFields.token} value={state.token} />
      <input type="hidden" name="privacyNoticeVersion" value={privacyNoticeVersion} />

      <section className="booking-form__section" aria-labelledby="booking-treatment-heading">
        <h2 id="booking-treatment-heading">{t('treatmentHeading')}</h2>
        <div className="field">
          <label htmlFor={fieldId('treatment')}>{t('treatment')}</label>
          <select
            id={fieldId('treatment')}
            name="treatment"
            value={treatmentId}
            onChange={(event) => setTreatmentId(event.target.value)}
            aria-invalid={invalid('treatment')}
            aria-describedby={describedBy('treatment')}
            data-error-focus="treatment"
          >
            <option value="">{t('treatmentPlaceholder')}</option>
            {treatments.map((entry) => (
              <option key={entry.id} value={entry.id}>
                {entry.title}
              </option>
            ))}
          </select>
          {fieldError('treatment')}
        </div>

        {treatment && treatment.screeningQuestions.length > 0 && (
          <fieldset
            className="booking-form__screening"
            id={fieldId('screeningAnswers')}
            aria-describedby={describedBy('screeningAnswers', 'booking-screening-hint')}
          >
            <legend>{t('screeningHeading', { treatment: treatment.title })}</legend>
            <p id="booking-screening-hint" className="field__hint">
              {t('screeningHint')}
            </p>
            {fieldError('screeningAnswers')}
            {treatment.screeningQuestions.map((question, index) => (
              <fieldset key={question.id} className="choice-group">
                <legend>{question.question}</legend>
                <div className="choice-group__options">
                  {screeningAnswers.map((answer, answerIndex) => (
                    <label key={answer} className="choice">
                      <input
                        type="radio"
                        name={`${formFields.screeningPrefix}${question.id}`}
                        value={answer}
                        defaultChecked={state.values.screeningAnswers[question.id] === answer}
                        data-error-focus={index === 0 && answerIndex === 0 ? 'screeningAnswers' : undefined}
                      />
                      <span>{t(`answer.${answer}`)}</span>
                    </label>
                  ))}
                </div>
              </fieldset>
            ))}
          </fieldset>
        )}
      </section>

      <section className="booking-form__section" aria-labelledby="booking-contact-heading">
        <h2 id="booking-contact-heading">{t('contactHeading')}</h2>
        {textField('fullName', { label: t('fullName'), type: 'text', autoComplete: 'name' })}
        {textField('phone', {
          label: t('phone'),
          optional: channel === 'email',
          type: 'tel',
          autoComplete: 'tel',
          inputMode: 'tel',
          hint: t('phoneHint'),
        })}
        {textField('email', { label: t('email'), optional: channel !== 'email', type: 'email', autoComplete: 'email' })}
        <fieldset className="choice-group" id={fieldId('contactChannel')} aria-describedby={describedBy('contactChannel')}>
          <legend>{t('contactChannel')}</legend>
          <div className="choice-group__options">
            {contactChannels.map((value, index) => (
              <label key={value} className="choice">
                <input
                  type="radio"
                  name="contactChannel"
                  value={value}
                  defaultChecked={state.values.contactChannel === value}
                  onChange={() => setChannel(value)}
                  data-error-focus={index === 0 ? 'contactChannel' : undefined}
                />
                <span>{t(`channel.${value}`)}</span>
              </label>
            ))}
          </div>
          {fieldError('contactChannel')}
        </fieldset>
      </section>

      <section className="booking-form__section" aria-labelledby="booking-when-heading">
        <h2 id="booking-when-heading">{t('whenHeading')}</h2>
        <fieldset className="booking-form__dates" id={fieldId('preferredDates')} aria-describedby={describedBy('preferredDates', 'booking-dates-hint')}>
          <legend>{t('preferredDates')}</legend>
          <p id="booking-dates-hint" className="field__hint">
            {t('datesHint')}
          </p>
          <div className="booking-form__date-row">
            {dateSlots.map((slot) => (
              <div className="field" key={slot}>
                <label htmlFor={fieldId(`date-${slot}`)}>{t(`dateChoice.${slot}`)}</label>
                <input
                  id={fieldId(`date-${slot}`)}
                  name="preferredDates"
                  type="date"
                  min={dateRange.min}
                  max={dateRange.max}
                  defaultValue={state.values.preferredDates[slot] ?? ''}
                  aria-invalid={slot === 0 ? invalid('preferredDates') : undefined}
                  data-error-focus={slot === 0 ? 'preferredDates' : undefined}
                />
              </div>
            ))}
          </div>
          {fieldError('preferredDates')}
        </fieldset>
        <fieldset className="choice-group" id={fieldId('timeOfDay')} aria-describedby={describedBy('timeOfDay')}>
          <legend>{t('timeOfDay')}</legend>
          <div className="choice-group__options">
            {timesOfDay.map((value, index) => (
              <label key={value} className="choice">
                <input
                  type="radio"
                  name="timeOfDay"
                  value={value}
                  defaultChecked={state.values.timeOfDay === value}
                  data-error-focus={index === 0 ? 'timeOfDay' : undefined}
                />
                <span>{t(`time.${value}`)}</span>
              </label>
            ))}
          </div>
          {fieldError('timeOfDay')}
        </fieldset>
        <div className="field">
          <label htmlFor={fieldId('message')}>
            {t('message')} <span className="field__optional">{t('optional')}</span>
          </label>
          <textarea
            id={fieldId('message')}
            name="message"
            rows={4}
            defaultValue={state.values.message}
            aria-invalid={invalid('message')}
            aria-describedby={describedBy('message', 'booking-message-hint')}
            data-error-focus="message"
          />
          <p id="booking-message-hint" className="field__hint">
            {t('messageHint')}
          </p>
          {fieldError('message')}
        </div>
      </section>

      <section className="booking-form__section" aria-labelledby="booking-consent-heading">
        <h2 id="booking-consent-heading">{t('consentHeading')}</h2>
        <p>
          {t.rich('privacyIntro', {
            link: (text) => (
              <a href={privacyHref} className="text-link" target="_blank" rel="noopener">
                {text}
              </a>
            ),
          })}
        </p>
        <div className="field field--check">
          <input
            id={fieldId('consent')}
            name="consent"
            type="checkbox"
            value="yes"
            defaultChecked={state.values.consent}
            aria-invalid={invalid('consent')}
            aria-describedby={describedBy('consent')}
            data-error-focus="consent"
          />
          <label htmlFor={fieldId('consent')}>{consentText}</label>
        </div>
        {fieldError('consent')}
      </section>

      {/* Off-screen and skipped by keyboard and screen readers; bots that fill every field fill this one. */}
      <div className="booking-form__trap" aria-hidden="true">
        <label htmlFor={fieldId(formFields.honeypot)}>{t('honeypot')}</label>
        <input id={fieldId(formFields.honeypot)} name={formFields.honeypot} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>

      <button type="submit" className="button button--primary booking-form__submit" disabled={pending}>
        {pending ? t('sending') : t('submit')}
      </button>
    </form>
  )
}
