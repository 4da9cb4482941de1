import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto'

/**
 * Screening answers are health data (KVKK special category): they are sealed with AES-256-GCM
 * before they reach the database, so the database file or a backup alone does not reveal them.
 * A sealed answer names the key it was sealed with (`sealed1.<key id>.<iv>.<tag>.<data>`), so
 * keys can be rotated: the new key seals, the old ones still open until everything is resealed
 * (SECURITY.md, "Keys").
 */
const scheme = 'sealed1'

export type AnswerKeys = {
  /** Seals every new answer. */
  current: Buffer
  /** Open answers: the current key first, then earlier ones during a rotation. */
  readable: Buffer[]
}

export class SealedAnswerError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'SealedAnswerError'
  }
}

/** A short public name for a key (the first 8 hex digits of its SHA-256), stored with each answer. */
export function keyId(key: Buffer): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 8)
}

export function isSealed(value: unknown): value is string {
  return typeof value === 'string' && value.startsWith(`${scheme}.`)
}

/** Sealed under `keys.current`? (Else it needs resealing after a rotation.) */
export function isSealedWithCurrentKey(value: unknown, keys: AnswerKeys): boolean {
  return isSealed(value) && value.split('.')[1] === keyId(keys.current)
}

export function sealAnswer(plain: string, keys: AnswerKeys): string {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', keys.current, iv)
  const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()])
  return [scheme, keyId(keys.current), iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), data.toString('base64url')].join('.')
}

/** The answer in a sealed value; throws SealedAnswerError if no readable key fits or it was altered. */
export function openAnswer(sealed: string, keys: AnswerKeys): string {
  const [name, id, iv, tag, data] = sealed.split('.')
  if (name !== scheme || !id || !iv || !tag || data === undefined) throw new SealedAnswerError('not a sealed screening answer')
  const key = keys.readable.find((candidate) => keyId(candidate) === id)
  if (!key) throw new SealedAnswerError(`sealed with key ${id}, which is not among SCREENING_ANSWERS_KEY and SCREENING_ANSWERS_PREVIOUS_KEYS`)
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'))
    decipher.setAuthTag(Buffer.from(tag, 'base64url'))
    return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8')
  } catch {
    throw new SealedAnswerError(`sealed with key ${id} but does not open: altered or damaged`)
  }
}

/** A key as configured: 32 bytes, base64 (`openssl rand -base64 32`). */
export function parseAnswerKey(text: string): Buffer | null {
  const key = Buffer.from(text.trim(), 'base64')
  return key.length === 32 && key.toString('base64') === text.trim() ? key : null
}

/**
 * Local development without a configured key (a .env from before the key existed, a test's
 * throwaway database): a key derived from PAYLOAD_SECRET. `npm start` and `npm run dev` write
 * a separate key on their first run; behind the proxy the key is required.
 */
export function derivedAnswerKey(payloadSecret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', payloadSecret, 'klinik', 'screening answers', 32))
}
