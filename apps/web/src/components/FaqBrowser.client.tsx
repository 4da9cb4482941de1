'use client'

import { useMemo, useState } from 'react'

export type FaqEntry = { id: string; question: string; answer: string; category: string; treatmentIds: string[] }

type Props = {
  faqs: FaqEntry[]
  treatments: { id: string; title: string }[]
  /** Category keys in display order, with their headings. An entry in a category not listed here shows under the first. */
  categories: { key: string; label: string }[]
  /** Already translated; `countOne`/`countOther` contain "#" for the number. */
  labels: { filter: string; all: string; empty: string; countOne: string; countOther: string }
}

/**
 * The FAQ grouped by category, with a filter by treatment. The answers are native
 * <details> elements, so reading works without JavaScript; the filter is the only part
 * that needs it.
 */
export function FaqBrowser({ faqs, treatments, categories, labels }: Props) {
  // Treatment pages show their own questions, so the FAQ page always starts with all of them.
  const [treatment, setTreatment] = useState('')
  const visible = useMemo(() => (treatment ? faqs.filter((faq) => faq.treatmentIds.includes(treatment)) : faqs), [faqs, treatment])
  // Every entry the count includes is shown: one in a category this page does not know goes to the first group.
  const listed = new Set(categories.map(({ key }) => key))
  const groupOf = (faq: FaqEntry) => (listed.has(faq.category) ? faq.category : categories[0]?.key)

  return (
    <div className="faq-browser">
      <div className="faq-browser__filter">
        <label htmlFor="faq-treatment">{labels.filter}</label>
        <select id="faq-treatment" value={treatment} onChange={(event) => setTreatment(event.target.value)}>
          <option value="">{labels.all}</option>
          {treatments.map((entry) => (
            <option key={entry.id} value={entry.id}>
              {entry.title}
            </option>
          ))}
        </select>
        <p className="faq-browser__count" role="status">
          {(visible.length === 1 ? labels.countOne : labels.countOther).replace('#', String(visible.length))}
        </p>
      </div>
      {visible.length === 0 && <p>{labels.empty}</p>}
      {categories.map(({ key, label }) => {
        const inCategory = visible.filter((faq) => groupOf(faq) === key)
        if (inCategory.length === 0) return null
        return (
          <section key={key} aria-labelledby={`faq-${key}`} className="faq-group">
            <h2 id={`faq-${key}`}>{label}</h2>
            {inCategory.map((faq) => (
              <details key={faq.id} className="faq-item">
                <summary>{faq.question}</summary>
                <p>{faq.answer}</p>
              </details>
            ))}
          </section>
        )
      })}
    </div>
  )
}
