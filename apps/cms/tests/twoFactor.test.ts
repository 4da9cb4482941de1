/**
 * Two-factor sign-in in a proxied deployment, where every account must use it: until a session
 * has given a code, a signed-in user reaches their own account and the setup, nothing personal;
 * wrong codes are limited per account; recovery codes work once; the secret never leaves.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { Secret, TOTP } from 'otpauth'

import { signInEveryRole, type Role, type SignedIn } from './helpers/users'
import { proxiedTestEnv, startTestCms, type TestCms } from './helpers/testPayload'

let cms: TestCms
let accounts: Record<Role, SignedIn>
const secrets: Partial<Record<Role, string>> = {}
const proofs: Partial<Record<Role, string>> = {}
const recoveryCodes: string[] = []

beforeAll(async () => {
  cms = await startTestCms(proxiedTestEnv())
  accounts = await signInEveryRole(cms.payload)
  await cms.payload.create({ collection: 'treatments', data: { title: 'Botoks', slug: 'botoks', _status: 'published' } as never })
})
afterAll(async () => {
  await cms?.cleanup()
})

/** The code an authenticator app shows for this secret (a step ahead: the setup used the current one). */
const codeFor = (secret: string, stepsAhead = 0) => TOTP.generate({ secret: Secret.fromBase32(secret), timestamp: Date.now() + stepsAhead * 30_000 })

const cookieOf = (response: Response) => response.headers.get('set-cookie')?.split(';')[0] ?? ''

function call(
  method: 'GET' | 'POST',
  path: string,
  role: Role,
  { json, proof = proofs[role], token = accounts[role].token, language = 'en' }: { json?: unknown; proof?: string; token?: string; language?: string } = {},
) {
  return cms.rest(method, path, { token, json, headers: { 'Accept-Language': language, ...(proof ? { Cookie: proof } : {}) } })
}

async function setUp(role: Role): Promise<string[]> {
  const started = await call('POST', '/users/two-factor/setup', role, { json: {} })
  expect(started.status).toBe(200)
  const { secret, uri } = (await started.json()) as { secret: string; uri: string }
  expect(uri).toMatch(/^otpauth:\/\/totp\/Klinik:.*secret=/)
  secrets[role] = secret
  const confirmed = await call('POST', '/users/two-factor/confirm', role, { json: { code: codeFor(secret) } })
  expect(confirmed.status).toBe(200)
  proofs[role] = cookieOf(confirmed)
  expect(proofs[role]).toMatch(/^klinik-2fa=/)
  return ((await confirmed.json()) as { recoveryCodes: string[] }).recoveryCodes
}

async function signInAgain(role: Role): Promise<string> {
  const { token } = await cms.payload.login({ collection: 'users', data: { email: accounts[role].user.email, password: `${role}-password-123` } })
  return token!
}

describe('before the second factor (proxied: required for every account)', () => {
  it('anonymous visitors still read published content (the patient site)', async () => {
    const response = await cms.rest('GET', '/treatments?where[slug][equals]=botoks')
    expect(response.status).toBe(200)
    expect(((await response.json()) as { totalDocs: number }).totalDocs).toBe(1)
  })

  it('refuses bookings, the export, the access records and other users to a signed-in user without it', async () => {
    expect((await call('GET', '/bookings', 'staff')).status).toBe(403)
    const exported = await call('GET', '/bookings/export', 'staff')
    expect(exported.status).toBe(403)
    expect(((await exported.json()) as { errors: { message: string }[] }).errors[0].message).toContain('/admin/two-factor')
    const turkish = await call('GET', '/bookings/export', 'staff', { language: 'tr' })
    expect(((await turkish.json()) as { errors: { message: string }[] }).errors[0].message).toContain('iki adımlı giriş')
    expect((await call('GET', '/health-data-access', 'admin')).status).toBe(403)
    expect((await call('GET', '/treatments', 'editor')).status).toBe(403)
    const users = (await (await call('GET', '/users', 'admin')).json()) as { docs: { id: number }[] }
    expect(users.docs.map((user) => user.id)).toEqual([accounts.admin.user.id])
    expect((await call('GET', `/users/${accounts.staff.user.id}`, 'admin')).status).toBe(404)
  })

  it('still answers who is signed in (the admin needs it to show the setup page)', async () => {
    const me = (await (await call('GET', '/users/me', 'staff')).json()) as { user: { email: string } }
    expect(me.user.email).toBe(accounts.staff.user.email)
  })
})

describe('setting it up', () => {
  it('turns on with a right code, hands out ten recovery codes once, and opens what the role may see', async () => {
    const wrong = await call('POST', '/users/two-factor/setup', 'staff', { json: {} })
    const { secret } = (await wrong.json()) as { secret: string }
    const refused = await call('POST', '/users/two-factor/confirm', 'staff', { json: { code: codeFor(secret) === '000000' ? '111111' : '000000' } })
    expect(refused.status).toBe(400)
    expect(((await refused.json()) as { errors: { message: string }[] }).errors[0].message).toMatch(/code is not right/)

    const codes = await setUp('staff')
    expect(codes).toHaveLength(10)
    expect(new Set(codes).size).toBe(10)
    expect((await call('GET', '/bookings', 'staff')).status).toBe(200)
    expect((await call('GET', '/bookings/export', 'staff')).status).toBe(200)
    // Once on, it cannot be set up again (which would hand out a new secret) without a reset.
    expect((await call('POST', '/users/two-factor/setup', 'staff', { json: {} })).status).toBe(409)
  })

  it('never returns the secret, its last step or the recovery codes', async () => {
    recoveryCodes.push(...(await setUp('admin')))
    const answers = await Promise.all([
      call('GET', '/users/me', 'staff'),
      call('GET', `/users/${accounts.staff.user.id}`, 'admin'),
      call('GET', '/users?depth=0&limit=10', 'admin'),
    ])
    for (const answer of answers) {
      const text = await answer.text()
      expect(text).not.toContain(secrets.staff)
      expect(text).not.toMatch(/totpSecret|totpLastStep|recoveryCodes/)
    }
    // Nor can it be probed by a query.
    expect((await call('GET', '/users?where[totpSecret][like]=A', 'admin')).status).toBe(400)
    const stored = (await cms.payload.findByID({ collection: 'users', id: accounts.staff.user.id, showHiddenFields: true })) as {
      totpSecret?: string
      recoveryCodes?: string[]
    }
    expect(stored.totpSecret).toMatch(/^sealed1\./)
    expect(JSON.stringify(stored.recoveryCodes)).not.toContain(recoveryCodes[0])
  })

  it('binds the proof to the session: a new sign-in asks for a code again', async () => {
    const token = await signInAgain('staff')
    expect((await call('GET', '/bookings', 'staff', { token })).status).toBe(403)
    // One code, computed once: a 30-second step may end between the two uses below.
    const code = codeFor(secrets.staff!, 1)
    const verified = await call('POST', '/users/two-factor/verify', 'staff', { token, json: { code } })
    expect(verified.status).toBe(200)
    expect((await call('GET', '/bookings', 'staff', { token, proof: cookieOf(verified) })).status).toBe(200)
    // The same code a second time (seen over a shoulder) does not open another session.
    const replay = await call('POST', '/users/two-factor/verify', 'staff', { token: await signInAgain('staff'), json: { code } })
    expect(replay.status).toBe(400)
  })
})

describe('limits and recovery', () => {
  it('answers 429 after five wrong codes, even to the right one', async () => {
    await setUp('editor')
    const token = await signInAgain('editor')
    const right = codeFor(secrets.editor!, 1)
    const wrongCode = right === '123456' ? '654321' : '123456'
    for (let attempt = 0; attempt < 5; attempt += 1) {
      expect((await call('POST', '/users/two-factor/verify', 'editor', { token, proof: '', json: { code: wrongCode } })).status).toBe(400)
    }
    const blocked = await call('POST', '/users/two-factor/verify', 'editor', { token, proof: '', json: { code: wrongCode } })
    expect(blocked.status).toBe(429)
    expect(((await blocked.json()) as { errors: { message: string }[] }).errors[0].message).toBe('Too many wrong codes. Please try again in 15 minutes.')
    expect((await call('POST', '/users/two-factor/verify', 'editor', { token, proof: '', json: { code: right } })).status).toBe(429)
  })

  it('takes a recovery code once and only once', async () => {
    const token = await signInAgain('admin')
    const recovered = await call('POST', '/users/two-factor/recover', 'admin', { token, proof: '', json: { recoveryCode: recoveryCodes[0].toUpperCase() } })
    expect(recovered.status).toBe(200)
    expect(await recovered.json()).toMatchObject({ verified: true, recoveryCodesLeft: 9 })
    expect((await call('GET', '/health-data-access', 'admin', { token, proof: cookieOf(recovered) })).status).toBe(200)

    const again = await call('POST', '/users/two-factor/recover', 'admin', {
      token: await signInAgain('admin'),
      proof: '',
      json: { recoveryCode: recoveryCodes[0] },
    })
    expect(again.status).toBe(400)
    expect(((await again.json()) as { errors: { message: string }[] }).errors[0].message).toMatch(/already been used/)
  })

  it('refuses bodies it cannot read with 4xx, not 5xx', async () => {
    for (const json of [null, [], { code: 123456 }, { code: 'x'.repeat(5000) }]) {
      const status = (await call('POST', '/users/two-factor/verify', 'staff', { json })).status
      expect(status).toBeGreaterThanOrEqual(400)
      expect(status).toBeLessThan(500)
    }
  })
})

describe('a lost phone', () => {
  it('only an admin resets another account; the account then must set it up again', async () => {
    const byStaff = await call('POST', '/users/two-factor/reset', 'staff', { json: { user: accounts.editor.user.id } })
    expect(byStaff.status).toBe(403)
    const byAdmin = await call('POST', '/users/two-factor/reset', 'admin', { json: { user: accounts.staff.user.id } })
    expect(byAdmin.status).toBe(200)
    // The old proof belonged to the old setup.
    expect((await call('GET', '/bookings', 'staff')).status).toBe(403)
    const me = (await (await call('GET', '/users/me', 'staff')).json()) as { user: { totpEnabledAt?: string | null } }
    expect(me.user.totpEnabledAt ?? null).toBeNull()
  })
})
