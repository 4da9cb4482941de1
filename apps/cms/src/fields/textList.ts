import type { ArrayField } from 'payload'

/**
 * A localized list of short texts (indications, aftercare steps…). The array itself is
 * localized, so each language keeps its own items and its own count.
 */
export function textListField(
  name: string,
  labels: { en: string; tr: string },
  itemLabel: { en: string; tr: string },
  overrides: Partial<ArrayField> = {},
): ArrayField {
  return {
    name,
    type: 'array',
    localized: true,
    label: labels,
    labels: { singular: itemLabel, plural: labels },
    fields: [{ name: 'text', type: 'text', required: true, label: itemLabel }],
    ...overrides,
  }
}
