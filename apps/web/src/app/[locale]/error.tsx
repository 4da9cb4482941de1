'use client'

import { useTranslations } from 'next-intl'

/** Shown when a page cannot be rendered (e.g. the CMS is unreachable); never cached. */
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations('Error')
  return (
    <main id="main" className="container page-head narrow">
      <h1>{t('title')}</h1>
      <p className="lead">{t('text')}</p>
      <button type="button" className="button button--primary" onClick={reset}>
        {t('retry')}
      </button>
    </main>
  )
}
