import { describe, expect, it } from '@jest/globals'

import { issuePreviewToken, verifyPreviewToken, type PreviewTokenClaims } from './previewToken'
import { signToken } from './token'

const secret = 'a-preview-secret-of-enough-length'
const draft: PreviewTokenClaims = { purpose: 'preview', collection: 'treatments', id: 'doc-1', locale: 'tr' }

describe('preview tokens', () => {
  it('carry one document in one language until they expire', () => {
    const now = Date.UTC(2030, 0, 1, 12, 0, 0)
    const token = issuePreviewToken(draft, secret, 600, now)
    expect(verifyPreviewToken(token, secret, now + 599_000)).toEqual({ ...draft, expiresAt: new Date(now + 600_000) })
    expect(verifyPreviewToken(issuePreviewToken({ ...draft, locale: 'en' }, secret, 600), secret)).toMatchObject({ locale: 'en' })
  })

  it('carry the start-up check, which names no document', () => {
    expect(verifyPreviewToken(issuePreviewToken({ purpose: 'secret-check' }, secret, 60), secret)).toMatchObject({ purpose: 'secret-check' })
  })

  it('are refused once expired', () => {
    const now = Date.now()
    const token = issuePreviewToken(draft, secret, 60, now - 61_000)
    expect(verifyPreviewToken(token, secret, now)).toBeNull()
  })

  it('are refused with a tampered signature or body', () => {
    const [body, signature] = issuePreviewToken(draft, secret, 60).split('.')
    const flipped = `${signature.startsWith('A') ? 'B' : 'A'}${signature.slice(1)}`
    expect(verifyPreviewToken(`${body}.${flipped}`, secret)).toBeNull()
    const otherDocument = Buffer.from(JSON.stringify({ ...draft, id: 'doc-2', exp: 9_999_999_999 })).toString('base64url')
    expect(verifyPreviewToken(`${otherDocument}.${signature}`, secret)).toBeNull()
  })

  it('are refused when signed with another secret', () => {
    expect(verifyPreviewToken(issuePreviewToken(draft, secret, 60), `${secret}-old`)).toBeNull()
    expect(verifyPreviewToken(issuePreviewToken(draft, secret, 60), '')).toBeNull()
  })

  it.each([
    ['an unknown locale', { ...draft, locale: 'xx' }],
    ['another collection', { ...draft, collection: 'faqs' }],
    ['no document', { purpose: 'preview', collection: 'treatments', locale: 'tr' }],
    ['an empty document id', { ...draft, id: '' }],
    ['a numeric document id', { ...draft, id: 42 }],
    ['an unknown purpose', { ...draft, purpose: 'publish' }],
    ['an extra claim', { ...draft, role: 'admin' }],
    ['the old short names', { c: 'treatments', id: 'doc-1', l: 'tr' }],
    ['the old start-up check', { c: 'secret-check' }],
  ])('are refused with claims of the wrong shape, even signed with the right secret: %s', (_name, claims) => {
    expect(verifyPreviewToken(signToken(claims, secret, 60), secret)).toBeNull()
  })

  it('are never issued for an unknown locale or with extra claims', () => {
    expect(() => issuePreviewToken({ ...draft, locale: 'xx' } as unknown as PreviewTokenClaims, secret, 60)).toThrow()
    expect(() => issuePreviewToken({ ...draft, role: 'admin' } as PreviewTokenClaims, secret, 60)).toThrow()
  })

  it.each([undefined, null, '', 'garbage', 'a.b', 42])('refuse malformed input %p', (input) => {
    expect(verifyPreviewToken(input, secret)).toBeNull()
  })
})
