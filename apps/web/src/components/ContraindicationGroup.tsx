import { useTranslations } from 'next-intl'

import type { ContraindicationSeverity } from '@klinik/config/contentChoices'

import type { ContraindicationItem } from '@/lib/cms/contraindications'

type Props = {
  severity: ContraindicationSeverity
  heading: string
  entries: ContraindicationItem[]
  /**
   * On the contraindications page each severity is a section of the page, with its explanation
   * and every entry open. Without it (a treatment page), the group sits in the page's own section
   * and lists names first; each explanation opens on demand, so a long list stays scannable on a phone.
   */
  standalone?: { id: string; text: string }
}

/** The contraindications of one severity under its badge; nothing when there are none. */
export function ContraindicationGroup({ severity, heading, entries, standalone }: Props) {
  const t = useTranslations('Treatment')
  if (entries.length === 0) return null
  const title = (
    <>
      <span className={`badge badge--${severity}`}>{t(`${severity}Badge`)}</span> {heading}
    </>
  )
  if (standalone) {
    return (
      <section aria-labelledby={standalone.id} className={`severity severity--${severity} section`}>
        <h2 id={standalone.id}>{title}</h2>
        <p>{standalone.text}</p>
        <ul className="condition-list">
          {entries.map((entry) => (
            <li key={entry.id}>
              <h3>{entry.name}</h3>
              {entry.explanation && <p>{entry.explanation}</p>}
            </li>
          ))}
        </ul>
      </section>
    )
  }
  return (
    <div className={`severity severity--${severity}`}>
      <h3>{title}</h3>
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
    </div>
  )
}
