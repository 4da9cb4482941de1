import { pbkdf2, timingSafeEqual } from 'node:crypto'
import { ValidationError, type CollectionBeforeOperationHook, type CollectionBeforeValidateHook, type PayloadRequest } from 'payload'

import { klinikT } from '../../../i18n/translations'

/** The shortest password accepted, on creation, on change and on a reset with a token. */
export const minPasswordLength = 12

function tooShort(req: PayloadRequest, password: unknown): ValidationError | null {
  if (typeof password !== 'string' || password.length >= minPasswordLength) return null
  return new ValidationError(
    { collection: 'users', errors: [{ path: 'password', message: klinikT(req)('klinik:password:tooShort', { min: minPasswordLength }) }] },
    req.t,
  )
}

/**
 * Checks a password against Payload's stored hash as Payload does (`authenticateLocalStrategy`,
 * which its package does not export): PBKDF2-SHA256, 600 000 iterations for hashes marked
 * `pbkdf2-sha256-v1:`, 25 000 and 512 bytes for older ones.
 */
function passwordMatches(password: string, stored: { hash?: unknown; salt?: unknown }): Promise<boolean> {
  const { hash, salt } = stored
  if (typeof hash !== 'string' || typeof salt !== 'string') return Promise.resolve(false)
  const current = hash.startsWith('pbkdf2-sha256-v1:')
  const expected = Buffer.from(current ? hash.slice('pbkdf2-sha256-v1:'.length) : hash, 'hex')
  return new Promise((resolve) =>
    pbkdf2(password, salt, current ? 600_000 : 25_000, current ? 32 : 512, 'sha256', (error, derived) =>
      resolve(!error && derived.length === expected.length && timingSafeEqual(derived, expected)),
    ),
  )
}

/**
 * A reset with an emailed token never reaches the collection's validation hooks with the new
 * password (Payload hashes it first), so its length is checked before the operation.
 */
export const checkResetPasswordLength: CollectionBeforeOperationHook<'users'> = ({ args, operation, req }) => {
  if (operation !== 'resetPassword') return args
  const error = tooShort(req, (args as { data?: { password?: unknown } }).data?.password)
  if (error) throw error
  return args
}

/**
 * New passwords have at least 12 characters. Whoever changes their OWN password or email gives
 * their current password (a session left open, or a stolen session cookie, must not be enough
 * to take the account over). Admins changing another account, a reset with an emailed token
 * (no one is signed in) and new accounts need none.
 */
export const checkPasswordChange: CollectionBeforeValidateHook = async ({ data, operation, originalDoc, req }) => {
  if (!data) return data
  const short = tooShort(req, data.password)
  if (short) throw short
  if (operation !== 'update' || !originalDoc || !req.user || req.user.collection !== 'users' || String(req.user.id) !== String(originalDoc.id)) return data

  const newPassword = typeof data.password === 'string' && data.password.length > 0
  const newEmail = typeof data.email === 'string' && data.email.trim().toLowerCase() !== String(originalDoc.email ?? '').toLowerCase()
  if (!newPassword && !newEmail) return data

  const t = klinikT(req)
  const given = data.currentPassword ?? (req.data as { currentPassword?: unknown } | undefined)?.currentPassword
  const refuse = (message: string) => new ValidationError({ collection: 'users', errors: [{ path: 'currentPassword', message }] }, req.t)
  if (typeof given !== 'string' || !given) throw refuse(t('klinik:password:currentRequired'))
  const stored = await req.payload.db.findOne<{ id: number | string; hash?: string; salt?: string }>({
    collection: 'users',
    where: { id: { equals: originalDoc.id } },
    req,
  })
  if (!stored || !(await passwordMatches(given.slice(0, 1024), stored))) throw refuse(t('klinik:password:currentWrong'))
  return data
}
