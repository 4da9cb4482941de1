import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { faqCategories, faqCategoryLabels } from '@klinik/config/contentChoices'
import type { Locale } from '@klinik/config/locales'

import { FaqBrowser } from '@/components/FaqBrowser.client'
import { JsonLd } from '@/components/JsonLd'
import { PageShell } from '@/components/PageShell'
import { staticPageAlternates } from '@/lib/alternates'
import { getClinic } from '@/lib/cms/clinicSettings'
import { listFaqs } from '@/lib/cms/faqs'
import { listTreatments } from '@/lib/cms/treatments'
import { webEnv } from '@/lib/env'
import { staticPageMetadata } from '@/lib/pageMetadata'
import { faqPageJsonLd } from '@/lib/structuredData'

type Props = { params: Promise<{ locale: Locale }> }

const alternates = staticPageAlternates('/faq')

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return staticPageMetadata((await params).locale, alternates, 'faq')
}

export default async function FaqPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const [clinic, faqs, treatments, t] = await Promise.all([getClinic(locale), listFaqs(locale), listTreatments(locale), getTranslations('Faq')])
  return (
    <PageShell locale={locale} clinic={clinic} alternates={alternates}>
      <JsonLd data={faqPageJsonLd(faqs, locale, `${webEnv().siteUrl}${alternates.paths[locale]}`)} />
      <div className="container page-head">
        <h1>{t('heading')}</h1>
      </div>
      <div className="container section narrow">
        <FaqBrowser
          faqs={faqs}
          treatments={treatments.filter((treatment) => faqs.some((faq) => faq.treatmentIds.includes(treatment.id))).map(({ id, title }) => ({ id, title }))}
          categories={faqCategories.map((key) => ({ key, label: faqCategoryLabels[key][locale] }))}
          labels={{ filter: t('filterLabel'), all: t('all'), empty: t('empty'), countOne: t('count.one'), countOther: t('count.other') }}
        />
      </div>
    </PageShell>
  )
}
