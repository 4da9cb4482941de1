/**
 * A request body, read only up to `maxBytes`: 'tooLarge' as soon as it grows past the limit
 * (the rest is never read). Payload's own readers take the whole body first.
 */
export async function readBodyUpTo(body: ReadableStream<Uint8Array> | null | undefined, maxBytes: number): Promise<Buffer | 'tooLarge'> {
  if (!body) return Buffer.alloc(0)
  const reader = body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > maxBytes) {
      // Not awaited: cancelling one branch of a cloned body settles only when the other is cancelled too.
      void reader.cancel().catch(() => undefined)
      return 'tooLarge'
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks)
}
