import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import type { Locale } from '@klinik/config/locales'

import { ContraindicationGroup } from '@/components/ContraindicationGroup'
import { PageShell } from '@/components/PageShell'
import { staticPageAlternates } from '@/lib/alternates'
import { getClinic } from '@/lib/cms/clinicSettings'
import { listContraindications } from '@/lib/cms/contraindications'
import { staticPageMetadata } from '@/lib/pageMetadata'

type Props = { params: Promise<{ locale: Locale }> }

const alternates = staticPageAlternates('/contraindications')

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return staticPageMetadata((await params).locale, alternates, 'contraindications')
}

export default async function ContraindicationsPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const [clinic, entries, t] = await Promise.all([getClinic(locale), listContraindications(locale), getTranslations('Contraindications')])
  return (
    <PageShell locale={locale} clinic={clinic} alternates={alternates}>
      <div className="container page-head">
        <h1>{t('heading')}</h1>
        <p className="lead">{t('intro')}</p>
      </div>
      <div className="container narrow">
        <ContraindicationGroup
          severity="absolute"
          heading={t('absoluteHeading')}
          standalone={{ id: 'absolute', text: t('absoluteText') }}
          entries={entries.filter((entry) => entry.severity === 'absolute')}
        />
        <ContraindicationGroup
          severity="caution"
          heading={t('cautionHeading')}
          standalone={{ id: 'caution', text: t('cautionText') }}
          entries={entries.filter((entry) => entry.severity === 'caution')}
        />
        {clinic.medicalDisclaimer && <p className="disclaimer">{clinic.medicalDisclaimer}</p>}
      </div>
    </PageShell>
  )
}
