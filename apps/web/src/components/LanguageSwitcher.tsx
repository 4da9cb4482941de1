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
              </span>
            </li>
          ) : (
            <li key={code}>
              <a href={paths[code]} hrefLang={code} lang={code} title={localeNames[code]} aria-label={`${localeNames[code]} – ${t('switchTo')}`}>
                {code.toUpperCase()}
              </a>
            </li>
          ),
        )}
      </ul>
    </nav>
  )
}
