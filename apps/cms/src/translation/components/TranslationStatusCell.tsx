import { getTranslation } from '@payloadcms/translations'
import type { DefaultServerCellComponentProps } from 'payload'

import { isLocale } from '@klinik/config/locales'

import { translationStatusLabels } from '../fields'
import { translationStatuses, type TranslationStatus } from '../translationState'

const isStatus = (value: unknown): value is TranslationStatus => translationStatuses.includes(value as TranslationStatus)

/** A list column per language: a badge "TR · Eksik", coloured by status. */
export function TranslationStatusCell({ cellData, field, i18n }: DefaultServerCellComponentProps) {
  const locale = (field && 'name' in field ? String(field.name) : '').replace(/^translation/, '').toLowerCase()
  if (!isStatus(cellData) || !isLocale(locale)) return <span>–</span>
  return (
    <span className={`translation-badge translation-badge--${cellData}`}>
      <span lang={locale}>{locale.toUpperCase()}</span> · {getTranslation(translationStatusLabels[cellData], i18n)}
    </span>
  )
}
