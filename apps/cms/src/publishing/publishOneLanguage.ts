import type { CollectionBeforeOperationHook, CollectionSlug, PayloadRequest } from 'payload'

import { isLocale } from '@klinik/config/locales'

/**
 * A publish made in one language publishes that language only.
 *
 * Payload keeps one published copy per document with every language in it. Publishing from the
 * Turkish side of the admin copied the latest draft of every language into it: an English draft
 * went public the moment the Turkish text was published. With `publishSpecificLocale`, Payload
 * takes the last published copy and replaces only this language's fields with the new ones;
 * the other languages stay as last published (or empty, never published), and their drafts stay
 * drafts. A language that was never published has empty fields, so the site (which reads with no
 * fallback) treats the document as absent in it: no page, no switcher link, no sitemap entry.
 *
 * Applies to every request from outside (the admin's publish button, bulk publishing from a
 * list, REST), whose language is `?locale=` (Payload's default language when absent). The CMS's
 * own Local API calls keep their explicit choice: the seed writes both languages at once
 * (`locale: 'all'`), and a scheduled publish carries the language the editor picked in the
 * schedule drawer (Payload passes it as `publishSpecificLocale`; "all languages" stays all).
 *
 * Not Payload's experimental per-language status (`localizeStatus`): in 3.90, publishing one
 * language still publishes all, and `locale: 'all'` with a `_status` filter finds nothing.
 */
export function publishOneLanguage<Slug extends CollectionSlug>(): CollectionBeforeOperationHook<Slug> {
  return ({ args, operation }) => {
    if (operation !== 'create' && operation !== 'update') return args
    const write = args as { req: PayloadRequest; data?: { _status?: unknown }; draft?: boolean; publishSpecificLocale?: string }
    if (write.req.payloadAPI === 'local' || write.publishSpecificLocale || write.draft) return args
    const locale = write.req.locale
    if (write.data?._status !== 'published' || !isLocale(locale)) return args
    return { ...args, publishSpecificLocale: locale }
  }
}
