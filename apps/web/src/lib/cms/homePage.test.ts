/**
 * @jest-environment node
 */
import { fakeCms } from './fakeCms'
import { getHome } from './homePage'

afterEach(() => jest.restoreAllMocks())

describe('getHome', () => {
  it('reads the home-page global with its featured treatments and their images, tagged by all three', async () => {
    const { requests } = fakeCms({
      heroHeading: 'Hoş geldiniz',
      featuredTreatments: [
        { id: 'a', title: 'Mezoterapi', slug: 'mezoterapi', summary: 'Kısa', heroImage: null },
        { id: 'b', title: null, slug: null }, // not written in this language
        'c', // not populated
      ],
    })
    const home = await getHome('tr')
    expect(requests).toEqual([
      { method: 'GET', path: '/api/globals/home-page', query: { locale: 'tr', depth: '2' }, tags: ['home-page', 'treatments', 'media'], cache: 'force-cache' },
    ])
    expect(home).toEqual({
      heroHeading: 'Hoş geldiniz',
      heroText: '',
      intro: null,
      featured: [{ id: 'a', title: 'Mezoterapi', slug: 'mezoterapi', summary: 'Kısa', image: null }],
    })
  })
})
