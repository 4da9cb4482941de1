/**
 * Reading a request body up to a limit, for both apps: the CMS's JSON endpoints and its REST gate,
 * the site's guard in front of server actions. Payload and Next.js read a whole body before they
 * look at its size; here a body is refused by its declared length before anything is read, or cut
 * off as soon as it grows past the limit.
 */

/** The length a request declares for its body (Content-Length), or null when it declares none that is a number. */
export function declaredBodyLength(headers: Pick<Headers, 'get'>): number | null {
  const value = headers.get('content-length')
  if (value === null) return null
  const length = Number(value)
  return Number.isFinite(length) ? length : null
}

/** Whether the request declares a body longer than `maxBytes`: refuse it without reading any of it. */
export function declaresMoreThan(headers: Pick<Headers, 'get'>, maxBytes: number): boolean {
  const declared = declaredBodyLength(headers)
  return declared !== null && declared > maxBytes
}

/**
 * A body, read only up to `maxBytes`: 'tooLarge' as soon as it grows past the limit (the stream is
 * cancelled, the rest never read or kept). No body reads as an empty one; a failing stream throws.
 */
export async function readBodyUpTo(body: ReadableStream<Uint8Array> | null | undefined, maxBytes: number): Promise<Uint8Array<ArrayBuffer> | 'tooLarge'> {
  if (!body) return new Uint8Array()
  const reader = body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > maxBytes) {
      // Not awaited: cancelling one branch of a cloned body settles only once the other branch
      // (the request the caller refuses now) is cancelled too.
      void reader.cancel().catch(() => undefined)
      return 'tooLarge'
    }
    chunks.push(value)
  }
  const bytes = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.byteLength
  }
  return bytes
}
