import { describe, expect, it } from '@jest/globals'

import { translatableFields, type FieldShape } from './translatableFields'
import { computeTranslationState, type TranslationState } from './translationState'

const config: FieldShape[] = [
  { name: 'title', type: 'text', localized: true, required: true },
  { name: 'slug', type: 'text', localized: true, custom: { translated: false } },
  {
    type: 'tabs',
    tabs: [
      {
        label: 'Article',
        fields: [
          { name: 'summary', type: 'textarea', localized: true },
          { name: 'body', type: 'richText', localized: true },
        ],
      },
      { label: 'SEO', fields: [{ name: 'seo', type: 'group', fields: [{ name: 'description', type: 'textarea', localized: true }] }] },
    ],
  },
  {
    name: 'hours',
    type: 'array',
    fields: [
      { name: 'days', type: 'text', localized: true, required: true },
      { name: 'opens', type: 'text' },
    ],
  },
  { name: 'heroImage', type: 'upload' },
  { name: 'internal', type: 'text', localized: true, custom: { translated: false } },
]
const fields = translatableFields(config)

const richText = (text: string, format = 0) => ({
  root: { type: 'root', children: [{ type: 'paragraph', format: '', children: [{ type: 'text', text, format }] }] },
})

const at = (minute: number) => new Date(Date.UTC(2026, 10, 30, 10, minute))

function save(doc: Record<string, unknown>, previous: TranslationState | null, minute: number) {
  return computeTranslationState({ fields, docWithLocales: doc, previous, now: at(minute) })
}

describe('translatableFields', () => {
  it('finds every localized field a patient reads, through tabs, groups and lists, and leaves derived ones out', () => {
    expect(fields.map((field) => field.path)).toEqual(['title', 'summary', 'body', 'seo.description', 'hours'])
    expect(fields.find((field) => field.path === 'hours')).toMatchObject({ rowFields: ['days'], required: false })
  })
})

describe('computeTranslationState', () => {
  const turkishOnly = {
    title: { tr: 'Saç mezoterapisi' },
    summary: { tr: 'Saç dökülmesine karşı mikro enjeksiyonlar.' },
    hours: [{ days: { tr: 'Pazartesi' } }],
  }

  it('marks a language missing while its required fields are empty, and names the fields', () => {
    const state = save(turkishOnly, null, 0)
    expect(state.status).toEqual({ tr: 'complete', en: 'missing' })
    expect(state.missing.en).toEqual(['title', 'summary', 'hours'])
  })

  it('counts text copied from the other language as not translated, but not a short name', () => {
    const copied = save(
      {
        ...turkishOnly,
        title: { tr: 'PRP', en: 'PRP' },
        summary: { tr: 'Aynı metin iki dilde duruyor.', en: 'Aynı metin iki dilde duruyor.' },
        hours: [{ days: { tr: 'Pazartesi', en: 'Monday' } }],
      },
      null,
      0,
    )
    expect(copied.missing.en).toEqual(['summary'])
    expect(copied.missing.tr).toEqual(['summary'])
  })

  it('marks the other language outdated when a field changes after it was translated, and clears it when that is edited', () => {
    const written = save(turkishOnly, null, 0)
    const translated = save(
      {
        title: { tr: 'Saç mezoterapisi', en: 'Hair mesotherapy' },
        summary: { tr: turkishOnly.summary.tr, en: 'Micro-injections against hair loss.' },
        hours: [{ days: { tr: 'Pazartesi', en: 'Monday' } }],
      },
      written,
      5,
    )
    expect(translated.status).toEqual({ tr: 'complete', en: 'complete' })

    const turkishEdited = save(
      {
        title: { tr: 'Saç mezoterapisi', en: 'Hair mesotherapy' },
        summary: { tr: 'Saç dökülmesine karşı ince iğneyle uygulanan enjeksiyonlar.', en: 'Micro-injections against hair loss.' },
        hours: [{ days: { tr: 'Pazartesi', en: 'Monday' } }],
      },
      translated,
      10,
    )
    expect(turkishEdited.status).toEqual({ tr: 'complete', en: 'outdated' })
    expect(turkishEdited.outdated.en).toEqual(['summary'])

    const englishCaughtUp = save(
      {
        title: { tr: 'Saç mezoterapisi', en: 'Hair mesotherapy' },
        summary: { tr: 'Saç dökülmesine karşı ince iğneyle uygulanan enjeksiyonlar.', en: 'Fine-needle injections against hair loss.' },
        hours: [{ days: { tr: 'Pazartesi', en: 'Monday' } }],
      },
      turkishEdited,
      15,
    )
    // Catching up makes nothing outdated; a later change of the English does.
    expect(englishCaughtUp.status).toEqual({ tr: 'complete', en: 'complete' })
    const englishChanged = save(
      {
        title: { tr: 'Saç mezoterapisi', en: 'Hair mesotherapy for men and women' },
        summary: { tr: 'Saç dökülmesine karşı ince iğneyle uygulanan enjeksiyonlar.', en: 'Fine-needle injections against hair loss.' },
        hours: [{ days: { tr: 'Pazartesi', en: 'Monday' } }],
      },
      englishCaughtUp,
      20,
    )
    expect(englishChanged.status).toEqual({ tr: 'outdated', en: 'complete' })
    expect(englishChanged.outdated.tr).toEqual(['title'])
  })

  it('does not mark a language outdated when the other only re-formats its rich text', () => {
    const both = { title: { tr: 'Başlık', en: 'Title' }, body: { tr: richText('Türkçe metin'), en: richText('English text') }, hours: [] }
    const first = save(both, null, 0)
    const reformatted = save({ ...both, body: { tr: richText('Türkçe metin', 1), en: richText('English text') } }, first, 5)
    expect(reformatted.status.en).toBe('complete')
    const rewritten = save({ ...both, body: { tr: richText('Türkçe yeni metin'), en: richText('English text') } }, reformatted, 6)
    expect(rewritten.outdated.en).toEqual(['body'])
  })
})
