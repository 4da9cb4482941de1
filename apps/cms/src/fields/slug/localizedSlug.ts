import type { CollectionSlug, TextField, TextFieldSingleValidation } from 'payload'

import { defaultLocale, isLocale } from '@klinik/config/locales'

import { label } from '../../i18n/label'
import { klinikT } from '../../i18n/translations'
import { slugifyTitle } from './slugifyTitle'

type Options = {
  /** The field the slug is made from when left empty. */
  from?: string
}

/**
 * A per-locale URL slug: filled from the title when empty, normalised with the Turkish-aware
 * slugify when typed, and unique within its collection per locale (the same slug may be used
 * by the Turkish and the English version of one document, never by two documents).
 */
export function localizedSlugField({ from = 'title' }: Options = {}): TextField {
  const validate: TextFieldSingleValidation = async (value, { req, id, collectionSlug }) => {
    if (!value) return true
    const t = klinikT(req)
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value)) return t('klinik:slug:invalid')
    if (!collectionSlug) return true
    const locale = isLocale(req.locale) ? req.locale : defaultLocale
    const clash = await req.payload.find({
      collection: collectionSlug as CollectionSlug,
      locale,
      fallbackLocale: false,
      where: {
        and: [{ slug: { equals: value } }, ...(id ? [{ id: { not_equals: id } }] : [])],
      },
      limit: 1,
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    return clash.docs.length > 0 ? t('klinik:slug:taken') : true
  }

  return {
    name: 'slug',
    // Made from the title: translating the title translates it (src/translation).
    custom: { translated: false },
    type: 'text',
    label: label('URL slug', 'URL adresi'),
    localized: true,
    index: true,
    validate,
    hooks: {
      beforeValidate: [
        ({ value, siblingData, req }) => {
          const locale = isLocale(req.locale) ? req.locale : defaultLocale
          const source = typeof value === 'string' && value.trim() ? value : siblingData?.[from]
          return typeof source === 'string' && source.trim() ? slugifyTitle(source, locale) : value
        },
      ],
    },
    admin: {
      position: 'sidebar',
      description: label(
        'Filled from the title when left empty. Each language has its own.',
        'Boş bırakılırsa başlıktan oluşturulur. Her dilin kendi adresi vardır.',
      ),
    },
  }
}
