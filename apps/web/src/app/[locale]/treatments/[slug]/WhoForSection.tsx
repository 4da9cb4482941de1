import { useTranslations } from 'next-intl'

/** Who the treatment is for, and the areas of the body it treats. */
export function WhoForSection({ indications, areas }: { indications: string[]; areas: string[] }) {
  const t = useTranslations('Treatment')
  if (indications.length === 0 && areas.length === 0) return null
  return (
    <section aria-labelledby="who-for" className="section">
      <h2 id="who-for">{t('whoFor')}</h2>
      <ul className="check-list">
        {indications.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      {areas.length > 0 && (
        <>
          <h3>{t('areas')}</h3>
          <ul className="tag-list">
            {areas.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
