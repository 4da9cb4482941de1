import { describe, expect, it } from '@jest/globals'

import { signToken, verifyToken } from './token'

const secret = 'a-secret-of-enough-length'

describe('signed tokens', () => {
  it('round-trips a payload before it expires', () => {
    const token = signToken({ id: 'abc', locale: 'tr' }, secret, 60)
    expect(verifyToken(token, secret)).toMatchObject({ id: 'abc', locale: 'tr' })
  })

  it('refuses an expired token', () => {
    const token = signToken({ id: 'abc' }, secret, 60, Date.now() - 61_000)
    expect(verifyToken(token, secret)).toBeNull()
  })

  it('refuses a token signed with another secret or altered', () => {
    const token = signToken({ id: 'abc' }, secret, 60)
    expect(verifyToken(token, 'another-secret-of-length')).toBeNull()
    const [body, signature] = token.split('.')
    const forged = Buffer.from(JSON.stringify({ id: 'xyz', exp: 9999999999 })).toString('base64url')
    expect(verifyToken(`${forged}.${signature}`, secret)).toBeNull()
    expect(verifyToken(`${body}.${signature}x`, secret)).toBeNull()
  })

  it.each([undefined, '', 'abc', 'a.b.c', '.', 42, 'x'.repeat(5000)])('refuses malformed input %p', (input) => {
    expect(verifyToken(input, secret)).toBeNull()
  })
})
