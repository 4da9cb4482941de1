import '@fontsource-variable/source-sans-3'
import '@fontsource-variable/lora'
import '../globals.css'

import type { Metadata, Viewport } from 'next'
import { hasLocale, NextIntlClientProvider } from 'next-intl'
import { getMessages, setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'
import type { ReactNode } from 'react'

import { routing } from '@/i18n/routing'
import { getClinic } from '@/lib/cms/clinicSettings'
import { webEnv } from '@/lib/env'

/**
 * Nothing is prerendered at build time (the build must not need the CMS): pages render on
 * their first request, are cached, and are refreshed by the CMS through cache tags.
 */
export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params
  const clinic = hasLocale(routing.locales, locale) ? await getClinic(locale) : null
  return {
    metadataBase: new URL(webEnv().siteUrl),
    title: { template: `%s · ${clinic?.name ?? 'Klinik'}`, default: clinic?.name ?? 'Klinik' },
  }
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#f6f3ee' }

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  const messages = await getMessages()
  return (
    <html lang={locale}>
      <body>
        {/* Client leaves get translated strings as props; only the error page translates itself. */}
        <NextIntlClientProvider locale={locale} messages={{ Error: messages.Error }}>
          {children}
        </NextIntlClientProvider>
      </body>
    </html>
  )
}
