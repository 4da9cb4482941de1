/**
 * Publishing one language at a time (issue: an English draft went public the moment the Turkish
 * version was published). Through REST as the editor, as the admin's buttons do, and read back
 * as an anonymous visitor (the site) with no fallback between languages.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { startTestCms, type TestCms } from './helpers/testPayload'
import { signInEveryRole, type SignedIn } from './helpers/users'

let cms: TestCms
let editor: SignedIn

beforeAll(async () => {
  cms = await startTestCms()
  ;({ editor } = await signInEveryRole(cms.payload))
})
afterAll(async () => {
  await cms?.cleanup()
})

type Doc = { id: number; title?: string | null; summary?: string | null; _status?: string }

async function asEditor(method: 'POST' | 'PATCH', path: string, json: unknown): Promise<Doc> {
  const response = await cms.rest(method, path, { token: editor.token, json })
  const body = (await response.json()) as { doc: Doc; errors?: unknown }
  if (response.status !== 200 && response.status !== 201) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(body)}`)
  return body.doc
}

/** What a patient's browser (through the site) can read: published, in one language, no fallback. */
async function publicTitle(collection: string, id: number, locale: 'tr' | 'en'): Promise<string | null | undefined> {
  const response = await cms.rest('GET', `/${collection}/${id}?locale=${locale}&fallback-locale=none&depth=0`)
  if (response.status === 404) return undefined
  const doc = (await response.json()) as Record<string, unknown>
  return (doc.title ?? doc.question ?? null) as string | null
}

async function draftTitle(id: number, locale: 'tr' | 'en') {
  const response = await cms.rest('GET', `/treatments/${id}?locale=${locale}&fallback-locale=none&draft=true&depth=0`, { token: editor.token })
  return ((await response.json()) as Doc).title
}

describe('a treatment written in Turkish first', () => {
  let id: number

  it('publishes the Turkish alone: the English side stays absent for visitors', async () => {
    id = (await asEditor('POST', '/treatments?locale=tr&draft=true', { title: 'Saç mezoterapisi taslağı', _status: 'draft' })).id
    await asEditor('PATCH', `/treatments/${id}?locale=tr`, { title: 'Saç mezoterapisi', summary: 'Türkçe özet', _status: 'published' })
    expect(await publicTitle('treatments', id, 'tr')).toBe('Saç mezoterapisi')
    expect(await publicTitle('treatments', id, 'en')).toBeNull()
  })

  it('keeps an English draft private when the Turkish is published again', async () => {
    await asEditor('PATCH', `/treatments/${id}?locale=en&draft=true`, { title: 'ENGLISH DRAFT hair', _status: 'draft' })
    await asEditor('PATCH', `/treatments/${id}?locale=tr`, { title: 'Saç mezoterapisi (güncel)', _status: 'published' })
    expect(await publicTitle('treatments', id, 'tr')).toBe('Saç mezoterapisi (güncel)')
    expect(await publicTitle('treatments', id, 'en')).toBeNull()
    // The editor's English draft is still there to finish.
    expect(await draftTitle(id, 'en')).toBe('ENGLISH DRAFT hair')
  })

  it('publishes the English when its editor publishes it, leaving the Turkish as published', async () => {
    await asEditor('PATCH', `/treatments/${id}?locale=en`, { title: 'Hair mesotherapy', _status: 'published' })
    expect(await publicTitle('treatments', id, 'en')).toBe('Hair mesotherapy')
    expect(await publicTitle('treatments', id, 'tr')).toBe('Saç mezoterapisi (güncel)')
  })

  it('keeps the published English when a newer English draft exists and the Turkish is published', async () => {
    await asEditor('PATCH', `/treatments/${id}?locale=en&draft=true`, { title: 'SECOND ENGLISH DRAFT', _status: 'draft' })
    await asEditor('PATCH', `/treatments/${id}?locale=tr&draft=true`, { title: 'Saç mezoterapisi (üçüncü)', _status: 'draft' })
    await asEditor('PATCH', `/treatments/${id}?locale=tr`, { _status: 'published' })
    expect(await publicTitle('treatments', id, 'en')).toBe('Hair mesotherapy')
    expect(await publicTitle('treatments', id, 'tr')).toBe('Saç mezoterapisi (üçüncü)')
    expect(await draftTitle(id, 'en')).toBe('SECOND ENGLISH DRAFT')
  })

  it('publishes one language in a bulk publish from a list', async () => {
    await asEditor('PATCH', `/treatments/${id}?locale=en&draft=true`, { title: 'THIRD ENGLISH DRAFT', _status: 'draft' })
    const response = await cms.rest('PATCH', `/treatments?locale=tr&where[id][equals]=${id}`, { token: editor.token, json: { _status: 'published' } })
    expect(response.status).toBe(200)
    expect(await publicTitle('treatments', id, 'en')).toBe('Hair mesotherapy')
  })
})

describe('FAQ entries and contraindications', () => {
  it('publish one language at a time too', async () => {
    const faq = await asEditor('POST', '/faqs?locale=tr', {
      question: 'Seans kaç dakika sürer?',
      answer: 'Yaklaşık yarım saat.',
      category: 'general',
      _status: 'published',
    })
    await asEditor('PATCH', `/faqs/${faq.id}?locale=en&draft=true`, { question: 'ENGLISH DRAFT question?', _status: 'draft' })
    await asEditor('PATCH', `/faqs/${faq.id}?locale=tr`, { question: 'Bir seans kaç dakika sürer?', _status: 'published' })
    expect(await publicTitle('faqs', faq.id, 'en')).toBeNull()
    expect(await publicTitle('faqs', faq.id, 'tr')).toBe('Bir seans kaç dakika sürer?')
  })
})
