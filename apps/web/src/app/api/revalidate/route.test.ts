/**
 * @jest-environment node
 */
import { cacheTags } from '@klinik/config/cacheTags'

jest.mock('next/cache', () => ({ revalidateTag: jest.fn() }))

/** The route with the environment as it is now (the site reads its environment once per process). */
function route(revalidateSecret: string | undefined) {
  jest.resetModules()
  if (revalidateSecret) process.env.REVALIDATE_SECRET = revalidateSecret
  else delete process.env.REVALIDATE_SECRET
  const { revalidateTag } = jest.requireMock<typeof import('next/cache')>('next/cache')
  return { ...jest.requireActual<typeof import('./route')>('./route'), revalidateTag: jest.mocked(revalidateTag) }
}

const secret = 'a-shared-revalidate-secret-for-tests'
const request = (method: 'GET' | 'POST', headers: Record<string, string> = {}, body?: unknown) =>
  new Request('http://localhost:3000/api/revalidate', {
    method,
    headers: { 'Content-Type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  })

describe('/api/revalidate', () => {
  const saved = process.env.REVALIDATE_SECRET
  afterEach(() => {
    process.env.REVALIDATE_SECRET = saved
  })

  it("GET (the CMS's start-up check) answers 204 to our secret and 401 to another, revalidating nothing", async () => {
    const { GET, revalidateTag } = route(secret)
    expect((await GET(request('GET', { 'x-revalidate-secret': secret }))).status).toBe(204)
    expect((await GET(request('GET', { 'x-revalidate-secret': `${secret}-old` }))).status).toBe(401)
    expect((await GET(request('GET'))).status).toBe(401)
    expect(revalidateTag).not.toHaveBeenCalled()
  })

  it('answers 503 to both methods when the site has no REVALIDATE_SECRET', async () => {
    const { GET, POST } = route(undefined)
    expect((await GET(request('GET', { 'x-revalidate-secret': secret }))).status).toBe(503)
    expect((await POST(request('POST', { 'x-revalidate-secret': secret }, { tags: ['faqs'] }))).status).toBe(503)
  })

  it('POST revalidates the known tags only with the secret', async () => {
    const { POST, revalidateTag } = route(secret)
    expect((await POST(request('POST', { 'x-revalidate-secret': 'wrong' }, { tags: ['faqs'] }))).status).toBe(401)
    expect((await POST(request('POST', { 'x-revalidate-secret': secret }, { tags: ['no-such-tag'] }))).status).toBe(400)
    expect(revalidateTag).not.toHaveBeenCalled()
    const accepted = await POST(request('POST', { 'x-revalidate-secret': secret }, { tags: ['faqs'] }))
    expect(accepted.status).toBe(200)
    expect(revalidateTag).toHaveBeenCalledWith('faqs', { expire: 0 })
  })

  it('refuses a request with any tag outside the shared list, revalidating none of its tags', async () => {
    const { POST, revalidateTag } = route(secret)
    const mixed = await POST(request('POST', { 'x-revalidate-secret': secret }, { tags: ['faqs', 'clinicSettings'] }))
    expect(mixed.status).toBe(400)
    expect(revalidateTag).not.toHaveBeenCalled()
  })

  it('accepts every tag of the shared list (the one the CMS sends from)', async () => {
    const { POST, revalidateTag } = route(secret)
    const tags = Object.values(cacheTags)
    const accepted = await POST(request('POST', { 'x-revalidate-secret': secret }, { tags }))
    expect(accepted.status).toBe(200)
    expect(revalidateTag.mock.calls.map(([tag]) => tag)).toEqual(tags)
  })
})
