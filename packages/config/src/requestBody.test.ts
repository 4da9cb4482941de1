import { describe, expect, it } from '@jest/globals'

import { declaredBodyLength, declaresMoreThan, readBodyUpTo } from './requestBody'

const chunkBytes = 64 * 1024

/** A body without a declared length that never ends; counts what was pulled from it and whether it was cancelled. */
function endlessBody() {
  const seen = { pulled: 0, cancelled: false }
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      seen.pulled += chunkBytes
      controller.enqueue(new Uint8Array(chunkBytes).fill(0x41))
    },
    cancel() {
      seen.cancelled = true
    },
  })
  return { stream, seen }
}

/** A body sent in the given chunks. */
function bodyOf(...chunks: string[]) {
  return new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(new TextEncoder().encode(chunk))
      controller.close()
    },
  })
}

describe('declaresMoreThan', () => {
  it('refuses by Content-Length alone: over the limit yes, at or under it no', () => {
    expect(declaresMoreThan(new Headers({ 'content-length': '101' }), 100)).toBe(true)
    expect(declaresMoreThan(new Headers({ 'content-length': String(100 * 1024 * 1024) }), 1024)).toBe(true)
    expect(declaresMoreThan(new Headers({ 'content-length': '100' }), 100)).toBe(false)
    expect(declaresMoreThan(new Headers({ 'content-length': '0' }), 100)).toBe(false)
  })

  it('leaves a body without a usable Content-Length to be measured while it is read', () => {
    expect(declaresMoreThan(new Headers(), 100)).toBe(false)
    expect(declaresMoreThan(new Headers({ 'content-length': 'lots' }), 100)).toBe(false)
    expect(declaredBodyLength(new Headers())).toBeNull()
    expect(declaredBodyLength(new Headers({ 'content-length': 'lots' }))).toBeNull()
    expect(declaredBodyLength(new Headers({ 'content-length': 'Infinity' }))).toBeNull()
    expect(declaredBodyLength(new Headers({ 'content-length': '2048' }))).toBe(2048)
  })
})

describe('readBodyUpTo', () => {
  it('reads a body of exactly the limit, across chunks, and refuses one byte more', async () => {
    const read = await readBodyUpTo(bodyOf('{"a":', '"ş"}'), 10)
    expect(read).toBeInstanceOf(Uint8Array)
    expect(new TextDecoder().decode(read as Uint8Array)).toBe('{"a":"ş"}')
    expect(await readBodyUpTo(bodyOf('{"a":', '"ş"}', ' '), 10)).toBe('tooLarge')
  })

  it('reads a missing or empty body as no bytes', async () => {
    for (const body of [null, undefined, bodyOf(), new Request('http://localhost/', { method: 'POST', body: '' }).body]) {
      const read = await readBodyUpTo(body, 10)
      expect(read).toBeInstanceOf(Uint8Array)
      expect((read as Uint8Array).byteLength).toBe(0)
    }
  })

  it('stops an endless body without a declared length at the limit and cancels it, keeping nothing past it', async () => {
    const { stream, seen } = endlessBody()
    expect(await readBodyUpTo(stream, 1024 * 1024)).toBe('tooLarge')
    // The stream may have queued one chunk ahead; nothing near unbounded was pulled.
    expect(seen.pulled).toBeLessThanOrEqual(1024 * 1024 + 2 * chunkBytes)
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(seen.cancelled).toBe(true)
  })

  it('refuses a copy of a request without waiting for the original, whose refusal then cancels the source', async () => {
    const { stream, seen } = endlessBody()
    const request = new Request('http://localhost/', { method: 'POST', body: stream, duplex: 'half' } as RequestInit)
    // Awaiting the copy's cancel would hang here: a tee settles only when both branches are cancelled.
    expect(await readBodyUpTo(request.clone().body, 1024 * 1024)).toBe('tooLarge')
    expect(seen.cancelled).toBe(false)
    await request.body?.cancel()
    expect(seen.cancelled).toBe(true)
  })

  it('passes on a stream that fails', async () => {
    const failing = new ReadableStream<Uint8Array>({
      pull() {
        throw new Error('connection reset')
      },
    })
    await expect(readBodyUpTo(failing, 10)).rejects.toThrow('connection reset')
  })
})
