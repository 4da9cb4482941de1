/**
 * Editors preview drafts on the web app through a signed, expiring link made by the admin's
 * preview button; the CMS's preview endpoint answers only to that token.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { issuePreviewToken, type DocumentPreviewClaims } from '@klinik/signing/previewToken'
import { signToken } from '@klinik/signing/token'

import { treatmentPreviewUrl } from '../src/collections/Treatments/previewUrl'
import { startTestCms, type TestCms } from './helpers/testPayload'
import { signInEveryRole, type Role, type SignedIn } from './helpers/users'

const previewSecret = 'preview-secret-for-tests'
let cms: TestCms
let accounts: Record<Role, SignedIn>
let draftId: string

beforeAll(async () => {
  cms = await startTestCms({ PREVIEW_SECRET: previewSecret, WEB_PUBLIC_URL: 'https://klinik.example.com' })
  accounts = await signInEveryRole(cms.payload)
  const doc = await cms.payload.create({
    collection: 'treatments',
    locale: 'tr',
    draft: true,
    data: { title: 'Taslak Tedavi', summary: 'Taslak özet', _status: 'draft' },
  })
  draftId = String(doc.id)
})
afterAll(async () => {
  await cms?.cleanup()
})

const draftClaims = (): DocumentPreviewClaims => ({ purpose: 'preview', collection: 'treatments', id: draftId, locale: 'tr' })
const previewPath = (token: string) => `/treatments/preview?token=${encodeURIComponent(token)}`

describe('preview endpoint', () => {
  it('returns the draft for a valid token, uncached', async () => {
    const token = issuePreviewToken(draftClaims(), previewSecret, 60)
    const response = await cms.rest('GET', previewPath(token))
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(await response.json()).toMatchObject({ id: draftId, title: 'Taslak Tedavi', summary: 'Taslak özet' })
  })

  it.each([
    ['expired', () => issuePreviewToken(draftClaims(), previewSecret, 60, Date.now() - 120_000)],
    ['signed with another secret', () => issuePreviewToken(draftClaims(), 'some-other-secret-value', 60)],
    ['the start-up check', () => issuePreviewToken({ purpose: 'secret-check' }, previewSecret, 60)],
    // Forged with the right secret but claims the codec never issues.
    ['for another collection', () => signToken({ ...draftClaims(), collection: 'faqs' }, previewSecret, 60)],
    ['for an unknown locale', () => signToken({ ...draftClaims(), locale: 'xx' }, previewSecret, 60)],
    ['garbage', () => 'not-a-token'],
  ])('refuses a token that is %s', async (_name, make) => {
    const response = await cms.rest('GET', previewPath(make()))
    expect(response.status).toBe(401)
    expect(await response.text()).not.toContain('Taslak')
  })

  it('answers 404 for a valid token whose treatment is gone', async () => {
    const token = issuePreviewToken({ ...draftClaims(), id: '00000000-0000-0000-0000-000000000000' }, previewSecret, 60)
    expect((await cms.rest('GET', previewPath(token))).status).toBe(404)
  })
})

describe('preview link in the admin', () => {
  const req = (role: Role | 'anonymous') => ({ payload: cms.payload, user: role === 'anonymous' ? null : accounts[role].user }) as never

  it('is a link to the web app with a token the endpoint accepts, for editors and admins', async () => {
    for (const role of ['editor', 'admin'] as const) {
      const url = treatmentPreviewUrl({ id: draftId }, { locale: 'tr', req: req(role) })
      expect(url).toMatch(/^https:\/\/klinik\.example\.com\/api\/preview\?token=/)
      const token = new URL(url!).searchParams.get('token')!
      expect((await cms.rest('GET', previewPath(token))).status).toBe(200)
    }
  })

  it('is not offered to staff or anonymous users', () => {
    expect(treatmentPreviewUrl({ id: draftId }, { locale: 'tr', req: req('staff') })).toBeNull()
    expect(treatmentPreviewUrl({ id: draftId }, { locale: 'tr', req: req('anonymous') })).toBeNull()
  })
})
