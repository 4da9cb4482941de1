import { Link } from '@/i18n/navigation'

import { CmsImage } from './CmsImage'
import type { TreatmentSummary } from '@/lib/cms/treatments'

export function TreatmentCard({ treatment, headingLevel = 3 }: { treatment: TreatmentSummary; headingLevel?: 2 | 3 }) {
  const Heading = `h${headingLevel}` as 'h3'
  return (
    <article className="treatment-card">
      {/* The card's link names the treatment; the picture adds nothing for screen readers. */}
      {treatment.image && <CmsImage className="treatment-card__image" image={treatment.image} sizes="(min-width: 60rem) 30vw, 100vw" decorative />}
      <div className="treatment-card__body">
        <Heading className="treatment-card__title">
          <Link href={{ pathname: '/treatments/[slug]', params: { slug: treatment.slug } }}>{treatment.title}</Link>
        </Heading>
        <p>{treatment.summary}</p>
      </div>
    </article>
  )
}
