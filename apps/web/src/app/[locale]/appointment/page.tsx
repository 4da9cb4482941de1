import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import type { Locale } from '@klinik/config/locales'

import { ContactActions } from '@/components/ContactActions'
import { PageShell } from '@/components/PageShell'
import { staticPageAlternates } from '@/lib/alternates'
import { getClinic, getTreatment } from '@/lib/cms'
import { staticPageMetadata } from '@/lib/pageMetadata'

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ treatment?: string | string[] }> }

const alternates = staticPageAlternates('/appointment')

// Rendered per request: it reads the chosen treatment from the query (and will carry the
// booking form's per-render token).
export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return staticPageMetadata((await params).locale, alternates, 'appointment')
}

/** Reserved for the booking form (next issue); until then, the ways to book that work today. */
export default async function AppointmentPage({ params, searchParams }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const { treatment: requested } = await searchParams
  const slug = typeof requested === 'string' && /^[a-z0-9-]{1,100}$/.test(requested) ? requested : undefined
  const [clinic, treatment, t] = await Promise.all([getClinic(locale), slug ? getTreatment(locale, slug) : null, getTranslations('Appointment')])
  return (
    <PageShell locale={locale} clinic={clinic} alternates={alternates} treatment={treatment?.title}>
      <div className="container page-head narrow">
        <h1>{t('heading')}</h1>
        {treatment && <p className="lead">{t('forTreatment', { treatment: treatment.title })}</p>}
        <p>{t('intro')}</p>
        <ContactActions clinic={clinic} treatment={treatment?.title} />
      </div>
    </PageShell>
  )
}
