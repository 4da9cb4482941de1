import { useTranslations } from 'next-intl'

import type { SessionPlan } from '@/lib/cms/treatments'

type Range = { kind: 'range'; min: number; max: number } | { kind: 'exact'; count: number }

/** "4–6" when the bounds differ, "4" when only one is given or both are equal; null when neither is. */
function range(min: number | null | undefined, max: number | null | undefined): Range | null {
  if (!min && !max) return null
  if (min && max && min !== max) return { kind: 'range', min, max }
  return { kind: 'exact', count: (max || min)! }
}

/** How many sessions, how far apart and how long each takes; nothing when the plan says none of it. */
export function SessionPlanSection({ plan }: { plan: SessionPlan }) {
  const t = useTranslations('Treatment')
  const sessions = range(plan.sessionsMin, plan.sessionsMax)
  const interval = range(plan.intervalWeeksMin, plan.intervalWeeksMax)
  if (!sessions && !interval && !plan.sessionMinutes) return null
  return (
    <section aria-labelledby="plan" className="section">
      <h2 id="plan">{t('plan')}</h2>
      <dl className="plan">
        {sessions && (
          <div>
            <dt>{t('sessions')}</dt>
            <dd>{sessions.kind === 'exact' ? t('sessionsExact', { count: sessions.count }) : t('sessionsRange', { min: sessions.min, max: sessions.max })}</dd>
          </div>
        )}
        {interval && (
          <div>
            <dt>{t('interval')}</dt>
            <dd>{interval.kind === 'exact' ? t('intervalExact', { count: interval.count }) : t('intervalRange', { min: interval.min, max: interval.max })}</dd>
          </div>
        )}
        {plan.sessionMinutes && (
          <div>
            <dt>{t('duration')}</dt>
            <dd>{t('minutes', { count: plan.sessionMinutes })}</dd>
          </div>
        )}
      </dl>
      {plan.note && <p className="note">{plan.note}</p>}
    </section>
  )
}
