import type { Locale as SiteLocale } from '@klinik/config/locales'

import type messages from '../../messages/en.json'

/**
 * next-intl's types for this site (next-intl.dev, "TypeScript augmentation"): a key missing
 * from the messages or a locale outside the one list is a type error. The English file stands
 * for both; `messages.test.ts` holds Turkish to the same keys and placeholders.
 */
declare module 'next-intl' {
  interface AppConfig {
    Locale: SiteLocale
    Messages: typeof messages
  }
}
