import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { startTestCms, type TestCms } from './helpers/testPayload'

let cms: TestCms

beforeAll(async () => {
  cms = await startTestCms()
})
afterAll(async () => {
  await cms?.cleanup()
})

describe('localization', () => {
  it('keeps Turkish and English values apart on one document', async () => {
    const { payload } = cms
    const doc = await payload.create({
      collection: 'faqs',
      locale: 'tr',
      data: { question: 'Mezoterapi acıtır mı?', answer: 'Hafif bir batma hissedilebilir.', category: 'procedure', _status: 'published' },
    })
    await payload.update({
      collection: 'faqs',
      id: doc.id,
      locale: 'en',
      data: { question: 'Does mesotherapy hurt?', answer: 'You may feel a slight sting.' },
    })
    const tr = await payload.findByID({ collection: 'faqs', id: doc.id, locale: 'tr' })
    const en = await payload.findByID({ collection: 'faqs', id: doc.id, locale: 'en' })
    expect(tr.question).toBe('Mezoterapi acıtır mı?')
    expect(en.question).toBe('Does mesotherapy hurt?')
    const all = await payload.findByID({ collection: 'faqs', id: doc.id, locale: 'all' })
    expect(all.question).toEqual({ tr: 'Mezoterapi acıtır mı?', en: 'Does mesotherapy hurt?' })
  })

  it('falls back to Turkish for a Turkish-only document, and not with fallback off', async () => {
    const { payload } = cms
    const doc = await payload.create({
      collection: 'treatments',
      locale: 'tr',
      data: { title: 'Saç Dökülmesi İçin Mezoterapi', summary: 'Yalnızca Türkçe özet.', _status: 'published' },
    })
    const withFallback = await payload.findByID({ collection: 'treatments', id: doc.id, locale: 'en' })
    expect(withFallback.title).toBe('Saç Dökülmesi İçin Mezoterapi')
    expect(withFallback.summary).toBe('Yalnızca Türkçe özet.')

    const noFallback = await payload.findByID({ collection: 'treatments', id: doc.id, locale: 'en', fallbackLocale: false })
    expect(noFallback.title ?? null).toBeNull()
    expect(noFallback.slug ?? null).toBeNull()
  })
})
