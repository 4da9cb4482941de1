/**
 * The translation status kept on bilingual documents: missing, outdated, complete per language,
 * stored so lists can filter on it, readable by editors only, and complete for the seeded
 * content.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { seed } from '../src/seed'
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

type Doc = {
  id: number
  translationTr?: string
  translationEn?: string
  translationState?: { missing: Record<string, string[]>; outdated: Record<string, string[]> }
}

async function save(method: 'POST' | 'PATCH', path: string, json: unknown): Promise<Doc> {
  const response = await cms.rest(method, path, { token: editor.token, json })
  const body = (await response.json()) as { doc: Doc }
  if (response.status >= 300) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(body)}`)
  return body.doc
}

describe('a treatment written in Turkish, then translated', () => {
  let id: number

  it('is missing in English until the English is written, naming the fields', async () => {
    const doc = await save('POST', '/treatments?locale=tr&draft=true', {
      title: 'Yüz mezoterapisi',
      summary: 'Cilt kalitesini desteklemek için mikro enjeksiyonlar.',
      _status: 'draft',
    })
    id = doc.id
    expect(doc.translationTr).toBe('complete')
    expect(doc.translationEn).toBe('missing')
    expect(doc.translationState?.missing.en).toEqual(['title', 'summary'])
  })

  it('counts a copy of the Turkish as not translated', async () => {
    const doc = await save('PATCH', `/treatments/${id}?locale=en&draft=true`, {
      title: 'Facial mesotherapy',
      summary: 'Cilt kalitesini desteklemek için mikro enjeksiyonlar.',
      _status: 'draft',
    })
    expect(doc.translationEn).toBe('missing')
    expect(doc.translationState?.missing.en).toEqual(['summary'])
  })

  it('is complete in both once translated, and the English is outdated when the Turkish changes', async () => {
    const translated = await save('PATCH', `/treatments/${id}?locale=en&draft=true`, {
      summary: 'Micro-injections that support skin quality.',
      _status: 'draft',
    })
    expect([translated.translationTr, translated.translationEn]).toEqual(['complete', 'complete'])

    const edited = await save('PATCH', `/treatments/${id}?locale=tr&draft=true`, {
      summary: 'Cildi nemlendiren ve canlandıran mikro enjeksiyonlar.',
      _status: 'draft',
    })
    expect([edited.translationTr, edited.translationEn]).toEqual(['complete', 'outdated'])
    expect(edited.translationState?.outdated.en).toEqual(['summary'])
  })

  it('lets lists filter by status, for editors only', async () => {
    const asEditor = await cms.rest('GET', '/treatments?draft=true&where[translationEn][equals]=outdated&depth=0', { token: editor.token })
    const found = (await asEditor.json()) as { docs: Doc[] }
    expect(found.docs.map((doc) => doc.id)).toContain(id)

    await save('PATCH', `/treatments/${id}?locale=tr`, { _status: 'published' })
    const anonymous = (await (await cms.rest('GET', `/treatments/${id}?locale=tr&depth=0`)).json()) as Record<string, unknown>
    expect(anonymous.title).toBe('Yüz mezoterapisi')
    expect(anonymous).not.toHaveProperty('translationEn')
    expect(anonymous).not.toHaveProperty('translationState')
  })

  it('is complete again when the English catches up, without marking the Turkish outdated', async () => {
    const doc = await save('PATCH', `/treatments/${id}?locale=en&draft=true`, {
      summary: 'Micro-injections that moisturise and refresh the skin.',
      _status: 'draft',
    })
    expect([doc.translationTr, doc.translationEn]).toEqual(['complete', 'complete'])
  })

  it('ignores a status a request sends itself', async () => {
    const doc = await save('PATCH', `/treatments/${id}?locale=tr&draft=true`, {
      translationEn: 'complete',
      title: 'Yüz mezoterapisi (mezolifting)',
      _status: 'draft',
    })
    expect(doc.translationEn).toBe('outdated')
  })
})

describe('the seeded content', () => {
  it('is complete in both languages', async () => {
    await seed(cms.payload, { demoUsers: false, log: () => {} })
    for (const collection of ['treatments', 'faqs', 'contraindications'] as const) {
      const { docs } = await cms.payload.find({ collection, draft: true, locale: 'tr', depth: 0, limit: 200, where: { id: { not_equals: -1 } } })
      const seeded = docs.filter((doc) => !String((doc as { title?: string }).title ?? '').startsWith('Yüz mezoterapisi (mezolifting)'))
      for (const doc of seeded) expect([collection, doc.id, doc.translationTr, doc.translationEn]).toEqual([collection, doc.id, 'complete', 'complete'])
    }
    for (const slug of ['home-page', 'clinic-settings'] as const) {
      const global = await cms.payload.findGlobal({ slug, depth: 0 })
      expect([slug, global.translationTr, global.translationEn]).toEqual([slug, 'complete', 'complete'])
    }
  })
})
