import { sameOriginPath } from './sameOriginPath'

const site = 'https://klinik.example'

describe('sameOriginPath', () => {
  it('keeps a path on this site with its query and fragment', () => {
    expect(sameOriginPath('/en/treatments/x?a=1#faq', site)).toBe('/en/treatments/x?a=1#faq')
    expect(sameOriginPath('/tr/tedaviler/b%C3%B6lge', site)).toBe('/tr/tedaviler/b%C3%B6lge')
  })

  it.each([
    ['//evil.example'],
    ['/\\evil.example'],
    ['/\\/evil.example'],
    ['/\t/evil.example'],
    ['/\n/evil.example'],
    ['/\r\n/evil.example'],
    ['\\\\evil.example'],
    ['https://evil.example/'],
    ['javascript:alert(1)'],
    ['evil.example'],
    [''],
  ])('sends %j home instead of away', (requested) => {
    const path = sameOriginPath(requested, site)
    expect(path).toBe('/')
    expect(new URL(path, site).origin).toBe(site)
  })

  it('uses the given fallback and accepts no parameter', () => {
    expect(sameOriginPath(null, site, '/tr')).toBe('/tr')
  })
})
