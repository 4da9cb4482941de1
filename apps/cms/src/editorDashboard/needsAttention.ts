/**
 * What the editors' dashboard lists: translations missing or out of date, changes not yet
 * published per language, and scheduled publishes. Read with the Local API on behalf of the
 * signed-in editor (drafts included); a clinic has tens of documents, not thousands, so each
 * list reads whole collections (up to `limit`) and compares in memory.
 */
import type { CollectionSlug, Payload, Where } from 'payload'

import { locales, type Locale } from '@klinik/config/locales'

import { statusFieldName } from '../translation/fields'
import { translatableFields, valueIn, type FieldShape } from '../translation/translatableFields'
import { textOf, type TranslationStatus } from '../translation/translationState'

export const bilingualCollections = ['treatments', 'faqs', 'contraindications'] as const satisfies CollectionSlug[]
export const bilingualGlobals = ['home-page', 'clinic-settings'] as const

type BilingualCollection = (typeof bilingualCollections)[number]
type Doc = Record<string, unknown> & { id: number | string }

export type DocumentRef = { collection: BilingualCollection; id: number | string; title: string }
export type TranslationWork = (DocumentRef | { global: (typeof bilingualGlobals)[number] }) & { status: Partial<Record<Locale, TranslationStatus>> }
export type UnpublishedChange = DocumentRef & { locale: Locale; neverPublished: boolean }
export type ScheduledPublish = {
  collection?: string
  global?: string
  id?: number | string
  title: string
  type: 'publish' | 'unpublish'
  locale: Locale | null
  at: string
}

const limit = 500

function titleOf(payload: Payload, collection: BilingualCollection, doc: Doc | undefined, locale: Locale): string {
  const field = payload.collections[collection].config.admin.useAsTitle ?? 'id'
  const value = doc?.[field]
  const text = value && typeof value === 'object' ? ((value as Record<string, unknown>)[locale] ?? Object.values(value)[0]) : value
  return typeof text === 'string' && text ? text : `#${doc?.id ?? ''}`
}

/** Documents with a language missing or outdated, first the collections, then the globals. */
export async function translationWork(payload: Payload, adminLocale: Locale): Promise<TranslationWork[]> {
  const behind = ['missing', 'outdated']
  const work: TranslationWork[] = []
  for (const collection of bilingualCollections) {
    const where: Where = { or: locales.map((locale) => ({ [statusFieldName(locale)]: { in: behind } })) }
    const { docs } = await payload.find({ collection, where, draft: true, locale: 'all', depth: 0, limit, overrideAccess: true })
    for (const doc of docs as unknown as Doc[]) {
      const status = Object.fromEntries(locales.map((locale) => [locale, doc[statusFieldName(locale)] as TranslationStatus]))
      work.push({ collection, id: doc.id, title: titleOf(payload, collection, doc, adminLocale), status })
    }
  }
  for (const global of bilingualGlobals) {
    const doc = (await payload.findGlobal({ slug: global, depth: 0, overrideAccess: true })) as unknown as Doc
    const status = Object.fromEntries(locales.map((locale) => [locale, doc[statusFieldName(locale)] as TranslationStatus]))
    if (Object.values(status).some((value) => behind.includes(value))) work.push({ global, status })
  }
  return work
}

/**
 * Per document and language: the latest draft's text differs from the published text (or the
 * language was never published while its draft has text).
 */
export async function unpublishedChanges(payload: Payload, adminLocale: Locale): Promise<UnpublishedChange[]> {
  const changes: UnpublishedChange[] = []
  for (const collection of bilingualCollections) {
    const fields = translatableFields(payload.collections[collection].config.fields as unknown as FieldShape[])
    const text = (doc: Doc | undefined, locale: Locale) => (doc ? fields.map((field) => textOf(valueIn(doc, field, locale))).join('\u0000') : '')
    const [published, latest] = await Promise.all(
      [false, true].map(
        async (draft) => (await payload.find({ collection, draft, locale: 'all', depth: 0, limit, overrideAccess: true })).docs as unknown as Doc[],
      ),
    )
    const publishedById = new Map(published.filter((doc) => doc._status === 'published').map((doc) => [doc.id, doc]))
    for (const draft of latest) {
      const live = publishedById.get(draft.id)
      for (const locale of locales) {
        const draftText = text(draft, locale)
        const liveText = text(live, locale)
        if (draftText.replaceAll('\u0000', '') === '' || draftText === liveText) continue
        changes.push({
          collection,
          id: draft.id,
          title: titleOf(payload, collection, draft, adminLocale),
          locale,
          neverPublished: liveText.replaceAll('\u0000', '') === '',
        })
      }
    }
  }
  return changes
}

type ScheduleInput = { type?: 'publish' | 'unpublish'; locale?: string; doc?: { relationTo: string; value: string | number }; global?: string }

/** Publishes and unpublishes waiting in Payload's job queue, soonest first. */
export async function scheduledPublishes(payload: Payload, adminLocale: Locale): Promise<ScheduledPublish[]> {
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: { and: [{ taskSlug: { equals: 'schedulePublish' } }, { completedAt: { exists: false } }, { hasError: { not_equals: true } }] },
    sort: 'waitUntil',
    depth: 0,
    limit: 100,
    overrideAccess: true,
  })
  const scheduled: ScheduledPublish[] = []
  for (const job of docs) {
    const input = (job.input ?? {}) as ScheduleInput
    const locale = locales.find((code) => code === input.locale) ?? null
    const at = String(job.waitUntil ?? '')
    const type = input.type === 'unpublish' ? 'unpublish' : 'publish'
    if (input.doc && (bilingualCollections as readonly string[]).includes(input.doc.relationTo)) {
      const collection = input.doc.relationTo as BilingualCollection
      const doc = (await payload.findByID({
        collection,
        id: input.doc.value,
        draft: true,
        locale: 'all',
        depth: 0,
        overrideAccess: true,
        disableErrors: true,
      })) as unknown as Doc | null
      scheduled.push({ collection, id: input.doc.value, title: titleOf(payload, collection, doc ?? undefined, adminLocale), type, locale, at })
    } else if (input.global) {
      scheduled.push({ global: input.global, title: input.global, type, locale, at })
    }
  }
  return scheduled
}
