import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * A small signed token: base64url(JSON payload) + "." + base64url(HMAC-SHA256). The payload
 * carries its own expiry (`exp`, seconds since the epoch). Hand-written rather than a JWT
 * library: one algorithm, no header to negotiate, nothing to misconfigure.
 */
export type TokenPayload = Record<string, unknown> & { exp: number }

const encode = (value: Buffer | string) => Buffer.from(value).toString('base64url')
const sign = (body: string, secret: string) => createHmac('sha256', secret).update(body).digest()

export function signToken(payload: Record<string, unknown>, secret: string, ttlSeconds: number, now = Date.now()): string {
  if (secret.length < 16) throw new Error('signing secret too short')
  const body = encode(JSON.stringify({ ...payload, exp: Math.floor(now / 1000) + ttlSeconds }))
  return `${body}.${encode(sign(body, secret))}`
}

/** The payload when the signature is right and the token has not expired; otherwise null. */
export function verifyToken<T extends TokenPayload = TokenPayload>(token: unknown, secret: string, now = Date.now()): T | null {
  if (typeof token !== 'string' || token.length > 4096 || secret.length < 16) return null
  const [body, signature, extra] = token.split('.')
  if (!body || !signature || extra !== undefined) return null
  const expected = sign(body, secret)
  const given = Buffer.from(signature, 'base64url')
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null
  try {
    const payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as T
    if (typeof payload?.exp !== 'number' || payload.exp * 1000 < now) return null
    return payload
  } catch {
    return null
  }
}
