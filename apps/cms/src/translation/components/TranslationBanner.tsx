'use client'

import { getTranslation } from '@payloadcms/translations'
import { Banner, useConfig, useDocumentInfo, useLocale, useTranslation } from '@payloadcms/ui'
import Link from 'next/link'

import { isLocale, locales, type Locale } from '@klinik/config/locales'

import type { KlinikTranslationKeys, KlinikTranslations } from '../../i18n/translations'
import { translatableFields, type FieldShape } from '../translatableFields'
import type { TranslationState } from '../translationState'

/**
 * At the top of a bilingual document: what is left to translate in the language being edited,
 * naming the fields, with a link to the versions (Payload's comparison shows what changed).
 * Nothing when this language is complete.
 */
export function TranslationBanner() {
  const { i18n, t } = useTranslation<KlinikTranslations, KlinikTranslationKeys>()
  const { code } = useLocale()
  const { savedDocumentData, collectionSlug, globalSlug, id } = useDocumentInfo()
  const { config, getEntityConfig } = useConfig()
  const state = savedDocumentData?.translationState as TranslationState | undefined
  if (!state || !isLocale(code)) return null
  const locale: Locale = code
  const missing = state.missing?.[locale] ?? []
  const outdated = state.outdated?.[locale] ?? []
  if (missing.length === 0 && outdated.length === 0) return null

  const entity = collectionSlug ? getEntityConfig({ collectionSlug }) : globalSlug ? getEntityConfig({ globalSlug }) : undefined
  const fields = translatableFields((entity?.fields ?? []) as unknown as FieldShape[])
  const names = (paths: string[]) =>
    paths.map((path) => {
      const field = fields.find((candidate) => candidate.path === path)
      return field?.label ? getTranslation(field.label as Record<string, string>, i18n) : path
    })
  const languageName = (of: Locale) => new Intl.DisplayNames([i18n.language], { type: 'language' }).of(of) ?? of.toUpperCase()
  const other = locales.find((candidate) => candidate !== locale)!
  const admin = config.routes.admin
  const versions = collectionSlug ? `${admin}/collections/${collectionSlug}/${id}/versions` : `${admin}/globals/${globalSlug}/versions`

  return (
    <Banner className="translation-banner" type={missing.length > 0 ? 'error' : 'info'}>
      {missing.length > 0 && <p>{t('klinik:translation:missing', { language: languageName(locale), fields: names(missing).join(', ') })}</p>}
      {outdated.length > 0 && (
        <p>
          {t('klinik:translation:outdated', { language: languageName(locale), other: languageName(other), fields: names(outdated).join(', ') })}{' '}
          {(collectionSlug ? id : globalSlug) && <Link href={versions}>{t('klinik:translation:seeChanges')}</Link>}
        </p>
      )}
    </Banner>
  )
}
