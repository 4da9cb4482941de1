import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import type { Locale } from '@klinik/config/locales'

import { PageShell } from '@/components/PageShell'
import { TreatmentCard } from '@/components/TreatmentCard'
import { staticPageAlternates } from '@/lib/alternates'
import { getClinic } from '@/lib/cms/clinicSettings'
import { listTreatments } from '@/lib/cms/treatments'
import { staticPageMetadata } from '@/lib/pageMetadata'

type Props = { params: Promise<{ locale: Locale }> }

const alternates = staticPageAlternates('/treatments')

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return staticPageMetadata((await params).locale, alternates, 'treatments')
}

export default async function TreatmentsPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const [clinic, treatments, t] = await Promise.all([getClinic(locale), listTreatments(locale), getTranslations('Treatments')])
  return (
    <PageShell locale={locale} clinic={clinic} alternates={alternates}>
      <div className="container page-head">
        <h1>{t('heading')}</h1>
        <p className="lead">{t('intro')}</p>
      </div>
      <div className="container section">
        {treatments.length === 0 ? (
          <p>{t('empty')}</p>
        ) : (
          <div className="card-grid">
            {treatments.map((treatment) => (
              <TreatmentCard key={treatment.id} treatment={treatment} headingLevel={2} />
            ))}
          </div>
        )}
      </div>
    </PageShell>
  )
}
