import { createHmac } from 'node:crypto'
import type { PayloadRequest, TypedUser } from 'payload'

import { signToken, verifyToken } from '@klinik/signing/token'

import type { AnswerKeys } from '../healthData/screeningAnswerCipher'

/**
 * Whether a signed-in session has passed its second factor. Payload issues its session (the
 * `payload-token` cookie or JWT) at the password step, before any code, so a claim inside it
 * cannot say so. A correct code earns a second, signed, httpOnly cookie bound to the user and
 * to Payload's session id (`sid`): signing out, or signing in again, ends it.
 */
export const secondFactorCookie = 'klinik-2fa'

export type TwoFactorSettings = {
  /** Every account must use a second factor (KLINIK_DEPLOYMENT=proxied); locally it is optional. */
  required: boolean
  /** Whether the proof cookie is sent over HTTPS only (as Payload's own cookie). */
  secureCookies: boolean
  /** Seal the shared secrets at rest, with the screening answers' keys. */
  secretKeys: AnswerKeys
}

export const twoFactorSettings = (req: PayloadRequest): TwoFactorSettings => (req.payload.config.custom as { twoFactor: TwoFactorSettings }).twoFactor

/**
 * - `none`: nobody is signed in (or a non-user, e.g. a job), nothing to pass
 * - `notRequired`: a local account without two-factor sign-in
 * - `verified`: this session passed the code
 * - `setupNeeded`: the account must set it up first (proxied)
 * - `codeNeeded`: the account has it and this session has not given a code yet
 */
export type SecondFactorState = 'none' | 'notRequired' | 'verified' | 'setupNeeded' | 'codeNeeded'

type SessionUser = TypedUser & { _sid?: string; collection?: string; totpEnabledAt?: string | null }

/** The proof's key: derived from Payload's secret, apart from every other use of it. */
const proofKey = (req: PayloadRequest) => createHmac('sha256', req.payload.secret).update('klinik second-factor proof').digest('hex')

/** The session a proof is bound to, and the setup it was made with (an admin's reset ends it). */
const sessionOf = (user: SessionUser) => ({ uid: String(user.id), sid: user._sid ?? '', since: user.totpEnabledAt ?? '' })

/** The Set-Cookie value that marks this session as verified, for as long as Payload's session lasts. */
export function secondFactorProofCookie(req: PayloadRequest, user: SessionUser): string {
  const seconds = req.payload.collections.users?.config.auth.tokenExpiration ?? 7200
  const token = signToken({ purpose: 'second-factor', ...sessionOf(user) }, proofKey(req), seconds)
  const secure = twoFactorSettings(req).secureCookies ? '; Secure' : ''
  return `${secondFactorCookie}=${token}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${seconds}${secure}`
}

/** Users verified in this process: a Local API call passing `user` along (without the request's headers) keeps the verification. */
const verifiedUsers = new WeakSet<object>()

function readCookie(req: PayloadRequest, name: string): string | undefined {
  const header = req.headers?.get('cookie')
  if (!header) return undefined
  for (const part of header.split(';')) {
    const [key, ...value] = part.trim().split('=')
    if (key === name) return value.join('=')
  }
  return undefined
}

function hasProof(req: PayloadRequest, user: SessionUser): boolean {
  if (verifiedUsers.has(user)) return true
  const claims = verifyToken(readCookie(req, secondFactorCookie), proofKey(req))
  const session = sessionOf(user)
  const valid = claims?.purpose === 'second-factor' && claims.uid === session.uid && claims.sid === session.sid && claims.since === session.since
  if (valid) verifiedUsers.add(user)
  return valid
}

export function secondFactorState(req: PayloadRequest): SecondFactorState {
  const user = req.user as SessionUser | null | undefined
  if (!user || user.collection !== 'users') return 'none'
  const enabled = Boolean(user.totpEnabledAt)
  if (!enabled && !twoFactorSettings(req).required) return 'notRequired'
  if (hasProof(req, user)) return 'verified'
  return enabled ? 'codeNeeded' : 'setupNeeded'
}

/** Signed in, but not yet through the second factor: sees nothing beyond their own account. */
export const awaitsSecondFactor = (req: PayloadRequest): boolean => {
  const state = secondFactorState(req)
  return state === 'setupNeeded' || state === 'codeNeeded'
}

/** Marks the user of this request as verified for the rest of it (right after a correct code). */
export const rememberVerified = (user: object): void => void verifiedUsers.add(user)
