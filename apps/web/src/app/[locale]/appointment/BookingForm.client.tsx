'use client'

import { FormProvider, getFormProps, parse, useForm, type Submission, type SubmissionResult } from '@conform-to/react'
import { useTranslations } from 'next-intl'
import { useActionState, useEffect, useState, type ReactNode } from 'react'

import type { BookingRequest } from '@klinik/booking/schema'
import type { Locale } from '@klinik/config/locales'

import { Consent } from './_bookingForm/Consent'
import { ContactDetails } from './_bookingForm/ContactDetails'
import { ErrorSummary } from './_bookingForm/ErrorSummary'
import { FormSection } from './_bookingForm/FormSection'
import { MessageField } from './_bookingForm/MessageField'
import { PreferredDates } from './_bookingForm/PreferredDates'
import { TreatmentAndScreening, type BookingFormTreatment } from './_bookingForm/TreatmentAndScreening'
import type { BookingFormState } from './actions'
import {
  errorOrder,
  fieldValuesOf,
  formFields,
  formId,
  readBookingForm,
  stateErrorsOf,
  unansweredQuestions,
  type BookingFormFieldValues,
} from './bookingFormFields'

export type { BookingFormTreatment }

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

type BookingRule = typeof import('./checkBookingForm')

/** The rule (zod and the phone metadata) loads after the page, not with it; once loaded it serves every later answer. */
let bookingRule: BookingRule | null = null
const loadBookingRule = () => import('./checkBookingForm').then((module) => (bookingRule = module))

/** Conform's field on the submits it makes to check a field the patient left (`INTENT` in @conform-to/dom). */
const conformIntentField = '__intent__'

/**
 * The appointment request form, on Conform. Without JavaScript it posts to the server action and
 * the page comes back with errors per field and everything typed kept. With JavaScript it checks
 * each field with the same rule as the server as the patient leaves it (Conform's onBlur, then
 * on input), stops a submit that would be refused, and moves focus to the first problem.
 *
 * The rule is applied through Conform's `parse` with the server's own reader and check
 * (readBookingForm, checkBookingForm), not `parseWithZod` from @conform-to/zod, which does not fit:
 * it reads field names as paths and silently drops names it cannot parse, where the server must
 * refuse any unknown or repeated field; and its coercion makes each empty date slot (the form
 * always sends three) a date error and wants a ticked box to send "on". The browser would judge
 * the form differently from the server.
 */
export function BookingForm(props: Props) {
  const [state, formAction, pending] = useActionState(props.action, props.initialState)
  // A new server answer remounts the form, so its defaults and errors are what the server sent back.
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
  // Until the browser checks the form itself, the errors shown are the server's, listed at the top.
  const [checkedHere, setCheckedHere] = useState(false)
  const [fromServer] = useState(() => ({ defaultValue: fieldValuesOf(state.values), lastResult: serverResult(state, treatments) }))

  const [form] = useForm<BookingFormFieldValues, BookingRequest>({
    id: formId,
    defaultValue: fromServer.defaultValue,
    lastResult: fromServer.lastResult,
    shouldValidate: 'onBlur',
    shouldRevalidate: 'onInput',
    onValidate({ formData }): Submission<BookingFormFieldValues, string[], BookingRequest> {
      return parse(formData, {
        resolve: () => {
          const rule = bookingRule
          if (!rule) {
            // Until the rule has loaded, the server checks alone: a submit goes through, leaving a field changes nothing.
            const leaving = formData.has(conformIntentField)
            return { error: leaving ? Object.fromEntries(Object.keys(form.allErrors).map((name) => [name, null])) : null }
          }
          const sent = new FormData()
          for (const [name, value] of formData) if (name !== conformIntentField) sent.append(name, value)
          const read = readBookingForm(sent, locale)
          const check = rule.checkBookingForm(read, treatments, locale)
          setCheckedHere(true)
          if (check.request) return { value: check.request }
          const treatment = treatments.find((entry) => entry.id === read.values.treatment)
          return { error: stateErrorsOf(check.errors, unansweredQuestions(treatment, read.values.screeningAnswers)) }
        },
      })
    },
  })

  useEffect(() => {
    void loadBookingRule()
  }, [])

  useEffect(() => {
    // After a server answer with errors, focus goes to the first one (the notice at the top when the form as a whole failed).
    // Conform moves focus itself after the browser's own checks.
    const first = errorOrder.find((target) => state.errors[target])
    if (!first) return
    // Conform's ids: `<form id>-error` for the whole form, `<form id>-<name>` for a field.
    const element = document.getElementById(first === 'form' ? `${formId}-error` : `${formId}-${first}`)
    // A group of choices or dates: its first input.
    ;(element instanceof HTMLFieldSetElement ? element.querySelector('input') : element)?.focus()
  }, [state])

  return (
    <FormProvider context={form.context}>
      <form {...getFormProps(form, { ariaAttributes: false })} action={formAction} className="booking-form" aria-describedby="booking-required-note">
        <ErrorSummary failed={state.status === 'failed'} listFieldErrors={!checkedHere} contactActions={contactActions} />

        <p id="booking-required-note" className="note">
          {t('requiredNote')}
        </p>
        <input type="hidden" name={formFields.token} value={state.token} />
        <input type="hidden" name="privacyNoticeVersion" value={privacyNoticeVersion} />

        <FormSection name="treatment" heading={t('treatmentHeading')}>
          <TreatmentAndScreening treatments={treatments} />
        </FormSection>
        <FormSection name="contact" heading={t('contactHeading')}>
          <ContactDetails />
        </FormSection>
        <FormSection name="when" heading={t('whenHeading')}>
          <PreferredDates dateRange={dateRange} />
          <MessageField />
        </FormSection>
        <FormSection name="consent" heading={t('consentHeading')}>
          <Consent consentText={consentText} privacyHref={privacyHref} />
        </FormSection>

        {/* Off-screen and skipped by keyboard and screen readers; bots that fill every field fill this one. */}
        <div className="booking-form__trap" aria-hidden="true">
          <label htmlFor={`${formId}-${formFields.honeypot}`}>{t('honeypot')}</label>
          <input id={`${formId}-${formFields.honeypot}`} name={formFields.honeypot} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
        </div>

        <button type="submit" className="button button--primary booking-form__submit" disabled={pending}>
          {pending ? t('sending') : t('submit')}
        </button>
      </form>
    </FormProvider>
  )
}

/** The server's errors as Conform's last result: shown at once, each field counted as checked. */
function serverResult(state: BookingFormState, treatments: readonly BookingFormTreatment[]): SubmissionResult | undefined {
  if (Object.keys(state.errors).length === 0) return undefined
  const treatment = treatments.find((entry) => entry.id === state.values.treatment)
  return { status: 'error', error: stateErrorsOf(state.errors, unansweredQuestions(treatment, state.values.screeningAnswers)) }
}
