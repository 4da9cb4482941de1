import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import type { Locale } from '@klinik/config/locales'

import { PageShell } from '@/components/PageShell'
import { staticPageAlternates } from '@/lib/alternates'
import { getClinic } from '@/lib/cms/clinicSettings'
import { listContraindications, type ContraindicationItem } from '@/lib/cms/contraindications'
import { staticPageMetadata } from '@/lib/pageMetadata'

type Props = { params: Promise<{ locale: Locale }> }

const alternates = staticPageAlternates('/contraindications')

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return staticPageMetadata((await params).locale, alternates, 'contraindications')
}

function Group({
  id,
  heading,
  text,
  entries,
  severity,
  badge,
}: {
  id: string
  heading: string
  text: string
  entries: ContraindicationItem[]
  severity: 'absolute' | 'caution'
  badge: string
}) {
  if (entries.length === 0) return null
  return (
    <section aria-labelledby={id} className={`severity severity--${severity} section`}>
      <h2 id={id}>
        <span className={`badge badge--${severity}`}>{badge}</span> {heading}
      </h2>
      <p>{text}</p>
      <ul className="condition-list">
        {entries.map((entry) => (
          <li key={entry.id}>
            <h3>{entry.name}</h3>
            {entry.explanation && <p>{entry.explanation}</p>}
          </li>
        ))}
      </ul>
    </section>
  )
}

export default async function ContraindicationsPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const [clinic, entries, t, tTreatment] = await Promise.all([
    getClinic(locale),
    listContraindications(locale),
    getTranslations('Contraindications'),
    getTranslations('Treatment'),
  ])
  return (
    <PageShell locale={locale} clinic={clinic} alternates={alternates}>
      <div className="container page-head">
        <h1>{t('heading')}</h1>
        <p className="lead">{t('intro')}</p>
      </div>
      <div className="container narrow">
        <Group
          id="absolute"
          heading={t('absoluteHeading')}
          text={t('absoluteText')}
          badge={tTreatment('absoluteBadge')}
          severity="absolute"
          entries={entries.filter((entry) => entry.severity === 'absolute')}
        />
        <Group
          id="caution"
          heading={t('cautionHeading')}
          text={t('cautionText')}
          badge={tTreatment('cautionBadge')}
          severity="caution"
          entries={entries.filter((entry) => entry.severity === 'caution')}
        />
        {clinic.medicalDisclaimer && <p className="disclaimer">{clinic.medicalDisclaimer}</p>}
      </div>
    </PageShell>
  )
}
