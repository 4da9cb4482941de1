import { getTranslations } from 'next-intl/server'
import type { ReactNode } from 'react'

import type { Locale } from '@klinik/config/locales'

import { Link } from '@/i18n/navigation'
import type { PageAlternates } from '@/lib/alternates'
import type { Clinic } from '@/lib/cms/clinicSettings'

import { ContactActions } from './ContactActions'
import { LanguageSwitcher } from './LanguageSwitcher'
import { MobileMenu } from './MobileMenu.client'

type Props = {
  locale: Locale
  clinic: Clinic
  alternates: PageAlternates
  /** The treatment this page is about: named in the WhatsApp message. */
  treatment?: string
  children: ReactNode
}

/**
 * Header, main and footer around every page. Each page passes its own alternates, so the
 * language switcher lands on the same content in the other language.
 */
export async function PageShell({ locale, clinic, alternates, treatment, children }: Props) {
  const t = await getTranslations('Header')
  const tContact = await getTranslations('Contact')
  const tFooter = await getTranslations('Footer')
  const tSkip = await getTranslations('SkipLink')

  return (
    <>
      <a className="skip-link" href="#main">
        {tSkip('label')}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link href="/" className="site-header__brand">
            <span className="site-header__mark" aria-hidden="true">
              K
            </span>
            <span>{clinic.name}</span>
          </Link>
          <LanguageSwitcher locale={locale} paths={alternates.paths} />
          <MobileMenu openLabel={t('menu')} closeLabel={t('closeMenu')}>
            <nav aria-label={t('navigation')} className="site-nav">
              <ul>
                <li>
                  <Link href="/treatments">{t('treatments')}</Link>
                </li>
                <li>
                  <Link href="/faq">{t('faq')}</Link>
                </li>
                <li>
                  <Link href="/contraindications">{t('contraindications')}</Link>
                </li>
                <li>
                  <Link href="/appointment" className="button button--primary site-nav__cta">
                    {t('appointment')}
                  </Link>
                </li>
              </ul>
            </nav>
          </MobileMenu>
        </div>
      </header>
      <main id="main" className="site-main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <div className="site-footer__inner">
          <section aria-labelledby="footer-contact" className="site-footer__contact">
            <h2 id="footer-contact">{tContact('heading')}</h2>
            <ContactActions clinic={clinic} treatment={treatment} />
          </section>
          <section aria-labelledby="footer-address">
            <h2 id="footer-address">{tContact('address')}</h2>
            <address className="site-footer__address">{clinic.address}</address>
          </section>
          <section aria-labelledby="footer-hours">
            <h2 id="footer-hours">{tContact('hours')}</h2>
            <dl className="opening-hours">
              {clinic.openingHours.map((row) => (
                <div key={row.days}>
                  <dt>{row.days}</dt>
                  <dd>{row.hours}</dd>
                </div>
              ))}
            </dl>
          </section>
        </div>
        <div className="site-footer__legal">
          <p>{tFooter('rights')}</p>
          <p>
            <Link href="/privacy">{tFooter('privacy')}</Link> · © {clinic.name}
          </p>
        </div>
      </footer>
    </>
  )
}
