import { describe, expect, it } from '@jest/globals'
import { Secret, TOTP } from 'otpauth'

import { hashRecoveryCode, matchTotp, newRecoveryCodes, newTotpSecret, spendRecoveryCode, totpUri } from './totp'

const codeAt = (secret: string, timestamp: number) => TOTP.generate({ secret: Secret.fromBase32(secret), timestamp })

describe('time-based codes', () => {
  const secret = newTotpSecret()
  const now = Date.UTC(2026, 10, 29, 12, 0, 10)
  const step = Math.floor(now / 30_000)

  it('accepts the current code and one step of drift either way, no more', () => {
    expect(matchTotp(secret, codeAt(secret, now), null, now)).toBe(step)
    expect(matchTotp(secret, codeAt(secret, now - 30_000), null, now)).toBe(step - 1)
    expect(matchTotp(secret, codeAt(secret, now + 30_000), null, now)).toBe(step + 1)
    expect(matchTotp(secret, codeAt(secret, now - 90_000), null, now)).toBeNull()
  })

  it('refuses a code of a step already used, and anything but six digits', () => {
    expect(matchTotp(secret, codeAt(secret, now), step, now)).toBeNull()
    expect(matchTotp(secret, codeAt(secret, now - 30_000), step, now)).toBeNull()
    expect(matchTotp(secret, ` ${codeAt(secret, now).slice(0, 3)} ${codeAt(secret, now).slice(3)} `, step - 1, now)).toBe(step)
    for (const code of ['', '12345', '1234567', 'abcdef', '12345x']) expect(matchTotp(secret, code, null, now)).toBeNull()
  })

  it('names the clinic and the account in the authenticator address', () => {
    expect(totpUri(secret, 'staff@klinik.local')).toBe(
      `otpauth://totp/Klinik:staff%40klinik.local?issuer=Klinik&secret=${secret}&algorithm=SHA1&digits=6&period=30`,
    )
  })
})

describe('recovery codes', () => {
  it('are ten different codes, each spent once, typed in any case or spacing', () => {
    const codes = newRecoveryCodes()
    expect(codes).toHaveLength(10)
    expect(new Set(codes).size).toBe(10)
    for (const code of codes) expect(code).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/)
    const hashes = codes.map(hashRecoveryCode)
    const left = spendRecoveryCode(hashes, ` ${codes[3].toUpperCase().replace('-', ' ')} `)
    expect(left).toHaveLength(9)
    expect(spendRecoveryCode(left!, codes[3])).toBeNull()
    expect(spendRecoveryCode(hashes, 'abcde-fghij')).toBeNull()
  })
})
