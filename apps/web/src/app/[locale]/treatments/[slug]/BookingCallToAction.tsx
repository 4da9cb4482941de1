import { useTranslations } from 'next-intl'

import { Link } from '@/i18n/navigation'
import type { TreatmentSummary } from '@/lib/cms/treatments'

/** The invitation to request an appointment, with this treatment chosen in the form. */
export function BookingCallToAction({ treatment }: { treatment: Pick<TreatmentSummary, 'title' | 'slug'> }) {
  const t = useTranslations('Treatment')
  return (
    <aside className="treatment__aside" aria-labelledby="cta-heading">
      <div className="cta-box">
        <h2 id="cta-heading">{t('ctaHeading')}</h2>
        <p>{t('ctaText')}</p>
        <Link href={{ pathname: '/appointment', query: { treatment: treatment.slug } }} className="button button--primary">
          {t('cta', { treatment: treatment.title })}
        </Link>
      </div>
    </aside>
  )
}
