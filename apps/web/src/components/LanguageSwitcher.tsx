import { getTranslations } from 'next-intl/server'

import { localeNames, locales, type Locale } from '@klinik/config/locales'

/**
 * Plain links to this page in the other languages (works without JavaScript). The paths
 * come from pageAlternates: the counterpart page, or the nearest page when it is missing.
 */
export async function LanguageSwitcher({ locale, paths }: { locale: Locale; paths: Record<Locale, string> }) {
  const t = await getTranslations('LanguageSwitcher')
  return (
    <nav aria-label={t('label')} className="language-switcher">
      <ul>
        {locales.map((code) =>
          code === locale ? (
            <li key={code}>
              <span aria-current="true" className="language-switcher__current" lang={code}>
                {code.toUpperCase()}
                <span className="visually-hidden"> – {localeNames[code]}</span>
              </span>
            </li>
          ) : (
            <li key={code}>
              {/* The accessible name starts with the visible code, then names the language in full. */}
              <a href={paths[code]} hrefLang={code} lang={code} title={t('switchTo')}>
                {code.toUpperCase()}
                <span className="visually-hidden"> – {localeNames[code]}</span>
              </a>
            </li>
          ),
        )}
      </ul>
    </nav>
  )
}
