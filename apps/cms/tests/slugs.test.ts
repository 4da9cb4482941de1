import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { ValidationError } from 'payload'

import { startTestCms, type TestCms } from './helpers/testPayload'
import { signInEveryRole, type SignedIn } from './helpers/users'

let cms: TestCms
let editor: SignedIn

beforeAll(async () => {
  cms = await startTestCms()
  editor = (await signInEveryRole(cms.payload)).editor
})
afterAll(async () => {
  await cms?.cleanup()
})

async function slugsOf(id: string | number) {
  const doc = await cms.payload.findByID({ collection: 'treatments', id, locale: 'all' })
  return doc.slug as unknown as Record<string, string | undefined>
}

describe('treatment slugs', () => {
  it('are made from the title in each language, Turkish letters transliterated', async () => {
    const { payload } = cms
    const doc = await payload.create({ collection: 'treatments', locale: 'tr', data: { title: 'Saç Dökülmesi İçin Mezoterapi' } })
    await payload.update({ collection: 'treatments', id: doc.id, locale: 'en', data: { title: 'Mesotherapy for Hair Loss' } })
    expect(await slugsOf(doc.id)).toEqual({ tr: 'sac-dokulmesi-icin-mezoterapi', en: 'mesotherapy-for-hair-loss' })
  })

  it('normalise a typed slug and keep it when the title changes', async () => {
    const { payload } = cms
    const doc = await payload.create({ collection: 'treatments', locale: 'tr', data: { title: 'Yüz Gençleştirme', slug: 'Yüz Işıltısı' } })
    expect((await slugsOf(doc.id)).tr).toBe('yuz-isiltisi')
    await payload.update({ collection: 'treatments', id: doc.id, locale: 'tr', data: { title: 'Yüz Gençleştirme Uygulaması' } })
    expect((await slugsOf(doc.id)).tr).toBe('yuz-isiltisi')
  })

  it('refuse a slug another treatment already uses in the same language, and change nothing', async () => {
    const { payload } = cms
    await payload.create({ collection: 'treatments', locale: 'tr', data: { title: 'Bölgesel İncelme' } })
    const other = await payload.create({ collection: 'treatments', locale: 'tr', data: { title: 'Selülit Tedavisi' } })
    await expect(payload.update({ collection: 'treatments', id: other.id, locale: 'tr', data: { slug: 'bolgesel-incelme' } })).rejects.toBeInstanceOf(
      ValidationError,
    )
    await expect(payload.create({ collection: 'treatments', locale: 'tr', data: { title: 'Bölgesel İncelme' } })).rejects.toBeInstanceOf(ValidationError)
    expect((await slugsOf(other.id)).tr).toBe('selulit-tedavisi')
    const { totalDocs } = await payload.count({ collection: 'treatments', where: { title: { equals: 'Bölgesel İncelme' } }, locale: 'tr' })
    expect(totalDocs).toBe(1)
  })

  it('allow the same slug in another language and on the same treatment', async () => {
    const { payload } = cms
    const a = await payload.create({ collection: 'treatments', locale: 'tr', data: { title: 'Mezoterapi' } })
    await payload.update({ collection: 'treatments', id: a.id, locale: 'en', data: { title: 'Mesotherapy', slug: 'mezoterapi' } })
    const b = await payload.create({ collection: 'treatments', locale: 'en', data: { title: 'Mesotherapy overview', slug: 'mesotherapy' } })
    await payload.update({ collection: 'treatments', id: b.id, locale: 'tr', data: { title: 'Mesotherapy' } })
    expect(await slugsOf(a.id)).toEqual({ tr: 'mezoterapi', en: 'mezoterapi' })
    expect(await slugsOf(b.id)).toEqual({ tr: 'mesotherapy', en: 'mesotherapy' })
  })

  it('explain a taken slug in the editor’s admin language through REST', async () => {
    const taken = { title: 'Dudak Nemlendirme', slug: 'dudak-nemlendirme' }
    await cms.payload.create({ collection: 'treatments', locale: 'tr', data: taken })
    for (const [language, expected] of [
      ['tr', 'Bu adres bu dilde başka bir kayıtta kullanılıyor'],
      ['en', 'Another entry already uses this address in this language'],
    ] as const) {
      const response = await cms.rest('POST', '/treatments?locale=tr', {
        token: editor.token,
        json: { title: 'Başka Başlık', slug: 'dudak-nemlendirme' },
        headers: { 'Accept-Language': language },
      })
      expect(response.status).toBe(400)
      const body = await response.text()
      expect(body).toContain(expected)
      expect(body).not.toMatch(/at .*\.(js|ts):\d+/)
    }
  })
})

describe('a treatment written only in Turkish', () => {
  it('cannot be published in English without an English title', async () => {
    const { payload } = cms
    const doc = await payload.create({ collection: 'treatments', locale: 'tr', data: { title: 'Yalnız Türkçe Tedavi', _status: 'published' } })
    await expect(
      payload.update({ collection: 'treatments', id: doc.id, locale: 'en', data: { summary: 'English summary only', _status: 'published' } }),
    ).rejects.toBeInstanceOf(ValidationError)
  })

  it('gets no English slug from an English draft that has no English title', async () => {
    const { payload } = cms
    const doc = await payload.create({ collection: 'treatments', locale: 'tr', data: { title: 'Yalnız Türkçe Taslak' } })
    await payload.update({ collection: 'treatments', id: doc.id, locale: 'en', draft: true, data: { summary: 'English summary only' } })
    const draft = await payload.findByID({ collection: 'treatments', id: doc.id, locale: 'all', draft: true })
    const slug = draft.slug as unknown as Record<string, string | null>
    expect(slug.tr).toBe('yalniz-turkce-taslak')
    expect(slug.en ?? null).toBeNull()
  })
})

describe('a published treatment whose slug changes', () => {
  it('keeps the old slug for redirects, per language, and drops it when taken back', async () => {
    const { payload } = cms
    const doc = await payload.create({ collection: 'treatments', locale: 'tr', data: { title: 'Eski Ad', _status: 'published' } })
    await payload.update({ collection: 'treatments', id: doc.id, locale: 'tr', data: { slug: 'yeni-ad', _status: 'published' } })
    let all = await payload.findByID({ collection: 'treatments', id: doc.id, locale: 'all' })
    expect(all.slug).toMatchObject({ tr: 'yeni-ad' })
    expect(all.previousSlugs).toMatchObject({ tr: [{ slug: 'eski-ad' }] })

    // A draft rename is not public yet: nothing to redirect.
    await payload.update({ collection: 'treatments', id: doc.id, locale: 'tr', draft: true, data: { slug: 'taslak-ad', _status: 'draft' } })
    all = await payload.findByID({ collection: 'treatments', id: doc.id, locale: 'all' })
    expect(all.previousSlugs).toMatchObject({ tr: [{ slug: 'eski-ad' }] })

    await payload.update({ collection: 'treatments', id: doc.id, locale: 'tr', data: { slug: 'eski-ad', _status: 'published' } })
    all = await payload.findByID({ collection: 'treatments', id: doc.id, locale: 'all' })
    expect(all.previousSlugs).toMatchObject({ tr: [{ slug: 'yeni-ad' }] })
  })

  it('can be found by an old slug through REST', async () => {
    const { payload } = cms
    const doc = await payload.create({ collection: 'treatments', locale: 'en', data: { title: 'Old Name', _status: 'published' } })
    await payload.update({ collection: 'treatments', id: doc.id, locale: 'en', data: { slug: 'new-name', _status: 'published' } })
    const response = await cms.rest('GET', '/treatments?locale=en&fallback-locale=none&where[previousSlugs.slug][equals]=old-name&depth=0')
    const body = (await response.json()) as { docs: { id: string; slug: string }[] }
    expect(response.status).toBe(200)
    expect(body.docs.map((found) => [found.id, found.slug])).toEqual([[doc.id, 'new-name']])
  })
})
