import { getLocale, getTranslations } from 'next-intl/server'

import { isLocale, defaultLocale } from '@klinik/config/locales'

import { PageShell } from '@/components/PageShell'
import { Link } from '@/i18n/navigation'
import { staticPageAlternates } from '@/lib/alternates'
import { getClinic } from '@/lib/cms/clinicSettings'

export default async function NotFound() {
  const current = await getLocale()
  const locale = isLocale(current) ? current : defaultLocale
  const [clinic, t] = await Promise.all([getClinic(locale), getTranslations('NotFound')])
  return (
    <PageShell locale={locale} clinic={clinic} alternates={staticPageAlternates('/')}>
      {/* React places it in <head>; not-found pages get no generateMetadata. */}
      <title>{`${t('title')} · ${clinic.name}`}</title>
      <div className="container page-head narrow">
        <h1>{t('title')}</h1>
        <p className="lead">{t('text')}</p>
        <p className="link-row">
          <Link href="/" className="button button--primary">
            {t('home')}
          </Link>
          <Link href="/treatments" className="button button--secondary">
            {t('treatments')}
          </Link>
        </p>
      </div>
    </PageShell>
  )
}
