import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import type { Locale } from '@klinik/config/locales'

import { ContactActions } from '@/components/ContactActions'
import { PageShell } from '@/components/PageShell'
import { Link, redirect } from '@/i18n/navigation'
import { staticPageAlternates } from '@/lib/alternates'
import { readReceipt } from '@/lib/bookingFormToken'
import { getClinic } from '@/lib/cms/clinicSettings'

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ r?: string | string[] }> }

// The other language's version of this page has no receipt: the switcher leads to the form.
const alternates = { ...staticPageAlternates('/appointment'), existsIn: [] }

export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: 'Received' })
  return { title: t('title'), robots: { index: false, follow: false } }
}

/**
 * "Request received", with the reference the CMS gave. The reference arrives signed by the
 * server action, so this page cannot be made to claim a request was received when it was not.
 */
export default async function ReceivedPage({ params, searchParams }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const reference = readReceipt((await searchParams).r)
  if (!reference) redirect({ href: '/appointment', locale })
  const [clinic, t] = await Promise.all([getClinic(locale), getTranslations('Received')])
  return (
    <PageShell locale={locale} clinic={clinic} alternates={alternates}>
      <div className="container page-head narrow received">
        <h1>{t('heading')}</h1>
        <p className="lead">{t('lead')}</p>
        <p className="received__reference">
          {t('referenceLabel')} <strong data-testid="booking-reference">{reference}</strong>
        </p>
        <p className="note">{t('referenceNote')}</p>
        <h2>{t('nextHeading')}</h2>
        <ol className="received__steps">
          <li>{t('next1')}</li>
          <li>{t('next2')}</li>
          <li>{t('next3')}</li>
        </ol>
        <p>{t('urgent')}</p>
        <ContactActions clinic={clinic} compact />
        <p>
          <Link href="/treatments" className="text-link">
            {t('backToTreatments')}
          </Link>
        </p>
      </div>
    </PageShell>
  )
}
