import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'

import type { Locale } from '@klinik/config/locales'

import { CmsImage } from '@/components/CmsImage'
import { JsonLd } from '@/components/JsonLd'
import { PageShell } from '@/components/PageShell'
import { RichText } from '@/components/RichText'
import { Link, permanentRedirect } from '@/i18n/navigation'
import { alternatesMetadata, pageAlternates } from '@/lib/alternates'
import { findRenamedTreatment, getTreatmentSlugs } from '@/lib/cms/treatmentAddresses'
import { getClinic } from '@/lib/cms/clinicSettings'
import { getTreatment, getTreatmentPreview, type TreatmentDetail } from '@/lib/cms/treatments'
import { webEnv } from '@/lib/env'
import { currentPreview } from '@/lib/preview'
import { treatmentJsonLd } from '@/lib/structuredData'

type Props = { params: Promise<{ locale: Locale; slug: string }> }

/** None at build time (the build never reads the CMS); each page is cached on its first visit. */
export function generateStaticParams() {
  return []
}

/** The treatment for this URL: the editor's draft in preview mode, else the published one. */
async function load(locale: Locale, slug: string): Promise<{ treatment: TreatmentDetail; preview: boolean } | null> {
  const preview = await currentPreview()
  if (preview && preview.payload.l === locale) {
    const draft = await getTreatmentPreview(preview.token)
    if (draft) return { treatment: draft, preview: true }
  }
  const treatment = await getTreatment(locale, decodeURIComponent(slug))
  if (treatment) return { treatment, preview: false }
  // An address from before a rename: send visitors and search engines to the current one.
  const current = await findRenamedTreatment(locale, decodeURIComponent(slug))
  if (current) permanentRedirect({ href: { pathname: '/treatments/[slug]', params: { slug: current } }, locale })
  return null
}

async function alternatesOf(treatment: TreatmentDetail) {
  const slugs = await getTreatmentSlugs(treatment.id).catch(() => ({}) as Record<string, string>)
  return pageAlternates((locale) => (slugs[locale] ? { pathname: '/treatments/[slug]', params: { slug: slugs[locale]! } } : null), '/treatments')
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  const loaded = await load(locale, slug)
  if (!loaded) return {}
  const { treatment, preview } = loaded
  const alternates = await alternatesOf(treatment)
  return {
    title: treatment.seo.title,
    description: treatment.seo.description,
    alternates: alternatesMetadata(locale, alternates, webEnv().siteUrl),
    openGraph: treatment.image ? { images: [{ url: treatment.image.url, width: treatment.image.width, height: treatment.image.height }] } : undefined,
    ...(preview ? { robots: { index: false, follow: false } } : {}),
  }
}

/** Names first; each explanation opens on demand, so a long list stays scannable on a phone. */
function ConditionList({ entries }: { entries: TreatmentDetail['contraindications'] }) {
  return (
    <ul className="condition-details">
      {entries.map((entry) => (
        <li key={entry.id}>
          {entry.explanation ? (
            <details>
              <summary>{entry.name}</summary>
              <p>{entry.explanation}</p>
            </details>
          ) : (
            <strong>{entry.name}</strong>
          )}
        </li>
      ))}
    </ul>
  )
}

type Range = { kind: 'range'; min: number; max: number } | { kind: 'exact'; count: number }

function range(min: number | null | undefined, max: number | null | undefined): Range | null {
  if (!min && !max) return null
  if (min && max && min !== max) return { kind: 'range', min, max }
  return { kind: 'exact', count: (max || min)! }
}

export default async function TreatmentPage({ params }: Props) {
  const { locale, slug } = await params
  setRequestLocale(locale)
  const loaded = await load(locale, slug)
  if (!loaded) notFound()
  const { treatment, preview } = loaded
  const [clinic, alternates, t, tPreview] = await Promise.all([
    getClinic(locale),
    alternatesOf(treatment),
    getTranslations('Treatment'),
    getTranslations('Preview'),
  ])
  const absolute = treatment.contraindications.filter((entry) => entry.severity === 'absolute')
  const caution = treatment.contraindications.filter((entry) => entry.severity === 'caution')
  const sessions = range(treatment.sessionPlan.sessionsMin, treatment.sessionPlan.sessionsMax)
  const interval = range(treatment.sessionPlan.intervalWeeksMin, treatment.sessionPlan.intervalWeeksMax)
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
                <Link href="/treatments">{(await getTranslations('Header'))('treatments')}</Link>
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
            <RichText value={treatment.body} className="prose" />

            {(treatment.indications.length > 0 || treatment.treatmentAreas.length > 0) && (
              <section aria-labelledby="who-for" className="section">
                <h2 id="who-for">{t('whoFor')}</h2>
                <ul className="check-list">
                  {treatment.indications.map((item) => (
                    <li key={item}>{item}</li>
                  ))}
                </ul>
                {treatment.treatmentAreas.length > 0 && (
                  <>
                    <h3>{t('areas')}</h3>
                    <ul className="tag-list">
                      {treatment.treatmentAreas.map((item) => (
                        <li key={item}>{item}</li>
                      ))}
                    </ul>
                  </>
                )}
              </section>
            )}

            {treatment.sessionSteps.length > 0 && (
              <section aria-labelledby="session" className="section">
                <h2 id="session">{t('session')}</h2>
                <ol className="steps">
                  {treatment.sessionSteps.map((step) => (
                    <li key={step}>{step}</li>
                  ))}
                </ol>
              </section>
            )}

            {(sessions || interval || treatment.sessionPlan.sessionMinutes) && (
              <section aria-labelledby="plan" className="section">
                <h2 id="plan">{t('plan')}</h2>
                <dl className="plan">
                  {sessions && (
                    <div>
                      <dt>{t('sessions')}</dt>
                      <dd>
                        {sessions.kind === 'exact'
                          ? t('sessionsExact', { count: sessions.count })
                          : t('sessionsRange', { min: sessions.min, max: sessions.max })}
                      </dd>
                    </div>
                  )}
                  {interval && (
                    <div>
                      <dt>{t('interval')}</dt>
                      <dd>
                        {interval.kind === 'exact'
                          ? t('intervalExact', { count: interval.count })
                          : t('intervalRange', { min: interval.min, max: interval.max })}
                      </dd>
                    </div>
                  )}
                  {treatment.sessionPlan.sessionMinutes && (
                    <div>
                      <dt>{t('duration')}</dt>
                      <dd>{t('minutes', { count: treatment.sessionPlan.sessionMinutes })}</dd>
                    </div>
                  )}
                </dl>
                {treatment.sessionPlan.note && <p className="note">{treatment.sessionPlan.note}</p>}
              </section>
            )}

            {treatment.contraindications.length > 0 && (
              <section aria-labelledby="contraindications" className="section">
                <h2 id="contraindications">{t('contraindications')}</h2>
                {absolute.length > 0 && (
                  <div className="severity severity--absolute">
                    <h3>
                      <span className="badge badge--absolute">{t('absoluteBadge')}</span> {t('absoluteHeading')}
                    </h3>
                    <ConditionList entries={absolute} />
                  </div>
                )}
                {caution.length > 0 && (
                  <div className="severity severity--caution">
                    <h3>
                      <span className="badge badge--caution">{t('cautionBadge')}</span> {t('cautionHeading')}
                    </h3>
                    <ConditionList entries={caution} />
                  </div>
                )}
              </section>
            )}

            {treatment.sideEffects.length > 0 && (
              <section aria-labelledby="side-effects" className="section">
                <h2 id="side-effects">{t('sideEffects')}</h2>
                <ul>
                  {treatment.sideEffects.map((item) => (
                    <li key={item}>{item}</li>
                  ))}
                </ul>
              </section>
            )}

            {treatment.aftercare.length > 0 && (
              <section aria-labelledby="aftercare" className="section">
                <h2 id="aftercare">{t('aftercare')}</h2>
                <ul className="check-list">
                  {treatment.aftercare.map((item) => (
                    <li key={item}>{item}</li>
                  ))}
                </ul>
              </section>
            )}

            {treatment.faqs.length > 0 && (
              <section aria-labelledby="treatment-faq" className="section">
                <h2 id="treatment-faq">{t('faq')}</h2>
                {treatment.faqs.map((faq) => (
                  <details key={faq.id} className="faq-item">
                    <summary>{faq.question}</summary>
                    <p>{faq.answer}</p>
                  </details>
                ))}
              </section>
            )}

            {clinic.medicalDisclaimer && (
              <aside aria-labelledby="disclaimer" className="disclaimer">
                <h2 id="disclaimer">{t('disclaimerHeading')}</h2>
                <p>{clinic.medicalDisclaimer}</p>
              </aside>
            )}
          </div>
          <aside className="treatment__aside" aria-labelledby="cta-heading">
            <div className="cta-box">
              <h2 id="cta-heading">{t('ctaHeading')}</h2>
              <p>{t('ctaText')}</p>
              <Link href={{ pathname: '/appointment', query: { treatment: treatment.slug } }} className="button button--primary">
                {t('cta', { treatment: treatment.title })}
              </Link>
            </div>
          </aside>
        </div>
      </article>
    </PageShell>
  )
}
