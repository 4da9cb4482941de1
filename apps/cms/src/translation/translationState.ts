/**
 * The translation status of a document per language, computed at each save from the document
 * in every language and the state saved last time:
 *
 * - **missing**: a field patients need is empty in this language, or a field is written in the
 *   other language but empty or a copy of it in this one (copied text counts as not translated);
 * - **outdated**: the other language's text of a field changed in meaning after this language's
 *   text of it was last edited;
 * - **complete** otherwise.
 *
 * Per field and language the document keeps a hash of the text and two times: `editedAt`, its
 * last edit, and `changedAt`, its last edit made while it was up to date. An edit of a field that
 * was missing or outdated is a translation catching up: it makes nothing else outdated, so
 * writing the English after the Turkish does not mark the Turkish outdated, and neither does
 * bringing an outdated English up to date. Text counts as copied when it is the same in both
 * languages and has at least three words: a name such as "PRP" may well be the same in both.
 */
import { createHash } from 'node:crypto'

import { locales, type Locale } from '@klinik/config/locales'

import { valueIn, type TranslatableField } from './translatableFields'

export const translationStatuses = ['complete', 'missing', 'outdated'] as const
export type TranslationStatus = (typeof translationStatuses)[number]

type FieldVersion = { hash: string | null; editedAt: string | null; changedAt: string | null }

export type TranslationState = {
  /** Per field path, per language. */
  fields: Record<string, Partial<Record<Locale, FieldVersion>>>
  /** Per language: fields whose other-language text changed since this one was edited. */
  outdated: Partial<Record<Locale, string[]>>
  /** Per language: fields empty or copied here while patients need them or the other language has them. */
  missing: Partial<Record<Locale, string[]>>
  status: Partial<Record<Locale, TranslationStatus>>
}

/**
 * The words of a value, in order: plain strings, list rows, rich text's text and link addresses,
 * and which image or document a rich-text node shows. Layout (node types, formats, ids) is not
 * text: re-formatting a paragraph does not make the other language outdated.
 */
function words(value: unknown, into: string[] = []): string[] {
  if (typeof value === 'string') into.push(...value.split(/\s+/).filter(Boolean))
  else if (typeof value === 'number') into.push(String(value))
  else if (Array.isArray(value)) for (const item of value) words(item, into)
  else if (value && typeof value === 'object') {
    const node = value as Record<string, unknown>
    if (node.type === 'upload' || node.type === 'relationship') into.push(`[${String(node.type)}:${JSON.stringify(node.value ?? null)}]`)
    for (const [key, inner] of Object.entries(node)) {
      if (key === 'text' || key === 'url' || (inner !== null && typeof inner === 'object' && key !== 'value')) words(inner, into)
    }
  }
  return into
}

/** The text of a value as the status compares it (see `words`). */
export function textOf(value: unknown): string {
  return words(value).join(' ')
}

const hashOf = (text: string): string | null => (text ? createHash('sha256').update(text).digest('base64url').slice(0, 22) : null)

const otherThan = (locale: Locale): Locale[] => locales.filter((other) => other !== locale)

export function computeTranslationState({
  fields,
  docWithLocales,
  previous,
  now,
}: {
  fields: TranslatableField[]
  docWithLocales: unknown
  previous: TranslationState | null | undefined
  now: Date
}): TranslationState {
  const state: TranslationState = { fields: {}, outdated: {}, missing: {}, status: {} }
  const texts: Record<string, Partial<Record<Locale, string>>> = {}
  const wasBehind = (path: string, locale: Locale) => Boolean(previous?.missing?.[locale]?.includes(path) || previous?.outdated?.[locale]?.includes(path))
  for (const field of fields) {
    state.fields[field.path] = {}
    texts[field.path] = {}
    for (const locale of locales) {
      const text = textOf(valueIn(docWithLocales, field, locale))
      const hash = hashOf(text)
      const before = previous?.fields?.[field.path]?.[locale]
      texts[field.path][locale] = text
      if (before && before.hash === hash) {
        state.fields[field.path][locale] = before
      } else {
        const edited = hash ? now.toISOString() : null
        state.fields[field.path][locale] = { hash, editedAt: edited, changedAt: before && wasBehind(field.path, locale) ? before.changedAt : edited }
      }
    }
  }
  for (const locale of locales) {
    const missing: string[] = []
    const outdated: string[] = []
    for (const field of fields) {
      const own = state.fields[field.path][locale]!
      const text = texts[field.path][locale]!
      const others = otherThan(locale).map((other) => ({ version: state.fields[field.path][other]!, text: texts[field.path][other]! }))
      const copied = Boolean(own.hash) && others.some((other) => other.version.hash === own.hash) && text.split(' ').length >= 3
      const writtenElsewhere = others.some((other) => other.version.hash)
      if (copied || (!own.hash && (field.required || writtenElsewhere))) {
        missing.push(field.path)
      } else if (own.hash && others.some((other) => other.version.hash && other.version.changedAt && own.editedAt && other.version.changedAt > own.editedAt)) {
        outdated.push(field.path)
      }
    }
    state.missing[locale] = missing
    state.outdated[locale] = outdated
    state.status[locale] = missing.length > 0 ? 'missing' : outdated.length > 0 ? 'outdated' : 'complete'
  }
  return state
}
