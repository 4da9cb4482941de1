import type { CollectionBeforeChangeHook, GlobalBeforeChangeHook, PayloadRequest } from 'payload'

import { isLocale, locales } from '@klinik/config/locales'

import { statusFieldName } from './fields'
import { translatableFields, valueAt, type FieldShape, type TranslatableField } from './translatableFields'
import { computeTranslationState, type TranslationState } from './translationState'

type Doc = Record<string, unknown>

const clone = <T>(value: T): T => structuredClone(value)

function setAt(doc: Doc, path: string, value: unknown) {
  const keys = path.split('.')
  let node = doc
  for (const key of keys.slice(0, -1)) {
    if (!node[key] || typeof node[key] !== 'object') node[key] = {}
    node = node[key] as Doc
  }
  node[keys[keys.length - 1]] = value
}

/**
 * The document in every language as this save leaves it: what is stored (read with
 * `locale: 'all'`), with the fields this save sends in its language put in place. A save in
 * `locale: 'all'` (the seed) sends every language itself.
 */
export function withThisSave(stored: Doc, data: Doc, fields: TranslatableField[], locale: unknown): Doc {
  const doc = clone(stored)
  for (const field of fields) {
    const sent = valueAt(data, field.path)
    if (sent === undefined) continue
    if (!isLocale(locale)) {
      setAt(doc, field.path, sent)
      continue
    }
    if (!field.rowFields) {
      setAt(doc, field.path, { ...((valueAt(stored, field.path) as Doc | undefined) ?? {}), [locale]: sent })
      continue
    }
    // A list that is not localized, with localized text in its rows: the rows this save sends,
    // each with its other languages from the stored row of the same id.
    const storedRows = (valueAt(stored, field.path) as Doc[] | undefined) ?? []
    const rows = Array.isArray(sent) ? (sent as Doc[]) : []
    setAt(
      doc,
      field.path,
      rows.map((row) => {
        const before = storedRows.find((candidate) => candidate?.id !== undefined && candidate.id === row?.id) ?? {}
        const merged: Doc = { ...before }
        for (const name of field.rowFields!) merged[name] = { ...((before[name] as Doc | undefined) ?? {}), [locale]: row?.[name] }
        return merged
      }),
    )
  }
  return doc
}

function statusData(state: TranslationState): Doc {
  const data: Doc = { translationState: state }
  for (const locale of locales) data[statusFieldName(locale)] = state.status[locale]
  return data
}

/**
 * Reads the document in every language without changing the save's request: a Local API call
 * given `req` sets `req.locale` (and the fallback) to its own, which the rest of the save reads.
 */
async function readAllLanguages(req: PayloadRequest, read: () => Promise<unknown>): Promise<Doc> {
  const { locale, fallbackLocale } = req
  try {
    return (await read()) as Doc
  } finally {
    req.locale = locale
    req.fallbackLocale = fallbackLocale
  }
}

async function track(fieldConfig: FieldShape[], data: Doc, stored: Doc, req: PayloadRequest): Promise<Doc> {
  const fields = translatableFields(fieldConfig)
  const docWithLocales = withThisSave(stored, data, fields, req.locale)
  const state = computeTranslationState({ fields, docWithLocales, previous: stored.translationState as TranslationState | undefined, now: new Date() })
  return { ...data, ...statusData(state) }
}

/**
 * Keeps a collection document's translation status current on every save (drafts included: the
 * status describes the editor's latest text). Reads the document in every language inside the
 * save's transaction; a bulk edit runs this once per document, each reading its own.
 */
export const trackTranslations: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req, collection }) => {
  const stored =
    operation === 'update' && originalDoc?.id !== undefined
      ? await readAllLanguages(req, () =>
          req.payload.findByID({ collection: collection.slug, id: originalDoc.id, locale: 'all', draft: true, depth: 0, overrideAccess: true, req }),
        )
      : {}
  return track(collection.fields as FieldShape[], data as Doc, stored, req)
}

/** The same for a global (home page, clinic settings). */
export const trackGlobalTranslations: GlobalBeforeChangeHook = async ({ data, req, global }) => {
  const stored = await readAllLanguages(req, () => req.payload.findGlobal({ slug: global.slug, locale: 'all', depth: 0, overrideAccess: true, req }))
  return track(global.fields as FieldShape[], data as Doc, stored, req)
}
