import { createHash, pbkdf2, randomBytes } from 'node:crypto'
import type { CollectionAfterLoginHook, CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import { clientAddressKey } from '@klinik/config/clientAddress'

import { afterCommit } from '../../../hooks/afterCommit'
import { PublicApiError } from '../../../http/publicApiError'
import { klinikT } from '../../../i18n/translations'
import { databaseRateLimiter, requestRateLimiter, type RateLimit } from '../../../rateLimits/databaseRateLimiter'

export type SignInSettings = { points: number; durationSeconds: number; clientIpHeader: string }

/**
 * How sign-ins are slowed down. No account is ever locked (Payload's per-account lockout is
 * off): a lockout lets anyone who knows a staff member's email shut them out.
 * - per client address (LOGIN_RATE_LIMIT, 5 failures per 15 minutes by default): one client
 *   guessing is stopped;
 * - per account and overall, from clients that have not signed in to that account before: many
 *   addresses guessing at one account, or at all of them, are stopped, while the account's owner,
 *   from a client they signed in from before, still gets in.
 */
const accountFailures = 10
const overallFailures = 100
const knownClientDays = 90

const perClient = (settings: SignInSettings): RateLimit => ({ keyPrefix: 'sign-in', points: settings.points, durationSeconds: settings.durationSeconds })
const perAccount = (settings: SignInSettings): RateLimit => ({
  keyPrefix: 'sign-in-account',
  points: accountFailures,
  durationSeconds: settings.durationSeconds,
})
const overall = (settings: SignInSettings): RateLimit => ({ keyPrefix: 'sign-in-all', points: overallFailures, durationSeconds: settings.durationSeconds })
/** Clients an account signed in from: a count with a long life, used as a set. */
const knownClients: RateLimit = { keyPrefix: 'sign-in-known', points: 1_000_000, durationSeconds: knownClientDays * 24 * 60 * 60 }

const countedKey = 'signInCounted'

const settingsOf = (req: PayloadRequest) => (req.payload.config.custom as { login: SignInSettings }).login

/** The limit key of the client this request came from (one rule for both apps: @klinik/config/clientAddress). */
export function signInClient(req: PayloadRequest): string {
  return clientAddressKey(req.headers, settingsOf(req).clientIpHeader)
}

/** An account as a limit key: the email as typed, normalised, hashed (no email addresses in the counts table). */
const accountKey = (email: unknown) =>
  createHash('sha256')
    .update(
      String(email ?? '')
        .toLowerCase()
        .trim(),
    )
    .digest('hex')
    .slice(0, 32)

const emailOf = (args: unknown) => (args as { data?: { email?: unknown } }).data?.email

/** As long as checking a real password: Payload's current hash parameters. */
const dummyHash = (password: string) =>
  new Promise<void>((resolve) => pbkdf2(password, randomBytes(32).toString('hex'), 600_000, 32, 'sha256', () => resolve()))

/**
 * Before a sign-in or a password-reset request from outside: refuses a client over a limit
 * (429, in the user's language), counts the attempt, and makes an unknown email cost as much
 * time as a known one, so timing does not tell which accounts exist. Local API calls from server
 * code are not limited.
 */
export const limitSignIns: CollectionBeforeOperationHook<'users'> = async ({ args, operation, req }) => {
  if ((operation !== 'login' && operation !== 'forgotPassword') || req.payloadAPI === 'local') return args
  const settings = settingsOf(req)
  const client = signInClient(req)
  const tooMany = (msBeforeNext: number): never => {
    const minutes = Math.max(1, Math.ceil(msBeforeNext / 60_000))
    throw new PublicApiError(klinikT(req)('klinik:signIn:tooMany', { count: minutes }), 429)
  }
  const counted: [RateLimit, string][] = [[perClient(settings), `${operation}:${client}`]]
  if (operation === 'login') {
    const account = accountKey(emailOf(args))
    const known = await (await requestRateLimiter(req, knownClients)).get(`${account}:${client}`)
    if (!known) counted.push([perAccount(settings), account], [overall(settings), 'all'])
  }
  const limiters = await Promise.all(counted.map(([limit]) => requestRateLimiter(req, limit)))
  for (const [index, [limit, key]] of counted.entries()) {
    const used = await limiters[index].get(key)
    if (used && used.consumedPoints >= limit.points) tooMany(used.msBeforeNext)
  }
  for (const [index, [, key]] of counted.entries()) await limiters[index].penalty(key, 1)
  // For the sign-in's success: give back exactly what was counted (one sign-in, one document).
  req.context[countedKey] = counted

  if (operation === 'login') {
    const email = emailOf(args)
    const exists =
      typeof email === 'string' &&
      (await req.payload.count({ collection: 'users', where: { email: { equals: email.toLowerCase().trim() } }, overrideAccess: true })).totalDocs > 0
    if (!exists) await dummyHash(String((args as { data?: { password?: unknown } }).data?.password ?? ''))
  }
  return args
}

/**
 * A successful sign-in does not count, and its client becomes one the account knows. Written
 * once the sign-in's transaction has ended: the counts live in the database, outside it.
 */
export const forgiveSuccessfulSignIn: CollectionAfterLoginHook = ({ req, user }) => {
  if (req.payloadAPI === 'local') return
  const counted = (req.context[countedKey] ?? []) as [RateLimit, string][]
  const known = `${accountKey((user as { email?: string }).email)}:${signInClient(req)}`
  afterCommit(
    req,
    async () => true,
    async () => {
      for (const [limit, key] of counted) await databaseRateLimiter(req.payload, limit).reward(key, 1)
      await databaseRateLimiter(req.payload, knownClients).penalty(known, 1)
    },
    'Forgiving a successful sign-in',
  )
}
