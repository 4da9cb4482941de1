import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import type { Locale } from '@klinik/config/locales'

import { ContactActions } from '@/components/ContactActions'
import { JsonLd } from '@/components/JsonLd'
import { PageShell } from '@/components/PageShell'
import { RichText } from '@/components/RichText'
import { TreatmentCard } from '@/components/TreatmentCard'
import { Link } from '@/i18n/navigation'
import { alternatesMetadata, staticPageAlternates } from '@/lib/alternates'
import { getClinic } from '@/lib/cms/clinicSettings'
import { getHome } from '@/lib/cms/homePage'
import { resolveRichText } from '@/lib/cms/richText'
import { webEnv } from '@/lib/env'
import { medicalClinicJsonLd } from '@/lib/structuredData'

type Props = { params: Promise<{ locale: Locale }> }

const alternates = staticPageAlternates('/')

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const [clinic, t] = await Promise.all([getClinic(locale), getTranslations({ locale, namespace: 'Metadata' })])
  return {
    title: { absolute: clinic.tagline ? `${clinic.name} – ${clinic.tagline}` : clinic.name },
    description: t('siteDescription'),
    alternates: alternatesMetadata(locale, alternates, webEnv().siteUrl),
  }
}

export default async function HomePage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const [clinic, home, t] = await Promise.all([getClinic(locale), getHome(locale), getTranslations('Home')])
  const intro = await resolveRichText(home.intro, locale)
  return (
    <PageShell locale={locale} clinic={clinic} alternates={alternates}>
      <JsonLd data={medicalClinicJsonLd(clinic, locale, webEnv().siteUrl, alternates.paths[locale])} />
      <section className="hero">
        <div className="hero__inner">
          <h1>{home.heroHeading}</h1>
          {home.heroText && <p className="hero__text">{home.heroText}</p>}
          <div className="hero__actions">
            <Link href="/appointment" className="button button--primary">
              {t('bookCta')}
            </Link>
            <ContactActions clinic={clinic} compact />
          </div>
        </div>
      </section>
      <div className="container prose-block">
        <RichText content={intro} className="prose" />
      </div>
      {home.featured.length > 0 && (
        <section className="container section" aria-labelledby="featured-heading">
          <h2 id="featured-heading">{t('featured')}</h2>
          <div className="card-grid">
            {home.featured.map((treatment) => (
              <TreatmentCard key={treatment.id} treatment={treatment} />
            ))}
          </div>
          <p>
            <Link href="/treatments" className="text-link">
              {t('allTreatments')} →
            </Link>
          </p>
        </section>
      )}
    </PageShell>
  )
}
