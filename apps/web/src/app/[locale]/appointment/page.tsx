import type { Metadata } from 'next'
import { NextIntlClientProvider } from 'next-intl'
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server'

import { addMonths, clinicToday } from '@klinik/booking/dates'
import { limits } from '@klinik/booking/schema'
import type { Locale } from '@klinik/config/locales'

import { ContactActions } from '@/components/ContactActions'
import { PageShell } from '@/components/PageShell'
import { getPathname } from '@/i18n/navigation'
import { staticPageAlternates } from '@/lib/alternates'
import { issueFormToken } from '@/lib/bookingFormToken'
import { getClinic } from '@/lib/cms/clinicSettings'
import { listBookableTreatments } from '@/lib/cms/bookings'
import { staticPageMetadata } from '@/lib/pageMetadata'

import { requestAppointment, type BookingFormState } from './actions'
import { BookingForm } from './BookingForm.client'
import { emptyBookingFormValues } from './bookingFormFields'

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ treatment?: string | string[] }> }

const alternates = staticPageAlternates('/appointment')

// Rendered per request: each render carries its own form token (the form key and the time it was shown).
export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return staticPageMetadata((await params).locale, alternates, 'appointment')
}

export default async function AppointmentPage({ params, searchParams }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const { treatment: requested } = await searchParams
  const [clinic, treatments, t, messages] = await Promise.all([
    getClinic(locale),
    listBookableTreatments(locale),
    getTranslations('Appointment'),
    getMessages(),
  ])
  // Reached from a treatment page (?treatment=<slug in this language>): that treatment is chosen.
  const chosen = typeof requested === 'string' ? treatments.find((entry) => entry.slug === requested) : undefined
  const today = clinicToday()
  const initialState: BookingFormState = {
    status: 'editing',
    values: { ...emptyBookingFormValues, treatment: chosen?.id ?? '' },
    errors: {},
    token: issueFormToken(),
    attempt: 0,
  }
  return (
    <PageShell locale={locale} clinic={clinic} alternates={alternates} treatment={chosen?.title}>
      <div className="container page-head narrow">
        <h1>{t('heading')}</h1>
        <p className="lead">{t('intro')}</p>
        <details className="booking-alternative">
          <summary>{t('preferToTalk')}</summary>
          <ContactActions clinic={clinic} treatment={chosen?.title} />
        </details>
      </div>
      <div className="container narrow section">
        {/* The form's own strings only: the client leaf translates its many labels itself. */}
        <NextIntlClientProvider messages={{ BookingForm: messages.BookingForm }}>
          <BookingForm
            locale={locale}
            action={requestAppointment.bind(null, locale)}
            initialState={initialState}
            treatments={treatments.map(({ id, title, screeningQuestions }) => ({ id, title, screeningQuestions }))}
            privacyNoticeVersion={clinic.privacyNoticeVersion}
            consentText={clinic.consentText}
            privacyHref={getPathname({ locale, href: '/privacy' })}
            dateRange={{ min: today, max: addMonths(today, limits.monthsAhead) }}
            contactActions={<ContactActions clinic={clinic} treatment={chosen?.title} compact />}
          />
        </NextIntlClientProvider>
      </div>
    </PageShell>
  )
}
