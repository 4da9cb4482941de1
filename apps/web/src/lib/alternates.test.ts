import { alternatesMetadata, pageAlternates, staticPageAlternates } from './alternates'

describe('page alternates', () => {
  it('maps a static page to its localized path in every language', () => {
    const faq = staticPageAlternates('/faq')
    expect(faq.paths).toEqual({ tr: '/tr/sik-sorulan-sorular', en: '/en/faq' })
    expect(faq.existsIn).toEqual(['tr', 'en'])
  })

  it('uses each language’s own slug for a treatment', () => {
    const slugs: Record<string, string> = { tr: 'sac-mezoterapisi', en: 'hair-mesotherapy' }
    const treatment = pageAlternates((locale) => ({ pathname: '/treatments/[slug]', params: { slug: slugs[locale] } }), '/treatments')
    expect(treatment.paths).toEqual({ tr: '/tr/tedaviler/sac-mezoterapisi', en: '/en/treatments/hair-mesotherapy' })
  })

  it('sends the switcher to the nearest page where a translation is missing, and leaves it out of hreflang', () => {
    const turkishOnly = pageAlternates((locale) => (locale === 'tr' ? { pathname: '/treatments/[slug]', params: { slug: 'yeni' } } : null), '/treatments')
    expect(turkishOnly.paths.en).toBe('/en/treatments')
    expect(turkishOnly.existsIn).toEqual(['tr'])
    expect(alternatesMetadata('tr', turkishOnly, 'https://klinik.example').languages).toEqual({
      tr: 'https://klinik.example/tr/tedaviler/yeni',
      'x-default': 'https://klinik.example/tr/tedaviler/yeni',
    })
  })

  it('gives a self canonical and reciprocal hreflang pairs with x-default on Turkish', () => {
    const faq = staticPageAlternates('/faq')
    const en = alternatesMetadata('en', faq, 'https://klinik.example')
    const tr = alternatesMetadata('tr', faq, 'https://klinik.example')
    expect(en.canonical).toBe('https://klinik.example/en/faq')
    expect(tr.canonical).toBe('https://klinik.example/tr/sik-sorulan-sorular')
    expect(en.languages).toEqual(tr.languages)
    expect(en.languages['x-default']).toBe(tr.canonical)
  })
})
