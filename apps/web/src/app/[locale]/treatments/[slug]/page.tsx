import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'
import { cache } from 'react'

import type { Locale } from '@klinik/config/locales'

import { CmsImage } from '@/components/CmsImage'
import { JsonLd } from '@/components/JsonLd'
import { PageShell } from '@/components/PageShell'
import { RichText } from '@/components/RichText'
import { Link, permanentRedirect } from '@/i18n/navigation'
import { alternatesMetadata, pageAlternates } from '@/lib/alternates'
import { getClinic } from '@/lib/cms/clinicSettings'
import { resolveRichText } from '@/lib/cms/richText'
import { findRenamedTreatment, getTreatmentSlugs } from '@/lib/cms/treatmentAddresses'
import { getTreatment, getTreatmentPreview, type TreatmentDetail } from '@/lib/cms/treatments'
import { webEnv } from '@/lib/env'
import { currentPreview } from '@/lib/preview'
import { treatmentJsonLd } from '@/lib/structuredData'

import { BookingCallToAction } from './BookingCallToAction'
import { ContraindicationsSection } from './ContraindicationsSection'
import { FaqSection } from './FaqSection'
import { ListSection } from './ListSection'
import { SessionPlanSection } from './SessionPlanSection'
import { WhoForSection } from './WhoForSection'

type Props = { params: Promise<{ locale: Locale; slug: string }> }

/** None at build time (the build never reads the CMS); each page is cached on its first visit. */
export function generateStaticParams() {
  return []
}

/**
 * The treatment for this URL: the editor's draft in preview mode, else the published one.
 * generateMetadata and the page share it through React's per-request cache: one read per render.
 */
const load = cache(async (locale: Locale, slug: string): Promise<{ treatment: TreatmentDetail; preview: boolean } | null> => {
  const preview = await currentPreview()
  if (preview && preview.claims.collection === 'treatments' && preview.claims.locale === locale) {
    const draft = await getTreatmentPreview(preview.token)
    if (draft) return { treatment: draft, preview: true }
  }
  const treatment = await getTreatment(locale, decodeURIComponent(slug))
  if (treatment) return { treatment, preview: false }
  // An address from before a rename: send visitors and search engines to the current one.
  const current = await findRenamedTreatment(locale, decodeURIComponent(slug))
  if (current) permanentRedirect({ href: { pathname: '/treatments/[slug]', params: { slug: current } }, locale })
  return null
})

/** The page's address in each language the treatment is published in (hreflang, the language switcher). */
const alternatesOf = cache(async (treatmentId: string) => {
  const slugs = await getTreatmentSlugs(treatmentId).catch(() => ({}) as Record<string, string>)
  return pageAlternates((locale) => (slugs[locale] ? { pathname: '/treatments/[slug]', params: { slug: slugs[locale]! } } : null), '/treatments')
})

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  const loaded = await load(locale, slug)
  if (!loaded) return {}
  const { treatment, preview } = loaded
  const alternates = await alternatesOf(treatment.id)
  return {
    title: treatment.seo.title,
    description: treatment.seo.description,
    alternates: alternatesMetadata(locale, alternates, webEnv().siteUrl),
    openGraph: treatment.image ? { images: [{ url: treatment.image.url, width: treatment.image.width, height: treatment.image.height }] } : undefined,
    ...(preview ? { robots: { index: false, follow: false } } : {}),
  }
}

export default async function TreatmentPage({ params }: Props) {
  const { locale, slug } = await params
  setRequestLocale(locale)
  const loaded = await load(locale, slug)
  if (!loaded) notFound()
  const { treatment, preview } = loaded
  const [clinic, alternates, body, t, tPreview, tHeader] = await Promise.all([
    getClinic(locale),
    alternatesOf(treatment.id),
    resolveRichText(treatment.body, locale),
    getTranslations('Treatment'),
    getTranslations('Preview'),
    getTranslations('Header'),
  ])
  const url = `${webEnv().siteUrl}${alternates.paths[locale]}`

  return (
    <PageShell locale={locale} clinic={clinic} alternates={alternates} treatment={treatment.title}>
      {preview && (
        <div className="preview-banner" role="status">
          {tPreview('banner')} <a href={`/api/preview/exit?to=${encodeURIComponent(alternates.paths[locale])}`}>{tPreview('exit')}</a>
        </div>
      )}
      {!preview && <JsonLd data={treatmentJsonLd(treatment, clinic, locale, url)} />}
      <article className="treatment">
        <header className="treatment__head container">
          <nav aria-label={t('breadcrumb')} className="breadcrumb">
            <ol>
              <li>
                <Link href="/">{clinic.name}</Link>
              </li>
              <li>
                <Link href="/treatments">{tHeader('treatments')}</Link>
              </li>
              <li aria-current="page">{treatment.title}</li>
            </ol>
          </nav>
          <h1>{treatment.title}</h1>
          {treatment.summary && <p className="lead">{treatment.summary}</p>}
        </header>
        {treatment.image && <CmsImage className="treatment__image" image={treatment.image} sizes="100vw" priority />}
        <div className="container treatment__layout">
          <div className="treatment__main">
            <RichText content={body} className="prose" />
            <WhoForSection indications={treatment.indications} areas={treatment.treatmentAreas} />
            <ListSection id="session" heading={t('session')} items={treatment.sessionSteps} ordered className="steps" />
            <SessionPlanSection plan={treatment.sessionPlan} />
            <ContraindicationsSection entries={treatment.contraindications} />
            <ListSection id="side-effects" heading={t('sideEffects')} items={treatment.sideEffects} />
            <ListSection id="aftercare" heading={t('aftercare')} items={treatment.aftercare} className="check-list" />
            <FaqSection faqs={treatment.faqs} />
            {clinic.medicalDisclaimer && (
              <aside aria-labelledby="disclaimer" className="disclaimer">
                <h2 id="disclaimer">{t('disclaimerHeading')}</h2>
                <p>{clinic.medicalDisclaimer}</p>
              </aside>
            )}
          </div>
          <BookingCallToAction treatment={treatment} />
        </div>
      </article>
    </PageShell>
  )
}
