import 'server-only'

import { createHmac, randomBytes } from 'node:crypto'

import { signToken, verifyToken } from '@klinik/signing/token'

import { webEnv } from './env'

/**
 * The booking form's per-render token: a random nonce (the CMS stores once per nonce, so a
 * double click or a retry cannot store twice) and the time the form was shown (a form sent
 * sooner than a person can fill it in is a bot's). Signed, so neither can be forged.
 */
export type BookingFormToken = {
  nonce: string
  renderedAt: number
  /** Issued in answer to a send (a damaged or expired form, a reused form key), not with the page. */
  reissued: boolean
}

/** How long a shown form stays sendable: a patient may leave the tab open for a day. */
const formTtlSeconds = 24 * 60 * 60
/** How long the confirmation page keeps showing a reference. */
const receiptTtlSeconds = 7 * 24 * 60 * 60

/** A key of its own for the web's tokens, derived from the intake secret it already holds. */
function formKey(): string {
  const { intakeSecret } = webEnv()
  if (!intakeSecret) throw new Error('Invalid environment: INTAKE_SECRET is required for the booking form')
  return createHmac('sha256', intakeSecret).update('klinik booking form tokens').digest('base64url')
}

/**
 * A new form key, shown from `now`. A reissued one also starts at `now`: the minimum fill time
 * is never handed out already spent (a script could otherwise send a broken token, take the
 * renewed one and post at once).
 */
export function issueFormToken(now = Date.now(), { reissued = false }: { reissued?: boolean } = {}): string {
  return signToken({ nonce: randomBytes(18).toString('base64url'), renderedAt: now, ...(reissued ? { r: 1 } : {}) }, formKey(), formTtlSeconds, now)
}

export function readFormToken(token: unknown, now = Date.now()): BookingFormToken | null {
  const payload = verifyToken<{ nonce: string; renderedAt: number; r?: number; exp: number }>(token, formKey(), now)
  if (!payload || typeof payload.nonce !== 'string' || typeof payload.renderedAt !== 'number') return null
  return { nonce: payload.nonce, renderedAt: payload.renderedAt, reissued: payload.r === 1 }
}

/** The confirmation page's proof that this reference was given to this browser. */
export function issueReceipt(reference: string, now = Date.now()): string {
  return signToken({ reference }, formKey(), receiptTtlSeconds, now)
}

export function readReceipt(token: unknown, now = Date.now()): string | null {
  const payload = verifyToken<{ reference: string; exp: number }>(token, formKey(), now)
  return typeof payload?.reference === 'string' ? payload.reference : null
}
