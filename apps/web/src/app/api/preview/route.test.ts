/**
 * @jest-environment node
 */
import { issuePreviewToken } from '@klinik/signing/previewToken'
import { signToken } from '@klinik/signing/token'

const enable = jest.fn()
const setCookie = jest.fn()
const mockDraft = jest.fn(async (): Promise<{ id: string; slug: string } | null> => null)
jest.mock('next/headers', () => ({ draftMode: async () => ({ enable }), cookies: async () => ({ set: setCookie }) }))
jest.mock('@/lib/cms/treatments', () => ({ getTreatmentPreview: () => mockDraft() }))
jest.mock('@/i18n/navigation', () => ({ getPathname: ({ locale }: { locale: string }) => `/${locale}/tedaviler/x` }))

const secret = 'a-shared-preview-secret-for-tests'

/** The route with the environment as it is now (the site reads its environment once per process). */
function route(previewSecret: string | undefined) {
  jest.resetModules()
  if (previewSecret) process.env.PREVIEW_SECRET = previewSecret
  else delete process.env.PREVIEW_SECRET
  return jest.requireActual<typeof import('./route')>('./route')
}
const open = (token: string) => new Request(`http://localhost:3000/api/preview?token=${encodeURIComponent(token)}`)

describe("/api/preview, the CMS's start-up check of PREVIEW_SECRET", () => {
  const saved = process.env.PREVIEW_SECRET
  afterEach(() => {
    process.env.PREVIEW_SECRET = saved
    enable.mockClear()
    setCookie.mockClear()
  })

  it('answers 204 to a check token signed with our secret and opens nothing', async () => {
    const response = await route(secret).GET(open(issuePreviewToken({ purpose: 'secret-check' }, secret, 60)))
    expect(response.status).toBe(204)
    expect(enable).not.toHaveBeenCalled()
  })

  it('answers 401 to a check token signed with another secret', async () => {
    const response = await route(secret).GET(open(issuePreviewToken({ purpose: 'secret-check' }, `${secret}-old`, 60)))
    expect(response.status).toBe(401)
    expect(enable).not.toHaveBeenCalled()
  })

  it('answers 503 when the site has no PREVIEW_SECRET', async () => {
    expect((await route(undefined).GET(open(issuePreviewToken({ purpose: 'secret-check' }, secret, 60)))).status).toBe(503)
  })
})

describe("/api/preview, the admin's preview link", () => {
  const saved = process.env.PREVIEW_SECRET
  const claims = { purpose: 'preview', collection: 'treatments', id: 'doc-1', locale: 'en' } as const
  afterEach(() => {
    process.env.PREVIEW_SECRET = saved
    enable.mockClear()
    setCookie.mockClear()
    mockDraft.mockReset()
  })

  it("turns on draft mode for the token's language and keeps the token in a cookie until it expires", async () => {
    mockDraft.mockResolvedValue({ id: 'doc-1', slug: 'x' })
    const token = issuePreviewToken(claims, secret, 600)
    const response = await route(secret).GET(open(token))
    expect(response.status).toBe(307)
    expect(new URL(response.headers.get('location')!).pathname).toBe('/en/tedaviler/x')
    expect(enable).toHaveBeenCalled()
    expect(setCookie).toHaveBeenCalledWith('klinik_preview', token, expect.objectContaining({ httpOnly: true, maxAge: expect.any(Number) }))
    expect(setCookie.mock.calls[0][2].maxAge).toBeGreaterThan(590)
    expect(setCookie.mock.calls[0][2].maxAge).toBeLessThanOrEqual(600)
  })

  it.each([
    ['expired', () => issuePreviewToken(claims, secret, 60, Date.now() - 120_000)],
    ['signed with another secret', () => issuePreviewToken(claims, `${secret}-old`, 600)],
    ['of the old shape', () => signToken({ c: 'treatments', id: 'doc-1', l: 'en' }, secret, 600)],
    ['for an unknown locale', () => signToken({ ...claims, locale: 'xx' }, secret, 600)],
  ])('refuses a token that is %s and opens nothing', async (_name, make) => {
    mockDraft.mockResolvedValue({ id: 'doc-1', slug: 'x' })
    expect((await route(secret).GET(open(make()))).status).toBe(401)
    expect(enable).not.toHaveBeenCalled()
    expect(setCookie).not.toHaveBeenCalled()
  })

  it('answers 404 when the draft is gone', async () => {
    expect((await route(secret).GET(open(issuePreviewToken(claims, secret, 600)))).status).toBe(404)
    expect(enable).not.toHaveBeenCalled()
  })
})
