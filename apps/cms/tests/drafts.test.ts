/**
 * Unpublished work never reaches anonymous readers: not in lists, not by id, not through
 * `draft=true`, `where[or]` tricks, versions, populated relationships or joins (GraphQL is
 * off: hardening.test.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { startTestCms, type TestCms } from './helpers/testPayload'

let cms: TestCms
let publishedId: string
let draftOnlyId: string
let draftFaqId: string

const DRAFT_MARK = 'TASLAK-GİZLİ'

beforeAll(async () => {
  cms = await startTestCms()
  const { payload } = cms
  const published = await payload.create({
    collection: 'treatments',
    locale: 'tr',
    data: { title: 'Yayındaki Tedavi', summary: 'Yayındaki özet', _status: 'published' },
  })
  publishedId = String(published.id)
  // A newer, unpublished edit of the published treatment.
  await payload.update({
    collection: 'treatments',
    id: publishedId,
    locale: 'tr',
    draft: true,
    data: { title: `${DRAFT_MARK} başlık`, summary: `${DRAFT_MARK} özet`, _status: 'draft' },
  })
  const draftOnly = await payload.create({
    collection: 'treatments',
    locale: 'tr',
    draft: true,
    data: { title: `${DRAFT_MARK} yeni tedavi`, _status: 'draft' },
  })
  draftOnlyId = String(draftOnly.id)

  await payload.create({
    collection: 'faqs',
    locale: 'tr',
    data: { question: 'Yayındaki soru?', answer: 'Yanıt.', category: 'general', treatments: [publishedId, draftOnlyId], _status: 'published' },
  })
  const draftFaq = await payload.create({
    collection: 'faqs',
    locale: 'tr',
    draft: true,
    data: { question: `${DRAFT_MARK} soru?`, answer: 'Yanıt.', category: 'general', treatments: [publishedId], _status: 'draft' },
  })
  draftFaqId = String(draftFaq.id)
})
afterAll(async () => {
  await cms?.cleanup()
})

async function anonymousGet(path: string) {
  const response = await cms.rest('GET', path)
  const text = await response.text()
  return { status: response.status, text }
}

describe('anonymous REST reads', () => {
  it.each([
    '/treatments',
    '/treatments?draft=true',
    '/treatments?locale=all&draft=true',
    '/treatments?where[or][0][_status][equals]=draft&where[or][1][_status][equals]=published',
    '/treatments?where[or][0][_status][equals]=draft&where[or][1][title][exists]=true&draft=true',
    '/treatments?where[_status][not_equals]=published&draft=true',
    `/treatments?where[title][like]=${encodeURIComponent(DRAFT_MARK)}&draft=true`,
    '/treatments?depth=2&draft=true',
    '/faqs?depth=1&draft=true',
    '/faqs?where[or][0][_status][equals]=draft&where[or][1][question][exists]=true',
  ])('%s shows no draft', async (path) => {
    const { status, text } = await anonymousGet(path)
    expect(status).toBe(200)
    expect(text).not.toContain(DRAFT_MARK)
    // A published FAQ may still name the draft's id in its relationship list (an opaque
    // reference, as Payload stores it), but no listed document is the draft.
    const docs = (JSON.parse(text) as { docs: { id: string }[] }).docs
    expect(docs.map((doc) => String(doc.id))).not.toContain(draftOnlyId)
  })

  it('lists the published treatment with its published text', async () => {
    const { text } = await anonymousGet('/treatments')
    const body = JSON.parse(text) as { docs: { id: string; title: string }[] }
    expect(body.docs.map((doc) => [doc.id, doc.title])).toEqual([[publishedId, 'Yayındaki Tedavi']])
  })

  it('does not answer a draft by id', async () => {
    for (const path of [`/treatments/${draftOnlyId}`, `/treatments/${draftOnlyId}?draft=true`, `/faqs/${draftFaqId}?draft=true`]) {
      const { status, text } = await anonymousGet(path)
      expect(status).toBeGreaterThanOrEqual(400)
      expect(status).toBeLessThan(500)
      expect(text).not.toContain(DRAFT_MARK)
    }
  })

  it('serves the published version by id even with draft=true', async () => {
    const { status, text } = await anonymousGet(`/treatments/${publishedId}?draft=true`)
    expect(status).toBe(200)
    expect(JSON.parse(text).title).toBe('Yayındaki Tedavi')
  })

  it('refuses the versions history', async () => {
    for (const path of ['/treatments/versions', '/faqs/versions', '/contraindications/versions']) {
      const { status, text } = await anonymousGet(path)
      expect(status).toBe(403)
      expect(text).not.toContain(DRAFT_MARK)
    }
  })

  it('keeps draft FAQs out of the treatment’s joined questions', async () => {
    const { text } = await anonymousGet(`/treatments/${publishedId}?depth=1`)
    const body = JSON.parse(text) as { faqs?: { docs: unknown[] } }
    expect(text).not.toContain(DRAFT_MARK)
    expect(body.faqs?.docs).toHaveLength(1)
  })
})
