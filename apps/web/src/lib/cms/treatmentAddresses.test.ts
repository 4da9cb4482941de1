/**
 * @jest-environment node
 */
import { fakeCms } from './fakeCms'
import { fetchTreatmentAddresses, findRenamedTreatment, getTreatmentSlugs, listTreatmentSlugs } from './treatmentAddresses'

afterEach(() => jest.restoreAllMocks())

describe('findRenamedTreatment', () => {
  it('looks the old slug up among earlier slugs in this language, tagged treatments', async () => {
    const { requests } = fakeCms({ docs: [{ id: 't1', title: 'Saç Mezoterapisi', slug: 'sac-mezoterapisi' }] })
    expect(await findRenamedTreatment('tr', 'sac-tedavisi')).toBe('sac-mezoterapisi')
    expect(requests).toEqual([
      {
        method: 'GET',
        path: '/api/treatments',
        query: {
          locale: 'tr',
          'fallback-locale': 'none',
          where: { 'previousSlugs.slug': { equals: 'sac-tedavisi' } },
          depth: '0',
          limit: '1',
          select: { slug: 'true', title: 'true' },
        },
        tags: ['treatments'],
        cache: 'force-cache',
      },
    ])
  })

  it('answers null when no treatment used the slug or the renamed one has no title in this language', async () => {
    fakeCms({ docs: [] }, { docs: [{ id: 't1', title: null, slug: 'x' }] })
    expect(await findRenamedTreatment('en', 'nothing')).toBeNull()
    expect(await findRenamedTreatment('en', 'untranslated')).toBeNull()
  })
})

describe('getTreatmentSlugs', () => {
  it('reads the slug and title in every language and keeps the languages the treatment is written in', async () => {
    const { requests } = fakeCms({ id: 't 1', title: { tr: 'Saç Mezoterapisi' }, slug: { tr: 'sac-mezoterapisi', en: 'hair-mesotherapy' } })
    expect(await getTreatmentSlugs('t 1')).toEqual({ tr: 'sac-mezoterapisi' })
    expect(requests).toEqual([
      {
        method: 'GET',
        path: '/api/treatments/t%201',
        query: { locale: 'all', depth: '0', select: { title: 'true', slug: 'true' } },
        tags: ['treatments'],
        cache: 'force-cache',
      },
    ])
  })
})

describe('fetchTreatmentAddresses', () => {
  it('pages through every treatment uncached and collects current and earlier slugs per language', async () => {
    const { requests } = fakeCms(
      { docs: [{ slug: { tr: 'a', en: 'a-en' }, previousSlugs: { tr: [{ slug: 'a-eski' }] } }], hasNextPage: true },
      { docs: [{ slug: { tr: 'b' } }], hasNextPage: false },
    )
    const addresses = await fetchTreatmentAddresses()
    expect({ tr: [...addresses.tr], en: [...addresses.en] }).toEqual({ tr: ['a', 'a-eski', 'b'], en: ['a-en'] })
    expect(requests.map(({ query, tags, cache }) => ({ query, tags, cache }))).toEqual(
      ['1', '2'].map((page) => ({
        query: { locale: 'all', depth: '0', limit: '100', page, select: { slug: 'true', previousSlugs: 'true' } },
        tags: undefined,
        cache: 'no-store',
      })),
    )
  })
})

describe('listTreatmentSlugs', () => {
  it('reads every treatment’s slugs and date for the sitemap, tagged treatments', async () => {
    const { requests } = fakeCms({ docs: [{ title: { tr: 'A', en: 'A' }, slug: { tr: 'a', en: 'a-en' }, updatedAt: '2026-01-01T00:00:00.000Z' }] })
    expect(await listTreatmentSlugs()).toEqual([{ slugs: { tr: 'a', en: 'a-en' }, updatedAt: '2026-01-01T00:00:00.000Z' }])
    expect(requests).toEqual([
      {
        method: 'GET',
        path: '/api/treatments',
        query: { locale: 'all', depth: '0', limit: '100', select: { title: 'true', slug: 'true', updatedAt: 'true' } },
        tags: ['treatments'],
        cache: 'force-cache',
      },
    ])
  })
})
