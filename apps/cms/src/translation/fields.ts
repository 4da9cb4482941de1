import type { Field, FieldAccess } from 'payload'

import { locales, type Locale } from '@klinik/config/locales'

import { hasRole } from '../access/roles'
import { label } from '../i18n/label'
import { translationStatuses } from './translationState'

/** The name of a language's status field: `translationTr`, `translationEn`. */
export const statusFieldName = (locale: Locale) => `translation${locale[0].toUpperCase()}${locale.slice(1)}` as `translation${Capitalize<Locale>}`

export const translationStatusLabels = {
  complete: label('Complete', 'Tamam'),
  missing: label('Missing', 'Eksik'),
  outdated: label('Outdated', 'Güncel değil'),
} as const

/** Editors and admins: the site never sees how far a translation is. */
const editorsRead: FieldAccess = ({ req: { user } }) => hasRole(user, 'admin', 'editor')

/**
 * The translation status kept on each bilingual document (computed by trackTranslations on
 * every save): one status per language, as top-level select fields so every list can show,
 * filter and sort them, and the per-field state behind them. Plus the banner at the top of the
 * document that names what to translate.
 */
export function translationFields(): Field[] {
  return [
    {
      name: 'translationBanner',
      type: 'ui',
      admin: { components: { Field: '/translation/components/TranslationBanner#TranslationBanner' } },
    },
    ...locales.map((locale): Field => ({
      name: statusFieldName(locale),
      type: 'select',
      index: true,
      label: label(`Translation: ${locale.toUpperCase()}`, `Çeviri: ${locale.toUpperCase()}`),
      options: translationStatuses.map((status) => ({ value: status, label: translationStatusLabels[status] })),
      // Written only by trackTranslations, which runs after anything a request sends.
      access: { read: editorsRead },
      admin: {
        position: 'sidebar',
        readOnly: true,
        components: { Cell: '/translation/components/TranslationStatusCell#TranslationStatusCell' },
        custom: { locale },
      },
    })),
    {
      name: 'translationState',
      type: 'json',
      access: { read: editorsRead },
      admin: { hidden: true },
    },
  ]
}
