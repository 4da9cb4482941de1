/**
 * @jest-environment node
 */
import { fakeCms } from './fakeCms'
import { CmsError, cmsGet } from './transport'

afterEach(() => jest.restoreAllMocks())

describe('cmsGet', () => {
  it('asks the CMS API with the query string and declares the cache tags of a cached read', async () => {
    const { requests, fetchMock } = fakeCms({ ok: true })
    expect(await cmsGet('/faqs', { locale: 'tr', depth: 0 }, { tags: ['faqs'] })).toEqual({ ok: true })
    expect(String(fetchMock.mock.calls[0][0])).toBe('http://localhost:3001/api/faqs?locale=tr&depth=0')
    expect(requests[0]).toMatchObject({ path: '/api/faqs', tags: ['faqs'], cache: 'force-cache' })
  })

  it('stores neither a preview nor an uncached read', async () => {
    const { requests } = fakeCms({})
    await cmsGet('/treatments/preview', { token: 't' }, { tags: [], preview: { token: 't' } })
    await cmsGet('/treatments', { locale: 'all' }, { tags: [], uncached: true })
    expect(requests.map(({ cache, tags }) => ({ cache, tags }))).toEqual([
      { cache: 'no-store', tags: undefined },
      { cache: 'no-store', tags: undefined },
    ])
  })

  it('throws a CmsError with the status (and without the query, which may hold a token) when the CMS refuses', async () => {
    fakeCms(Response.json({ errors: [] }, { status: 401 }))
    const refused = cmsGet('/treatments/preview', { token: 'secret-token' }, { tags: [], preview: { token: 'secret-token' } })
    await expect(refused).rejects.toThrow(new CmsError('CMS answered 401 for /treatments/preview', 401))
    await expect(refused).rejects.toMatchObject({ status: 401 })
  })

  it('throws a CmsError when the CMS cannot be reached, so an outage is never cached as an empty page', async () => {
    jest.spyOn(globalThis, 'fetch').mockRejectedValue(new TypeError('fetch failed'))
    await expect(cmsGet('/faqs', {}, { tags: ['faqs'] })).rejects.toThrow('CMS unreachable for /faqs: TypeError')
  })
})
