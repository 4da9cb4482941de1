import { useTranslations } from 'next-intl'

import type { FaqItem } from '@/lib/cms/faqs'

/** The questions linked to this treatment, each answer open on demand. */
export function FaqSection({ faqs }: { faqs: FaqItem[] }) {
  const t = useTranslations('Treatment')
  if (faqs.length === 0) return null
  return (
    <section aria-labelledby="treatment-faq" className="section">
      <h2 id="treatment-faq">{t('faq')}</h2>
      {faqs.map((faq) => (
        <details key={faq.id} className="faq-item">
          <summary>{faq.question}</summary>
          <p>{faq.answer}</p>
        </details>
      ))}
    </section>
  )
}
