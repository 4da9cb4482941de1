import type { Endpoint, PayloadRequest } from 'payload'

import type { User } from '@klinik/cms-types/payload-types'

import { hasRole } from '../../../access/roles'
import { openAnswer, sealAnswer, SealedAnswerError } from '../../../healthData/screeningAnswerCipher'
import { readJsonBody } from '../../../http/readJsonBody'
import { klinikT } from '../../../i18n/translations'
import { requestRateLimiter } from '../../../rateLimits/databaseRateLimiter'
import { awaitsSecondFactor, rememberVerified, secondFactorProofCookie, twoFactorSettings } from '../../../twoFactor/secondFactor'
import { matchTotp, newRecoveryCodes, newTotpSecret, hashRecoveryCode, totpUri, spendRecoveryCode } from '../../../twoFactor/totp'

/** Wrong codes (TOTP or recovery) allowed per account before it must wait. */
export const codeAttemptLimit = { keyPrefix: 'two-factor', points: 5, durationSeconds: 15 * 60 }

/** Where the admin asks for the code; named in refusals. */
export const twoFactorAdminPath = '/admin/two-factor'

type StoredUser = User & { totpSecret?: string | null; totpLastStep?: number | null; recoveryCodes?: string[] | null }

const noStore = { 'Cache-Control': 'no-store' }

const problem = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status, headers: noStore })

const answer = (body: unknown, proofCookie?: string) => Response.json(body, { headers: proofCookie ? { ...noStore, 'Set-Cookie': proofCookie } : noStore })

/** The account with its hidden fields (secret, last used step, recovery code hashes). */
async function storedUser(req: PayloadRequest, id: number | string): Promise<StoredUser | null> {
  return (await req.payload.findByID({
    collection: 'users',
    id,
    depth: 0,
    overrideAccess: true,
    showHiddenFields: true,
    disableErrors: true,
    req,
  })) as StoredUser | null
}

const saveUser = (req: PayloadRequest, id: number | string, data: Record<string, unknown>) =>
  req.payload.update({ collection: 'users', id, data, depth: 0, overrideAccess: true, req }) as Promise<User>

/** A string field of a small JSON body, or a ready refusal. */
async function readField(req: PayloadRequest, name: string): Promise<string | Response> {
  const body = await readJsonBody(req, 1024)
  const value = body.ok ? (body.value as Record<string, unknown> | null)?.[name] : undefined
  if (typeof value !== 'string' || value.length > 100) return problem(body.ok ? 400 : body.status, klinikT(req)('klinik:twoFactor:unreadable'))
  return value
}

/**
 * Runs a code check under the attempt limit: refused with 429 once the account has used up its
 * wrong codes, and a wrong code counts. Counted per account, not per address: the password is
 * already known to whoever is guessing.
 */
async function withinAttemptLimit(req: PayloadRequest, userId: number | string, check: () => Promise<Response | null>): Promise<Response> {
  const t = klinikT(req)
  const key = String(userId)
  const limiter = await requestRateLimiter(req, codeAttemptLimit)
  const used = await limiter.get(key)
  if (used && used.consumedPoints >= codeAttemptLimit.points) {
    return problem(429, t('klinik:twoFactor:tooMany', { count: Math.max(1, Math.ceil(used.msBeforeNext / 60_000)) }))
  }
  const accepted = await check()
  if (accepted) {
    await limiter.delete(key)
    return accepted
  }
  await limiter.penalty(key, 1)
  return problem(400, t('klinik:twoFactor:wrongCode'))
}

type Handler = (req: PayloadRequest, user: User) => Promise<Response>

/** Signed-in users only; the handler gets the account. */
const signedIn =
  (handler: Handler) =>
  async (req: PayloadRequest): Promise<Response> => {
    if (!req.user || req.user.collection !== 'users') return problem(401, klinikT(req)('klinik:twoFactor:signIn'))
    return handler(req, req.user as User)
  }

/** POST /api/users/two-factor/setup — a new secret for an account without two-factor sign-in (replaces an unconfirmed one). */
const startSetup: Handler = async (req, user) => {
  if (user.totpEnabledAt) return problem(409, klinikT(req)('klinik:twoFactor:alreadyEnabled'))
  const secret = newTotpSecret()
  await saveUser(req, user.id, { totpSecret: sealAnswer(secret, twoFactorSettings(req).secretKeys), totpLastStep: null, recoveryCodes: null })
  return answer({ secret, uri: totpUri(secret, user.email) })
}

/** POST /api/users/two-factor/confirm {code} — the first right code turns it on and hands out the recovery codes, once. */
const confirmSetup: Handler = async (req, user) => {
  const t = klinikT(req)
  if (user.totpEnabledAt) return problem(409, t('klinik:twoFactor:alreadyEnabled'))
  const code = await readField(req, 'code')
  if (code instanceof Response) return code
  const stored = await storedUser(req, user.id)
  const secret = stored?.totpSecret ? openSecret(req, stored.totpSecret) : null
  if (!secret) return problem(409, t('klinik:twoFactor:notStarted'))
  return withinAttemptLimit(req, user.id, async () => {
    const step = matchTotp(secret, code, null)
    if (step === null) return null
    const recoveryCodes = newRecoveryCodes()
    const saved = await saveUser(req, user.id, {
      totpEnabledAt: new Date().toISOString(),
      totpLastStep: step,
      recoveryCodes: recoveryCodes.map(hashRecoveryCode),
    })
    const verified = { ...user, totpEnabledAt: saved.totpEnabledAt }
    return answer({ enabled: true, recoveryCodes }, secondFactorProofCookie(req, verified))
  })
}

/**
 * The shared secret in the clear, or null when it no longer opens (sealed with a key since
 * removed from SCREENING_ANSWERS_PREVIOUS_KEYS): the account needs an admin's reset.
 */
function openSecret(req: PayloadRequest, sealed: string): string | null {
  try {
    return openAnswer(sealed, twoFactorSettings(req).secretKeys)
  } catch (error) {
    if (error instanceof SealedAnswerError) return null
    throw error
  }
}

/** The account's second factor is on, or a refusal. */
async function enabledAccount(req: PayloadRequest, user: User): Promise<StoredUser | Response> {
  const stored = user.totpEnabledAt ? await storedUser(req, user.id) : null
  if (!stored?.totpSecret || !stored.totpEnabledAt) return problem(409, klinikT(req)('klinik:twoFactor:notEnabled'))
  return stored
}

/** POST /api/users/two-factor/verify {code} — this session passes its second factor. */
const verifyCode: Handler = async (req, user) => {
  const code = await readField(req, 'code')
  if (code instanceof Response) return code
  const stored = await enabledAccount(req, user)
  if (stored instanceof Response) return stored
  const secret = openSecret(req, stored.totpSecret!)
  if (!secret) return problem(409, klinikT(req)('klinik:twoFactor:secretUnreadable'))
  return withinAttemptLimit(req, user.id, async () => {
    const step = matchTotp(secret, code, stored.totpLastStep)
    if (step === null) return null
    await saveUser(req, user.id, { totpLastStep: step })
    rememberVerified(user)
    return answer({ verified: true }, secondFactorProofCookie(req, user))
  })
}

/** POST /api/users/two-factor/recover {recoveryCode} — instead of a code, once per recovery code. */
const useRecovery: Handler = async (req, user) => {
  const t = klinikT(req)
  const code = await readField(req, 'recoveryCode')
  if (code instanceof Response) return code
  const stored = await enabledAccount(req, user)
  if (stored instanceof Response) return stored
  const response = await withinAttemptLimit(req, user.id, async () => {
    const left = spendRecoveryCode(stored.recoveryCodes ?? [], code)
    if (!left) return null
    await saveUser(req, user.id, { recoveryCodes: left })
    rememberVerified(user)
    return answer({ verified: true, recoveryCodesLeft: left.length }, secondFactorProofCookie(req, user))
  })
  if (response.status !== 400) return response
  return problem(400, t('klinik:twoFactor:wrongRecoveryCode'))
}

/**
 * POST /api/users/two-factor/reset {user} — turns two-factor sign-in off for an account (a lost
 * phone): an admin for anyone, a user for themselves, each past their own second factor. The
 * account sets it up again at its next sign-in where it is required.
 */
const resetTwoFactor: Handler = async (req, user) => {
  const t = klinikT(req)
  if (awaitsSecondFactor(req)) return problem(403, t('klinik:twoFactor:required', { path: twoFactorAdminPath }))
  const body = await readJsonBody(req, 1024)
  const target = body.ok ? (body.value as Record<string, unknown> | null)?.user : undefined
  if (typeof target !== 'string' && typeof target !== 'number') return problem(body.ok ? 400 : body.status, t('klinik:twoFactor:unreadable'))
  if (String(target) !== String(user.id) && !hasRole(user, 'admin')) return problem(403, t('klinik:twoFactor:resetForbidden'))
  const account = await storedUser(req, target)
  if (!account) return problem(404, t('klinik:twoFactor:userNotFound'))
  await saveUser(req, account.id, { totpSecret: null, totpEnabledAt: null, totpLastStep: null, recoveryCodes: null })
  req.payload.logger.info(`Two-factor sign-in of user ${account.id} reset by user ${user.id}`)
  return answer({ reset: true, message: t('klinik:twoFactor:reset', { email: account.email }) })
}

export const twoFactorEndpoints: Endpoint[] = [
  { path: '/two-factor/setup', method: 'post', handler: signedIn(startSetup) },
  { path: '/two-factor/confirm', method: 'post', handler: signedIn(confirmSetup) },
  { path: '/two-factor/verify', method: 'post', handler: signedIn(verifyCode) },
  { path: '/two-factor/recover', method: 'post', handler: signedIn(useRecovery) },
  { path: '/two-factor/reset', method: 'post', handler: signedIn(resetTwoFactor) },
]
