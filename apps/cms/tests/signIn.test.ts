/**
 * Admin sign-in hardening: failed sign-ins are limited per client address, per account and
 * overall, never by locking the account, so nobody can shut a staff member out; unknown and
 * known emails get the same answer in about the same time.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { startTestCms, type TestCms } from './helpers/testPayload'

let cms: TestCms
const staff = { email: 'desk@test.klinik', password: 'correct-horse-battery-1' }

beforeAll(async () => {
  cms = await startTestCms({ LOGIN_RATE_LIMIT: '3/900' })
  await cms.payload.create({ collection: 'users', data: { email: 'first-admin@test.klinik', password: 'admin-password-123', role: 'admin' } })
  await cms.payload.create({ collection: 'users', data: { ...staff, role: 'staff' }, overrideAccess: true })
})
afterAll(async () => {
  await cms?.cleanup()
})

async function signIn(from: string, email: string, password: string, language: 'tr' | 'en' = 'en') {
  const started = performance.now()
  const response = await cms.rest('POST', '/users/login', { json: { email, password }, headers: { 'X-Forwarded-For': from, 'Accept-Language': language } })
  const body = (await response.json()) as { token?: string; errors?: { message: string }[] }
  return { status: response.status, body, ms: performance.now() - started }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

describe('sign-in limits per client address', () => {
  it('stops an address after three failures, in the user’s language, while the account still opens from elsewhere', async () => {
    for (let attempt = 0; attempt < 3; attempt += 1) expect((await signIn('198.51.100.1', staff.email, 'wrong-guess')).status).toBe(401)
    const blocked = await signIn('198.51.100.1', staff.email, staff.password)
    expect(blocked.status).toBe(429)
    expect(blocked.body.errors?.[0].message).toBe('Too many unsuccessful sign-ins from your network. Please try again in 15 minutes.')
    const turkish = await signIn('198.51.100.1', staff.email, staff.password, 'tr')
    expect(turkish.body.errors?.[0].message).toBe('Ağınızdan çok sayıda başarısız giriş denemesi yapıldı. Lütfen 15 dakika sonra yeniden deneyin.')

    const elsewhere = await signIn('203.0.113.20', staff.email, staff.password)
    expect(elsewhere.status).toBe(200)
    expect(elsewhere.body.token).toBeTruthy()
  })

  it('does not count successful sign-ins', async () => {
    for (let attempt = 0; attempt < 5; attempt += 1) expect((await signIn('198.51.100.2', staff.email, staff.password)).status).toBe(200)
  })

  it('keys on the last X-Forwarded-For entry (the one the proxy added), not on what the client claims', async () => {
    for (const claimed of ['10.0.0.1', '10.0.0.2', '10.0.0.3']) expect((await signIn(`${claimed}, 198.51.100.3`, 'nobody@test.klinik', 'x')).status).toBe(401)
    expect((await signIn('10.0.0.4, 198.51.100.3', 'nobody@test.klinik', 'x')).status).toBe(429)
  })

  it('limits password-reset requests the same way', async () => {
    const reset = (from: string) => cms.rest('POST', '/users/forgot-password', { json: { email: staff.email }, headers: { 'X-Forwarded-For': from } })
    for (let attempt = 0; attempt < 3; attempt += 1) expect((await reset('198.51.100.4')).status).toBe(200)
    expect((await reset('198.51.100.4')).status).toBe(429)
  })
})

describe('nothing tells which accounts exist', () => {
  it('answers an unknown email exactly as a wrong password, in about the same time', async () => {
    const known: number[] = []
    const unknown: number[] = []
    for (let round = 0; round < 3; round += 1) {
      const wrong = await signIn(`192.0.2.${10 + round}`, staff.email, 'wrong-password')
      const missing = await signIn(`192.0.2.${20 + round}`, 'no-such-person@test.klinik', 'wrong-password')
      expect([missing.status, missing.body]).toEqual([wrong.status, wrong.body])
      known.push(wrong.ms)
      unknown.push(missing.ms)
    }
    // Without the equalizing hash an unknown email answers in a few milliseconds.
    expect(median(unknown)).toBeGreaterThan(median(known) * 0.4)
  })
})

describe('no account is ever locked', () => {
  it('stops 22 addresses guessing at one account, while its owner still signs in from a client they used before', async () => {
    const owner = { email: 'owner@test.klinik', password: 'owner-password-123' }
    await cms.payload.create({ collection: 'users', data: { ...owner, role: 'staff' }, overrideAccess: true })
    expect((await signIn('203.0.113.50', owner.email, owner.password)).status).toBe(200)

    const answers: number[] = []
    for (let attacker = 1; attacker <= 22; attacker += 1) answers.push((await signIn(`198.18.0.${attacker}`, owner.email, `guess-${attacker}`)).status)
    // Each address stays under its own limit; the account's limit stops the rest.
    expect(answers.slice(0, 10).every((status) => status === 401)).toBe(true)
    expect(answers.slice(10).every((status) => status === 429)).toBe(true)
    // Even the right password from a new address waits, so the guessing cannot succeed...
    expect((await signIn('198.18.0.99', owner.email, owner.password)).status).toBe(429)
    // ...while the owner, from the client they signed in from before, gets in: nothing is locked.
    const back = await signIn('203.0.113.50', owner.email, owner.password)
    expect(back.status).toBe(200)
    expect(back.body.token).toBeTruthy()
    const stored = await cms.payload.find({ collection: 'users', where: { email: { equals: owner.email } }, showHiddenFields: true, overrideAccess: true })
    expect((stored.docs[0] as { lockUntil?: string | null }).lockUntil ?? null).toBeNull()
  })
})
