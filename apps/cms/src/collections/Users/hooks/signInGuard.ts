import { pbkdf2, randomBytes } from 'node:crypto'
import { APIError, type CollectionAfterErrorHook, type CollectionAfterLoginHook, type CollectionBeforeOperationHook, type PayloadRequest } from 'payload'

import { afterCommit } from '../../../hooks/afterCommit'
import { klinikT } from '../../../i18n/translations'
import { databaseRateLimiter, requestRateLimiter } from '../../../rateLimits/databaseRateLimiter'

export type SignInSettings = { points: number; durationSeconds: number; clientIpHeader: string }

const signInLimit = (settings: SignInSettings) => ({ keyPrefix: 'sign-in', points: settings.points, durationSeconds: settings.durationSeconds })

const settingsOf = (req: PayloadRequest) => (req.payload.config.custom as { login: SignInSettings }).login

/** The address the request came from: the last X-Forwarded-For entry (added by the nearest proxy, or by Next). */
export function signInAddress(req: PayloadRequest, header: string): string {
  const value = req.headers?.get(header)
  return value?.split(',').at(-1)?.trim().slice(0, 64) || 'unknown'
}

/** As long as checking a real password: Payload's current hash parameters. */
const dummyHash = (password: string) =>
  new Promise<void>((resolve) => pbkdf2(password, randomBytes(32).toString('hex'), 600_000, 32, 'sha256', () => resolve()))

/**
 * In front of Payload's per-account lockout: failed sign-ins (and password-reset requests)
 * are limited per client address, so one address cannot guess its way into, or lock out, a
 * staff account. An unknown email costs as much time as a known one, so timing does not tell
 * which accounts exist. Local API calls from server code are not limited.
 */
export const limitSignIns: CollectionBeforeOperationHook<'users'> = async ({ args, operation, req }) => {
  if ((operation !== 'login' && operation !== 'forgotPassword') || req.payloadAPI === 'local') return args
  const settings = settingsOf(req)
  const key = `${operation}:${signInAddress(req, settings.clientIpHeader)}`
  const limit = await requestRateLimiter(req, signInLimit(settings))
  const used = await limit.get(key)
  if (used && used.consumedPoints >= settings.points) {
    const minutes = Math.max(1, Math.ceil(used.msBeforeNext / 60_000))
    throw new APIError(klinikT(req)('klinik:signIn:tooMany', { count: minutes }), 429, null, true)
  }
  await limit.penalty(key, 1)

  if (operation === 'login') {
    const email = (args as { data?: { email?: unknown } }).data?.email
    const exists =
      typeof email === 'string' &&
      (await req.payload.count({ collection: 'users', where: { email: { equals: email.toLowerCase().trim() } }, overrideAccess: true })).totalDocs > 0
    if (!exists) await dummyHash(String((args as { data?: { password?: unknown } }).data?.password ?? ''))
  }
  return args
}

/**
 * A successful sign-in does not count against the address. Given back once the sign-in's
 * transaction has ended: the count lives in the database, outside that transaction.
 */
export const forgiveSuccessfulSignIn: CollectionAfterLoginHook = ({ req }) => {
  if (req.payloadAPI === 'local') return
  const settings = settingsOf(req)
  const key = `login:${signInAddress(req, settings.clientIpHeader)}`
  afterCommit(
    req,
    async () => true,
    () => databaseRateLimiter(req.payload, signInLimit(settings)).reward(key, 1),
    'Forgiving a successful sign-in',
  )
}

/**
 * Payload tells a locked account apart ("This user is locked…"), which confirms the account
 * exists. Answer exactly as for a wrong password.
 */
export const hideAccountLock: CollectionAfterErrorHook = ({ error, req }) => {
  if (error.name !== 'LockedAuth') return
  const message = req.t('error:emailOrPasswordIncorrect')
  return { status: 401, response: { errors: [{ message }] }, graphqlResult: { message } }
}
