/**
 * The admin in Turkish, as the running config gives it: Payload's stock Turkish corrected in
 * src/i18n/adminTranslations.ts. The corrections must name keys Payload reads and pass only the
 * placeholders Payload fills (a key renamed by an upgrade fails here, not silently on a
 * screen), no stock string may stay in English, and the lines editors and staff read on every
 * screen are pinned as they read.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { getTranslation, type I18n } from '@payloadcms/translations'
import { en } from '@payloadcms/translations/languages/en'
import { formatDate } from '@payloadcms/ui/shared'

import { adminTranslations, richTextTranslations } from '../src/i18n/adminTranslations'
import { startTestCms, type TestCms } from './helpers/testPayload'

type Strings = { [key: string]: string | Strings }

let cms: TestCms
let i18n: I18n
const t = (key: string, options?: Record<string, unknown>) => (i18n.t as (key: string, options?: Record<string, unknown>) => string)(key, options)

beforeAll(async () => {
  cms = await startTestCms()
  const { getLocalI18n } = await import('payload')
  i18n = (await getLocalI18n({ config: cms.payload.config, language: 'tr' })) as unknown as I18n
})

afterAll(async () => {
  await cms?.cleanup()
})

/** Every string of a translations object, by its path (`general:searchBy`). */
function leaves(strings: Strings, prefix = ''): [string, string][] {
  return Object.entries(strings).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : leaves(value, `${prefix}${key}:`),
  )
}

function at(strings: Strings, path: string): string | undefined {
  const value = path.split(':').reduce<Strings | string | undefined>((node, key) => (typeof node === 'object' ? node[key] : undefined), strings)
  return typeof value === 'string' ? value : undefined
}

/** `{{label}}` placeholders and `<1>` tags: what Payload fills in or wraps. */
const slots = (text: string) => new Set(text.match(/\{\{\w+\}\}|<\/?\d+>/g) ?? [])

/** The list's search box, composed as Payload's ListControls composes it. */
function searchPlaceholder(slug: 'bookings' | 'treatments'): string {
  const collection = cms.payload.collections[slug].config
  const names = collection.admin.listSearchableFields?.length ? collection.admin.listSearchableFields : [collection.admin.useAsTitle]
  const labels = names.map((name) => {
    const field = collection.flattenedFields.find((candidate) => candidate.name === name)
    return getTranslation((field && 'label' in field ? field.label : name) as string, i18n)
  })
  return labels.reduce(
    (text, label, index) =>
      index === 0 ? t('general:searchBy', { label }) : index === labels.length - 1 ? `${text} ${t('general:or')} ${label}` : `${text}, ${label}`,
    '',
  )
}

describe('the corrections to Payload’s Turkish', () => {
  it('name keys Payload has, with only the placeholders and tags Payload fills', () => {
    const english = en.translations as unknown as Strings
    const unknownKeys: string[] = []
    const foreignSlots: string[] = []
    for (const [path, ours] of leaves(adminTranslations.tr as Strings)) {
      const theirs = at(english, path)
      if (theirs === undefined) unknownKeys.push(path)
      else if ([...slots(ours)].some((slot) => !slots(theirs).has(slot))) foreignSlots.push(`${path}: ${ours}`)
    }
    // The rich-text editor's keys come from Lexical's features, merged into the config.
    const lexicalEnglish = cms.payload.config.i18n.translations.en as unknown as Strings
    for (const [path, ours] of leaves(richTextTranslations.tr as Strings)) {
      const theirs = at(lexicalEnglish, path)
      if (theirs === undefined) unknownKeys.push(path)
      else if ([...slots(ours)].some((slot) => !slots(theirs).has(slot))) foreignSlots.push(`${path}: ${ours}`)
    }
    expect(unknownKeys).toEqual([])
    expect(foreignSlots).toEqual([])
  })

  it('leave no stock string in English', () => {
    const turkish = i18n.translations as unknown as Strings
    const english = leaves(en.translations as unknown as Strings)
    const untranslated = english.filter(([path, text]) => at(turkish, path) === text).map(([path, text]) => `${path}: ${text}`)
    // A new key from a Payload upgrade lands here: translate it in src/i18n/adminTranslations.ts.
    expect(untranslated).toEqual([])
  })

  it('reach the admin: the rich-text editor’s words too, though Lexical lays its own over the config', () => {
    expect(t('lexical:orderedList:label')).toBe('Numaralı liste')
    expect(t('lexical:unorderedList:label')).toBe('Madde işaretli liste')
    expect(t('lexical:upload:label')).toBe('Görsel veya dosya')
    expect(t('lexical:paragraph:label2')).toBe('Normal metin')
    expect(t('general:searchBy', { label: 'Başlık' })).toBe('Ara: Başlık')
  })
})

describe('what editors and staff read', () => {
  it('the search box of the booking requests: natural Turkish, "veya" and no English word', () => {
    const placeholder = searchPlaceholder('bookings')
    expect(placeholder).toBe('Ara: Referans, Ad soyad veya Telefon')
    expect(placeholder).not.toMatch(/\b(Or|or|Search|by)\b|sırala/)
    expect(searchPlaceholder('treatments')).toBe('Ara: Başlık')
  })

  it('the list around it: filters, pagination, selection, bulk actions and empty results', () => {
    const lines = {
      filters: t('general:filterWhere', { label: 'Randevu talepleri' }),
      orCondition: t('general:or'),
      // Payload's PageControls: "{first}-{last} {of} {total}".
      pages: `1-10 ${t('general:of')} 24`,
      perPage: t('general:perPage', { limit: 10 }),
      selected: t('general:selectedCount', { count: 2, label: '' }),
      selectAll: t('general:selectAll', { count: '(24)', label: '' }).trim(),
      deleteMany: t('general:aboutToDeleteCount', { count: 2, label: 'Randevu talepleri' }),
      editMany: t('general:editingLabel', { count: 2, label: 'Randevu talepleri' }),
      deleted: t('general:deletedCountSuccessfully', { count: 2, label: 'Randevu talepleri' }),
      noResults: t('general:noResultsFound'),
      sort: t('general:sortByLabelDirection', { label: 'Referans', direction: t('general:ascending') }),
    }
    expect(lines).toEqual({
      filters: 'Randevu talepleri içinde filtrele:',
      orCondition: 'veya',
      pages: '1-10 / 24',
      perPage: 'Sayfa başına: 10',
      selected: '2 kayıt seçildi',
      selectAll: 'Tümünü seç (24)',
      deleteMany: 'Seçilen 2 kayıt silinecek. Bu işlem geri alınamaz. Emin misiniz?',
      editMany: '2 kayıt düzenleniyor',
      deleted: '2 kayıt silindi.',
      noResults: 'Sonuç bulunamadı.',
      sort: 'Referans alanına göre artan sırala',
    })
  })

  it('a document: drafts, publishing, scheduling, versions, the content language', () => {
    expect({
      dashboard: t('general:dashboard'),
      locale: t('general:locale'),
      copyToLocale: t('localization:copyToLocale'),
      status: t('version:changed'),
      revert: t('version:revertToPublished'),
      schedule: t('version:schedulePublish'),
      scheduleFor: t('general:schedulePublishFor', { title: 'Mezoterapi' }),
      publishIn: t('version:publishIn', { locale: 'İngilizce' }),
      unpublish: t('version:unpublish'),
      unpublished: t('version:unpublishedSuccessfully'),
      restoring: t('general:restoring'),
      required: t('validation:required'),
      deleteOne: t('general:aboutToDelete', { label: 'Randevu talebi', title: 'KL-ABC23' }),
      lastSaved: t('version:lastSavedAgo', { distance: '5 dakika' }),
    }).toEqual({
      dashboard: 'Panel',
      locale: 'İçerik dili',
      copyToLocale: 'Başka dile kopyala',
      status: 'Yayınlanmamış değişiklikler var',
      revert: 'Yayındaki haline döndür',
      schedule: 'Yayını zamanla',
      scheduleFor: 'Yayını zamanla: Mezoterapi',
      publishIn: 'İngilizce dilinde yayınla',
      unpublish: 'Yayından kaldır',
      unpublished: 'Yayından kaldırıldı.',
      restoring: 'Geri yükleniyor...',
      required: 'Bu alan zorunludur.',
      deleteOne: 'Randevu talebi <1>KL-ABC23</1> silinecek. Bu işlem geri alınamaz. Emin misiniz?',
      lastSaved: '5 dakika önce kaydedildi',
    })
  })

  it('dates as Turkish writes them, on the 24-hour clock', () => {
    const written = formatDate({ date: '2026-11-30T13:43:00.000Z', i18n, pattern: cms.payload.config.admin.dateFormat, timezone: 'Europe/Istanbul' })
    expect(written).toBe('30 Kasım 2026 16:43')
  })
})
