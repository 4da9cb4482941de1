import { describe, expect, it } from '@jest/globals'
import { randomBytes } from 'node:crypto'

import {
  derivedAnswerKey,
  isSealed,
  isSealedWithCurrentKey,
  keyId,
  openAnswer,
  parseAnswerKey,
  sealAnswer,
  SealedAnswerError,
  type AnswerKeys,
} from './screeningAnswerCipher'

const keysOf = (current: Buffer, ...previous: Buffer[]): AnswerKeys => ({ current, readable: [current, ...previous] })

describe('sealed screening answers', () => {
  const key = randomBytes(32)

  it('seal to text that does not contain the answer and open back to it', () => {
    const sealed = sealAnswer('yes', keysOf(key))
    expect(isSealed(sealed)).toBe(true)
    expect(sealed).not.toContain('yes')
    expect(sealed.split('.')[1]).toBe(keyId(key))
    expect(openAnswer(sealed, keysOf(key))).toBe('yes')
  })

  it('differ each time for the same answer (a fresh IV), so equal answers cannot be matched', () => {
    expect(sealAnswer('no', keysOf(key))).not.toBe(sealAnswer('no', keysOf(key)))
  })

  it('refuse to open when altered or with an unknown key', () => {
    const sealed = sealAnswer('yes', keysOf(key))
    const parts = sealed.split('.')
    const altered = [...parts.slice(0, 4), Buffer.from('no').toString('base64url')].join('.')
    expect(() => openAnswer(altered, keysOf(key))).toThrow(SealedAnswerError)
    expect(() => openAnswer(sealed, keysOf(randomBytes(32)))).toThrow(/not among/)
    expect(() => openAnswer('sealed1.x', keysOf(key))).toThrow(SealedAnswerError)
  })

  it('open answers sealed with a previous key during a rotation, and tell them apart from current ones', () => {
    const old = randomBytes(32)
    const sealedBefore = sealAnswer('unsure', keysOf(old))
    const rotated = keysOf(randomBytes(32), old)
    expect(openAnswer(sealedBefore, rotated)).toBe('unsure')
    expect(isSealedWithCurrentKey(sealedBefore, rotated)).toBe(false)
    expect(isSealedWithCurrentKey(sealAnswer('yes', rotated), rotated)).toBe(true)
  })
})

describe('configured keys', () => {
  it('are 32 bytes of base64', () => {
    const key = randomBytes(32)
    expect(parseAnswerKey(key.toString('base64'))?.equals(key)).toBe(true)
    expect(parseAnswerKey(randomBytes(16).toString('base64'))).toBeNull()
    expect(parseAnswerKey('not base64 at all!')).toBeNull()
  })

  it('derive the same local key from the same PAYLOAD_SECRET and another from another', () => {
    expect(derivedAnswerKey('a-secret').equals(derivedAnswerKey('a-secret'))).toBe(true)
    expect(derivedAnswerKey('a-secret').equals(derivedAnswerKey('b-secret'))).toBe(false)
    expect(derivedAnswerKey('a-secret')).toHaveLength(32)
  })
})
