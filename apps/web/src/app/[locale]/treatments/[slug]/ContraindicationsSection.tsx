import { useTranslations } from 'next-intl'

import { ContraindicationGroup } from '@/components/ContraindicationGroup'
import type { ContraindicationItem } from '@/lib/cms/contraindications'

/** Who should not have this treatment: the absolute contraindications first, then those the physician weighs. */
export function ContraindicationsSection({ entries }: { entries: ContraindicationItem[] }) {
  const t = useTranslations('Treatment')
  if (entries.length === 0) return null
  return (
    <section aria-labelledby="contraindications" className="section">
      <h2 id="contraindications">{t('contraindications')}</h2>
      <ContraindicationGroup severity="absolute" heading={t('absoluteHeading')} entries={entries.filter((entry) => entry.severity === 'absolute')} />
      <ContraindicationGroup severity="caution" heading={t('cautionHeading')} entries={entries.filter((entry) => entry.severity === 'caution')} />
    </section>
  )
}
