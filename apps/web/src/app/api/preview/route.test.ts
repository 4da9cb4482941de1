/**
 * @jest-environment node
 */
import { secretCheckTokenKind } from '@klinik/signing/sharedSecret'
import { signToken } from '@klinik/signing/token'

const enable = jest.fn()
jest.mock('next/headers', () => ({ draftMode: async () => ({ enable }), cookies: async () => ({ set: jest.fn() }) }))
jest.mock('@/lib/cms/treatments', () => ({ getTreatmentPreview: jest.fn(async () => null) }))
jest.mock('@/i18n/navigation', () => ({ getPathname: () => '/tr/tedaviler/x' }))

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
  })

  it('answers 204 to a check token signed with our secret and opens nothing', async () => {
    const response = await route(secret).GET(open(signToken({ c: secretCheckTokenKind }, secret, 60)))
    expect(response.status).toBe(204)
    expect(enable).not.toHaveBeenCalled()
  })

  it('answers 401 to a check token signed with another secret', async () => {
    const response = await route(secret).GET(open(signToken({ c: secretCheckTokenKind }, `${secret}-old`, 60)))
    expect(response.status).toBe(401)
    expect(enable).not.toHaveBeenCalled()
  })

  it('answers 503 when the site has no PREVIEW_SECRET', async () => {
    expect((await route(undefined).GET(open(signToken({ c: secretCheckTokenKind }, secret, 60)))).status).toBe(503)
  })
})
