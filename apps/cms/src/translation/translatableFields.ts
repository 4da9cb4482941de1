/**
 * Which fields of a collection or global an editor translates: every localized field a patient
 * reads, found by walking the field configuration (server or client config alike), so a field
 * added later is tracked without anyone listing it. Fields marked `custom: { translated: false }`
 * (derived ones: slugs, earlier addresses) are left out.
 */
import type { Locale } from '@klinik/config/locales'

/** The parts of a Payload field (server or client configuration) the walk reads. */
export type FieldShape = {
  name?: string
  type: string
  localized?: boolean
  required?: boolean
  label?: unknown
  custom?: Record<string, unknown>
  fields?: FieldShape[]
  tabs?: { name?: string; label?: unknown; fields: FieldShape[] }[]
}

/** A unit of translation: one localized field, or a list whose rows hold localized fields. */
export type TranslatableField = {
  /** Dot path from the document's root, e.g. `seo.description`, `openingHours`. */
  path: string
  label: unknown
  /** Patients need it: empty in a language means the language is missing. */
  required: boolean
  /** Localized subfields of each row, for a list that is not itself localized. */
  rowFields?: string[]
}

export function translatableFields(fields: FieldShape[], prefix = ''): TranslatableField[] {
  const found: TranslatableField[] = []
  for (const field of fields) {
    if (field.custom?.translated === false) continue
    if (field.type === 'tabs') {
      for (const tab of field.tabs ?? []) found.push(...translatableFields(tab.fields, tab.name ? `${prefix}${tab.name}.` : prefix))
      continue
    }
    if (!field.name) {
      // row, collapsible: layout only
      if (field.fields) found.push(...translatableFields(field.fields, prefix))
      continue
    }
    if (field.type === 'ui' || field.type === 'join') continue
    const path = `${prefix}${field.name}`
    if (field.localized) {
      found.push({ path, label: field.label, required: Boolean(field.required) })
    } else if (field.type === 'group' && field.fields) {
      found.push(...translatableFields(field.fields, `${path}.`))
    } else if (field.type === 'array' && field.fields) {
      const rowFields = field.fields.filter((sub) => sub.localized && sub.name).map((sub) => sub.name!)
      // A list with no rows has nothing to translate: it is missing only where the other language has rows with text.
      if (rowFields.length > 0) found.push({ path, label: field.label, required: false, rowFields })
    }
  }
  return found
}

/** The value at a dot path of a plain object. */
export function valueAt(doc: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), doc)
}

/**
 * A field's value in one language, from a document read with `locale: 'all'` (each localized
 * field holds `{ tr, en }`).
 */
export function valueIn(docWithLocales: unknown, field: TranslatableField, locale: Locale): unknown {
  const value = valueAt(docWithLocales, field.path)
  if (!field.rowFields) return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>)[locale] : undefined
  if (!Array.isArray(value)) return undefined
  return value.map((row: Record<string, unknown>) => field.rowFields!.map((name) => (row?.[name] as Record<string, unknown> | undefined)?.[locale]))
}
