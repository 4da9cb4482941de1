import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import type { Locale } from '@klinik/config/locales'

import { PageShell } from '@/components/PageShell'
import { RichText } from '@/components/RichText'
import { staticPageAlternates } from '@/lib/alternates'
import { getClinic } from '@/lib/cms/clinicSettings'
import { resolveRichText } from '@/lib/cms/richText'
import { staticPageMetadata } from '@/lib/pageMetadata'

type Props = { params: Promise<{ locale: Locale }> }

const alternates = staticPageAlternates('/privacy')

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return staticPageMetadata((await params).locale, alternates, 'privacy')
}

export default async function PrivacyPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const [clinic, t] = await Promise.all([getClinic(locale), getTranslations('Privacy')])
  const notice = await resolveRichText(clinic.privacyNotice, locale)
  return (
    <PageShell locale={locale} clinic={clinic} alternates={alternates}>
      <div className="container page-head narrow">
        <h1>{t('heading')}</h1>
        <p className="note">{t('version', { version: clinic.privacyNoticeVersion })}</p>
      </div>
      <div className="container narrow section">
        <RichText content={notice} className="prose" />
      </div>
    </PageShell>
  )
}
