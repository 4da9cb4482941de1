import { createHash, randomInt, timingSafeEqual } from 'node:crypto'
import { Secret, TOTP } from 'otpauth'

/**
 * Time-based one-time codes (RFC 6238: SHA-1, 6 digits, 30 seconds, what every authenticator
 * app reads) with `otpauth`. Not `payload-totp`: its access wrapper refuses anonymous reads of
 * every collection (the patient site reads content anonymously), it does not cover custom
 * endpoints (the CSV export), it has no attempt limit and no recovery codes, its forced setup
 * is all-or-nothing, and it reads cookies through `next/headers` (not available to the REST
 * handlers our tests call). Here the code check is this module; the rest is ours (docs in
 * SECURITY.md, "Sessions and two-factor sign-in").
 */
const issuer = 'Klinik'

const totpFor = (secret: string, account = '') =>
  new TOTP({ issuer, label: account, algorithm: 'SHA1', digits: 6, period: 30, secret: Secret.fromBase32(secret) })

/** A new shared secret, base32 (160 bits, as RFC 4226 recommends). */
export const newTotpSecret = (): string => new Secret({ size: 20 }).base32

/** The otpauth:// address an authenticator app reads (from a QR code or typed in). */
export const totpUri = (secret: string, account: string): string => totpFor(secret, account).toString()

/**
 * The time step of a right code (one step of clock drift either way), or null. A step at or
 * before `lastUsedStep` is refused: a code seen over someone's shoulder cannot be used again.
 */
export function matchTotp(secret: string, code: string, lastUsedStep: number | null | undefined, now = Date.now()): number | null {
  const token = code.replace(/\s+/g, '')
  if (!/^\d{6}$/.test(token)) return null
  const delta = totpFor(secret).validate({ token, timestamp: now, window: 1 })
  if (delta === null) return null
  const step = TOTP.counter({ period: 30, timestamp: now }) + delta
  return lastUsedStep !== null && lastUsedStep !== undefined && step <= lastUsedStep ? null : step
}

/** How many recovery codes a setup hands out. */
export const recoveryCodeCount = 10

const recoveryAlphabet = 'abcdefghjkmnpqrstuvwxyz23456789'

/** Ten codes like `k7m2p-x9qa4` (about 49 bits each), shown once. */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: recoveryCodeCount }, () => {
    const letters = Array.from({ length: 10 }, () => recoveryAlphabet[randomInt(recoveryAlphabet.length)]).join('')
    return `${letters.slice(0, 5)}-${letters.slice(5)}`
  })
}

/** Stored instead of the code. The codes are random (not chosen by people), so a plain hash suffices. */
export const hashRecoveryCode = (code: string): string =>
  createHash('sha256')
    .update(
      code
        .trim()
        .toLowerCase()
        .replace(/[^a-z0-9]/g, ''),
    )
    .digest('hex')

/** The stored hashes without the one this code matches, or null when it matches none. */
export function spendRecoveryCode(hashes: readonly string[], code: string): string[] | null {
  const given = Buffer.from(hashRecoveryCode(code), 'hex')
  const index = hashes.findIndex((hash) => {
    const stored = Buffer.from(hash, 'hex')
    return stored.length === given.length && timingSafeEqual(stored, given)
  })
  return index === -1 ? null : hashes.filter((_, position) => position !== index)
}
