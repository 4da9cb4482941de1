import { Link } from '@/i18n/navigation'
import type { TreatmentSummary } from '@/lib/cms'

export function TreatmentCard({ treatment, headingLevel = 3 }: { treatment: TreatmentSummary; headingLevel?: 2 | 3 }) {
  const Heading = `h${headingLevel}` as 'h3'
  return (
    <article className="treatment-card">
      {treatment.image && (
        // Sized from the CMS's own resized images; width/height keep the layout from shifting.
        // eslint-disable-next-line @next/next/no-img-element
        <img
          className="treatment-card__image"
          src={treatment.image.url}
          srcSet={treatment.image.srcSet || undefined}
          sizes="(min-width: 60rem) 30vw, 100vw"
          width={treatment.image.width}
          height={treatment.image.height}
          alt=""
          loading="lazy"
          decoding="async"
        />
      )}
      <div className="treatment-card__body">
        <Heading className="treatment-card__title">
          <Link href={{ pathname: '/treatments/[slug]', params: { slug: treatment.slug } }}>{treatment.title}</Link>
        </Heading>
        <p>{treatment.summary}</p>
      </div>
    </article>
  )
}
