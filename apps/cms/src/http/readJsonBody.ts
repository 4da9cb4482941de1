import { declaresMoreThan, readBodyUpTo } from '@klinik/config/requestBody'
import type { PayloadRequest } from 'payload'

export type JsonBody = { ok: true; value: unknown } | { ok: false; status: 400 | 413 }

/**
 * Reads a JSON request body, stopping at `maxBytes`: a declared Content-Length over the cap is
 * refused before reading, and a body that grows past it while streaming is cut off. (Payload's
 * `req.json()` reads the whole body first; a 100 MB field took 450 MB of memory before its 400.)
 */
export async function readJsonBody(req: PayloadRequest, maxBytes: number): Promise<JsonBody> {
  if (declaresMoreThan(req.headers, maxBytes)) return { ok: false, status: 413 }
  const stream = req.body as ReadableStream<Uint8Array> | null | undefined
  if (!stream) return { ok: false, status: 400 }
  let body: Uint8Array | 'tooLarge'
  try {
    body = await readBodyUpTo(stream, maxBytes)
  } catch {
    return { ok: false, status: 400 }
  }
  if (body === 'tooLarge') return { ok: false, status: 413 }
  try {
    return { ok: true, value: JSON.parse(Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8')) }
  } catch {
    return { ok: false, status: 400 }
  }
}
