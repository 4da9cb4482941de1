/**
 * Publishing tells the web app which cached pages to drop, after the write has committed;
 * drafts and seeding send nothing; a web app that is down never fails a publish.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { cacheTags } from '@klinik/config/cacheTags'

import { startTestCms, type TestCms } from './helpers/testPayload'

type Received = { tags: string[]; secret: string | undefined; publishedTitleSeen: string | null }

let cms: TestCms
let server: Server
let received: Received[] = []
let watchedId: string | undefined
const secret = 'revalidate-secret-for-tests'

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = ''
    request.on('data', (chunk) => (body += chunk))
    request.on('end', async () => {
      // What would the web app read at this moment? It must already be the new content.
      let publishedTitleSeen: string | null = null
      if (watchedId) {
        const found = await cms.payload.find({ collection: 'treatments', where: { id: { equals: watchedId } }, overrideAccess: false, locale: 'tr' })
        publishedTitleSeen = found.docs[0]?.title ?? null
      }
      received.push({ tags: JSON.parse(body).tags, secret: request.headers['x-revalidate-secret'] as string | undefined, publishedTitleSeen })
      response.writeHead(200, { 'Content-Type': 'application/json' }).end('{"revalidated":true}')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  cms = await startTestCms({ WEB_URL: `http://127.0.0.1:${port}`, REVALIDATE_SECRET: secret })
})
afterAll(async () => {
  await cms?.cleanup()
  server?.close()
})
beforeEach(() => {
  received = []
  watchedId = undefined
})

const settle = (ms = 600) => new Promise((resolve) => setTimeout(resolve, ms))

async function waitForRequest(timeoutMs = 2000) {
  const deadline = Date.now() + timeoutMs
  while (received.length === 0 && Date.now() < deadline) await settle(20)
  return received
}

describe('revalidation', () => {
  it('revalidates exactly the collections and globals whose tags the site reads with, each by its own slug', async () => {
    const { slugRevalidatedBy } = await import('../src/revalidation/revalidateHooks')
    const { collections, globals } = cms.payload.config
    const revalidated = (hooks: unknown[] | undefined) => (hooks ?? []).map(slugRevalidatedBy).filter(Boolean)
    const found: Record<string, string[]> = {}
    for (const { slug, hooks } of collections) {
      const afterChange = revalidated(hooks.afterChange)
      if (afterChange.length) found[slug] = [...afterChange, ...revalidated(hooks.afterDelete)] as string[]
    }
    for (const { slug, hooks } of globals) {
      const afterChange = revalidated(hooks?.afterChange)
      if (afterChange.length) found[slug] = afterChange as string[]
    }
    // Each of the site's tags has a collection or global that sends it (else its pages never refresh)…
    expect(Object.keys(found).sort()).toEqual(Object.keys(cacheTags).sort())
    // …and each hook sends its own slug's tag, after a change and after a delete.
    for (const [slug, sent] of Object.entries(found)) {
      expect(sent).toEqual(collections.some((collection) => collection.slug === slug) ? [slug, slug] : [slug])
    }
  })

  it('sends the treatments tag with the secret once a publish has committed', async () => {
    const doc = await cms.payload.create({ collection: 'treatments', locale: 'tr', data: { title: 'Yeni Tedavi', _status: 'published' } })
    watchedId = String(doc.id)
    await cms.payload.update({ collection: 'treatments', id: doc.id, locale: 'tr', data: { title: 'Güncel Başlık', _status: 'published' } })
    const requests = await waitForRequest()
    await settle()
    expect(requests.length).toBeGreaterThanOrEqual(1)
    expect(requests.at(-1)).toEqual({ tags: ['treatments'], secret, publishedTitleSeen: 'Güncel Başlık' })
  })

  it('sends the tag of the collection or global that changed', async () => {
    await cms.payload.create({ collection: 'faqs', locale: 'tr', data: { question: 'Soru?', answer: 'Yanıt.', category: 'general', _status: 'published' } })
    await cms.payload.updateGlobal({ slug: 'clinic-settings', locale: 'tr', data: { name: 'Klinik', phone: '+902125550147', privacyNoticeVersion: '1' } })
    await settle()
    expect(received.map((request) => request.tags[0]).sort()).toEqual(['clinic-settings', 'faqs'])
  })

  it('sends the tag after a publish through REST, with the new content readable', async () => {
    const { payload, rest } = cms
    const doc = await payload.create({
      collection: 'treatments',
      locale: 'tr',
      context: { seeding: true },
      data: { title: 'REST Tedavisi', _status: 'published' },
    })
    watchedId = String(doc.id)
    const email = `rest-editor-${Date.now()}@test.klinik`
    await payload.create({ collection: 'users', data: { email, password: 'rest-editor-pass-1', role: 'editor' } })
    const { token } = await payload.login({ collection: 'users', data: { email, password: 'rest-editor-pass-1' } })
    const response = await rest('PATCH', `/treatments/${doc.id}?locale=tr`, { token, json: { title: 'REST Güncel', _status: 'published' } })
    expect(response.status).toBe(200)
    const requests = await waitForRequest()
    expect(requests.at(-1)).toEqual({ tags: ['treatments'], secret, publishedTitleSeen: 'REST Güncel' })
  })

  it('sends nothing for a draft that was never published', async () => {
    await cms.payload.create({ collection: 'treatments', locale: 'tr', draft: true, data: { title: 'Taslak', _status: 'draft' } })
    await settle()
    expect(received).toEqual([])
  })

  it('sends nothing while seeding', async () => {
    await cms.payload.create({ collection: 'treatments', locale: 'tr', context: { seeding: true }, data: { title: 'Tohum', _status: 'published' } })
    await settle()
    expect(received).toEqual([])
  })

  it('sends the tag when a published treatment is deleted', async () => {
    const doc = await cms.payload.create({
      collection: 'treatments',
      locale: 'tr',
      context: { seeding: true },
      data: { title: 'Silinecek', _status: 'published' },
    })
    await cms.payload.delete({ collection: 'treatments', id: doc.id })
    expect((await waitForRequest()).map((request) => request.tags)).toEqual([['treatments']])
  })

  it('still publishes when the web app is down', async () => {
    await new Promise((resolve) => server.close(resolve))
    const doc = await cms.payload.create({ collection: 'treatments', locale: 'tr', data: { title: 'Site Kapalıyken', _status: 'published' } })
    const stored = await cms.payload.findByID({ collection: 'treatments', id: doc.id, overrideAccess: false })
    expect(stored.title).toBe('Site Kapalıyken')
  })
})
