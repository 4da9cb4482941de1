/**
 * Passwords of at least 12 characters; whoever changes their own password or email gives the
 * current one. Locally (as here) two-factor sign-in is optional: accounts without it work as
 * before, and one that turns it on is asked for a code at its next sign-in.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { Secret, TOTP } from 'otpauth'

import { signInEveryRole, type Role, type SignedIn } from './helpers/users'
import { startTestCms, type TestCms } from './helpers/testPayload'

let cms: TestCms
let accounts: Record<Role, SignedIn>

beforeAll(async () => {
  cms = await startTestCms()
  accounts = await signInEveryRole(cms.payload)
})
afterAll(async () => {
  await cms?.cleanup()
})

type Refusal = { errors: { message: string; data?: { errors?: { path: string; message: string }[] } }[] }

const fieldErrors = async (response: Response) => ((await response.json()) as Refusal).errors[0].data?.errors ?? []

const patchUser = (role: Role, id: number | string, json: unknown, language = 'en') =>
  cms.rest('PATCH', `/users/${id}`, { token: accounts[role].token, json, headers: { 'Accept-Language': language } })

/** 200 when the password opens the account, 401 when not (through the Local API: no sign-in limits involved). */
const signIn = (email: string, password: string) =>
  cms.payload.login({ collection: 'users', data: { email, password } }).then(
    () => 200,
    (error: { status?: number }) => error.status ?? 500,
  )

describe('at least 12 characters', () => {
  it.each([
    ['en', 'Use a password of at least 12 characters.'],
    ['tr', 'En az 12 karakterlik bir parola kullanın.'],
  ])('refuses a shorter one on creation and on change (%s)', async (language, message) => {
    const created = await cms.rest('POST', '/users', {
      token: accounts.admin.token,
      json: { email: `short-${language}@test.klinik`, password: 'elevenchars', role: 'staff' },
      headers: { 'Accept-Language': language },
    })
    expect(created.status).toBe(400)
    expect(await fieldErrors(created)).toEqual([{ path: 'password', message }])
    const changed = await patchUser('admin', accounts.editor.user.id, { password: 'short-pass1' }, language)
    expect(changed.status).toBe(400)
    expect(await fieldErrors(changed)).toEqual([{ path: 'password', message }])
  })

  it('holds for a reset with an emailed token too', async () => {
    const token = await cms.payload.forgotPassword({ collection: 'users', data: { email: accounts.editor.user.email }, disableEmail: true })
    const reset = await cms.rest('POST', '/users/reset-password', { json: { token, password: 'too-short' } })
    expect(reset.status).toBe(400)
    expect(await signIn(accounts.editor.user.email, 'too-short')).toBe(401)
  })
})

describe('changing one’s own password or email asks for the current password', () => {
  const staffId = () => accounts.staff.user.id

  it('refuses without it and with a wrong one, in the user’s language', async () => {
    const without = await patchUser('staff', staffId(), { password: 'new-staff-password-1' })
    expect(without.status).toBe(400)
    expect(await fieldErrors(without)).toEqual([{ path: 'currentPassword', message: 'To change your own password or email, enter your current password.' }])
    const wrong = await patchUser('staff', staffId(), { password: 'new-staff-password-1', currentPassword: 'not-my-password' }, 'tr')
    expect(await fieldErrors(wrong)).toEqual([{ path: 'currentPassword', message: 'Mevcut parola doğru değil.' }])
    const email = await patchUser('staff', staffId(), { email: 'taken-over@test.klinik' })
    expect(email.status).toBe(400)
    expect(await signIn(accounts.staff.user.email, 'staff-password-123')).toBe(200)
  })

  it('changes it with the right one, and never stores or returns it', async () => {
    const changed = await patchUser('staff', staffId(), { password: 'new-staff-password-1', currentPassword: 'staff-password-123' })
    expect(changed.status).toBe(200)
    expect(await changed.text()).not.toContain('staff-password-123')
    expect(await signIn(accounts.staff.user.email, 'new-staff-password-1')).toBe(200)
  })

  it('changes the email with the right one, and other fields without it', async () => {
    const relogin = await cms.payload.login({ collection: 'users', data: { email: accounts.staff.user.email, password: 'new-staff-password-1' } })
    accounts.staff.token = relogin.token!
    expect((await patchUser('staff', staffId(), { name: 'Deniz' })).status).toBe(200)
    const email = await patchUser('staff', staffId(), { email: 'desk@test.klinik', currentPassword: 'new-staff-password-1' })
    expect(email.status).toBe(200)
    expect(await signIn('desk@test.klinik', 'new-staff-password-1')).toBe(200)
  })

  it('an admin changing another account needs none', async () => {
    expect((await patchUser('admin', accounts.editor.user.id, { password: 'set-by-the-admin-1' })).status).toBe(200)
    expect((await patchUser('admin', accounts.editor.user.id, { email: 'editor2@test.klinik' })).status).toBe(200)
    expect(await signIn('editor2@test.klinik', 'set-by-the-admin-1')).toBe(200)
  })
})

describe('two-factor sign-in locally (optional)', () => {
  it('accounts without it read as before; one that turns it on is asked for a code at its next sign-in', async () => {
    const admin = (headers: Record<string, string> = {}, token = accounts.admin.token) => cms.rest('GET', '/bookings', { token, headers })
    expect((await admin()).status).toBe(200)
    const started = await cms.rest('POST', '/users/two-factor/setup', { token: accounts.admin.token, json: {} })
    const { secret } = (await started.json()) as { secret: string }
    const code = TOTP.generate({ secret: Secret.fromBase32(secret) })
    expect((await cms.rest('POST', '/users/two-factor/confirm', { token: accounts.admin.token, json: { code } })).status).toBe(200)

    const { token } = await cms.payload.login({ collection: 'users', data: { email: accounts.admin.user.email, password: 'admin-password-123' } })
    expect((await admin({}, token!)).status).toBe(403)
    const verified = await cms.rest('POST', '/users/two-factor/verify', {
      token: token!,
      json: { code: TOTP.generate({ secret: Secret.fromBase32(secret), timestamp: Date.now() + 30_000 }) },
    })
    expect(verified.status).toBe(200)
    expect((await admin({ Cookie: verified.headers.get('set-cookie')!.split(';')[0] }, token!)).status).toBe(200)
  })
})
