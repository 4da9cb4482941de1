/**
 * @jest-environment node
 */
import { fakeCms } from './fakeCms'
import { getTreatment, getTreatmentPreview, listTreatments } from './treatments'

afterEach(() => jest.restoreAllMocks())

const heroImage = {
  id: 'm1',
  alt: 'Uygulama',
  url: '/api/media/file/a.jpg',
  width: 2400,
  height: 1200,
  sizes: { card: { url: '/api/media/file/a-card.jpg', width: 800, height: 400 }, hero: { url: '/api/media/file/a-hero.jpg', width: 1600, height: 800 } },
}

const treatment = {
  id: 't1',
  title: 'Saç Mezoterapisi',
  slug: 'sac-mezoterapisi',
  summary: 'Kısa özet',
  heroImage,
  body: null,
  indications: [{ text: 'Saç dökülmesi' }, { text: '' }],
  sessionSteps: [{ text: 'Temizlik' }],
  sessionPlan: { sessionsMin: 4, sessionsMax: 6 },
  contraindications: [
    { id: 'c1', name: 'Gebelik', explanation: 'Uygulanmaz.', severity: 'absolute', screeningQuestion: 'Hamile misiniz?' },
    'c2',
    { id: 'c3', name: null },
  ],
  faqs: { docs: [{ id: 'f1', question: 'Acıtır mı?', answer: 'Hafifçe.', category: 'procedure', treatments: ['t1'] }, 'f2'] },
  seo: { title: null, description: 'SEO açıklaması' },
  updatedAt: '2026-01-02T03:04:05.000Z',
}

describe('listTreatments', () => {
  it('lists the treatments written in this language by title, with card images, tagged treatments and media', async () => {
    const { requests } = fakeCms({ docs: [treatment, { id: 't2', title: null, slug: null }] })
    const list = await listTreatments('tr')
    expect(requests).toEqual([
      {
        method: 'GET',
        path: '/api/treatments',
        query: { locale: 'tr', 'fallback-locale': 'none', depth: '1', limit: '100', sort: 'title' },
        tags: ['treatments', 'media'],
        cache: 'force-cache',
      },
    ])
    expect(list).toEqual([
      {
        id: 't1',
        title: 'Saç Mezoterapisi',
        slug: 'sac-mezoterapisi',
        summary: 'Kısa özet',
        image: {
          url: 'http://localhost:3001/api/media/file/a-card.jpg',
          alt: 'Uygulama',
          width: 800,
          height: 400,
          srcSet: 'http://localhost:3001/api/media/file/a-card.jpg 800w, http://localhost:3001/api/media/file/a-hero.jpg 1600w',
        },
      },
    ])
  })
})

describe('getTreatment', () => {
  it('finds the treatment by its slug in this language, tagged by everything its page shows', async () => {
    const { requests } = fakeCms({ docs: [treatment] })
    const detail = await getTreatment('tr', 'sac-mezoterapisi')
    expect(requests).toEqual([
      {
        method: 'GET',
        path: '/api/treatments',
        query: { locale: 'tr', 'fallback-locale': 'none', where: { slug: { equals: 'sac-mezoterapisi' } }, depth: '2', limit: '1' },
        tags: ['treatments', 'faqs', 'contraindications', 'media'],
        cache: 'force-cache',
      },
    ])
    expect(detail).toMatchObject({
      id: 't1',
      image: { url: 'http://localhost:3001/api/media/file/a-hero.jpg', width: 1600 },
      indications: ['Saç dökülmesi'],
      sessionSteps: ['Temizlik'],
      aftercare: [],
      sessionPlan: { sessionsMin: 4, sessionsMax: 6 },
      contraindications: [{ id: 'c1', name: 'Gebelik', explanation: 'Uygulanmaz.', severity: 'absolute', screeningQuestion: 'Hamile misiniz?' }],
      faqs: [{ id: 'f1', question: 'Acıtır mı?', answer: 'Hafifçe.', category: 'procedure', treatmentIds: ['t1'] }],
      seo: { title: 'Saç Mezoterapisi', description: 'SEO açıklaması' },
      updatedAt: '2026-01-02T03:04:05.000Z',
    })
  })

  it('sends a slug with reserved characters as one value, and answers null when nothing matches', async () => {
    const { requests } = fakeCms({ docs: [] })
    expect(await getTreatment('en', 'a&where[or][0][slug][exists]=true')).toBeNull()
    expect(requests[0].query.where).toEqual({ slug: { equals: 'a&where[or][0][slug][exists]=true' } })
  })
})

describe('getTreatmentPreview', () => {
  it('reads the draft uncached with the signed token', async () => {
    const { requests } = fakeCms(treatment)
    expect(await getTreatmentPreview('signed.token')).toMatchObject({ id: 't1', title: 'Saç Mezoterapisi' })
    expect(requests).toEqual([{ method: 'GET', path: '/api/treatments/preview', query: { token: 'signed.token' }, tags: undefined, cache: 'no-store' }])
  })

  it('answers null to a token the CMS refuses or a draft it no longer has, and throws on an outage', async () => {
    fakeCms(Response.json({}, { status: 401 }), Response.json({}, { status: 404 }), Response.json({}, { status: 500 }))
    expect(await getTreatmentPreview('expired')).toBeNull()
    expect(await getTreatmentPreview('deleted')).toBeNull()
    await expect(getTreatmentPreview('any')).rejects.toThrow('CMS answered 500')
  })
})
