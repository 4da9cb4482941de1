import { defineRouting } from 'next-intl/routing'

import { defaultLocale, locales } from '@klinik/config/locales'

/** Every page's path in each language. Treatment slugs come from the CMS, per language. */
export const routing = defineRouting({
  locales,
  defaultLocale,
  localePrefix: 'always',
  // Its Link header would pair every language with the current slug; hreflang is built
  // from the CMS's per-language slugs in generateMetadata instead.
  alternateLinks: false,
  pathnames: {
    '/': '/',
    '/treatments': { tr: '/tedaviler', en: '/treatments' },
    '/treatments/[slug]': { tr: '/tedaviler/[slug]', en: '/treatments/[slug]' },
    '/faq': { tr: '/sik-sorulan-sorular', en: '/faq' },
    '/contraindications': { tr: '/kontrendikasyonlar', en: '/contraindications' },
    '/appointment': { tr: '/randevu', en: '/appointment' },
    '/appointment/received': { tr: '/randevu/alindi', en: '/appointment/received' },
    '/privacy': { tr: '/kvkk-aydinlatma-metni', en: '/privacy-notice' },
  },
})

export type AppPathname = keyof typeof routing.pathnames
