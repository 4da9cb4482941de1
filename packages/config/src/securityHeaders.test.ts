import { describe, expect, it } from '@jest/globals'

import { newNonce, pageContentSecurityPolicy, staticSecurityHeaders } from './securityHeaders'

describe('pageContentSecurityPolicy', () => {
  it('lets only the nonce’s scripts run on pages rendered per visitor', () => {
    const policy = pageContentSecurityPolicy({ nonce: 'abc' })
    expect(policy).toContain("script-src 'nonce-abc' 'strict-dynamic'")
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/)
    expect(policy).not.toContain('unsafe-eval')
  })

  it('allows inline scripts on cached pages, images from the named origins, and no framing anywhere', () => {
    const policy = pageContentSecurityPolicy({ imageOrigins: ['https://cms.klinik.example'] })
    expect(policy).toContain("script-src 'self' 'unsafe-inline'")
    expect(policy).toMatch(/img-src [^;]*https:\/\/cms\.klinik\.example/)
    expect(policy).toContain("frame-ancestors 'none'")
    expect(policy).toContain("object-src 'none'")
  })

  it('adds eval only for next dev', () => {
    expect(pageContentSecurityPolicy({ development: true })).toMatch(/script-src[^;]*'unsafe-eval'/)
  })
})

describe('newNonce', () => {
  it('is fresh each time and 128 bits long', () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce))
    expect(nonces.size).toBe(100)
    expect(Buffer.from(newNonce(), 'base64')).toHaveLength(16)
  })
})

describe('staticSecurityHeaders', () => {
  it('forbid framing and sniffing', () => {
    expect(Object.fromEntries(staticSecurityHeaders.map(({ key, value }) => [key, value]))).toMatchObject({
      'X-Frame-Options': 'DENY',
      'X-Content-Type-Options': 'nosniff',
    })
  })
})
