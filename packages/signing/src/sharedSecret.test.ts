import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { askAcceptsSecret, sameSecret, watchSharedSecrets, type SharedSecretProbe } from './sharedSecret'

/** A stand-in for the other app: answers /check with the status its secret header deserves. */
let server: Server
let base: string
let calls = 0
beforeAll(async () => {
  server = createServer((request, response) => {
    calls += 1
    const given = request.headers['x-test-secret']
    if (request.url === '/unconfigured') response.statusCode = 503
    else if (request.url === '/missing') response.statusCode = 404
    else if (request.url === '/starting') response.statusCode = calls < 3 ? 502 : given === 'right-secret-value' ? 204 : 401
    else response.statusCode = given === 'right-secret-value' ? 204 : request.url === '/forbidden' ? 403 : 401
    response.end()
  })
  await new Promise<void>((resolve) => server.listen(0, 'localhost', resolve))
  base = `http://localhost:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

const probe = (path: string, secret: string): SharedSecretProbe => ({
  variable: 'REVALIDATE_SECRET',
  url: `${base}${path}`,
  headers: { 'x-test-secret': secret },
  consequence: 'published changes would never reach patients',
})

describe('sameSecret', () => {
  it('is true only for the same non-empty value', () => {
    expect(sameSecret('abc', 'abc')).toBe(true)
    expect(sameSecret('abc', 'abd')).toBe(false)
    expect(sameSecret('abc', 'abcd')).toBe(false)
    expect(sameSecret(null, 'abc')).toBe(false)
    expect(sameSecret('', '')).toBe(false)
    expect(sameSecret('abc', undefined)).toBe(false)
  })
})

describe('askAcceptsSecret', () => {
  it('tells accepted, refused, not configured and no answer apart', async () => {
    expect(await askAcceptsSecret(`${base}/check`, { 'x-test-secret': 'right-secret-value' })).toBe('accepted')
    expect(await askAcceptsSecret(`${base}/check`, { 'x-test-secret': 'wrong' })).toBe('refused')
    expect(await askAcceptsSecret(`${base}/forbidden`, { 'x-test-secret': 'wrong' })).toBe('refused')
    expect(await askAcceptsSecret(`${base}/unconfigured`)).toBe('not-configured')
    expect(await askAcceptsSecret(`${base}/missing`)).toBe('no-answer')
    expect(await askAcceptsSecret('http://localhost:9/check')).toBe('no-answer')
  })
})

describe('watchSharedSecrets', () => {
  const watch = { self: 'the CMS', other: 'the site', where: 'apps/cms/.env and apps/web/.env', intervalMs: 20, giveUpAfterMs: 2_000 }

  it('waits for the other app, then agrees when it accepts every secret', async () => {
    calls = 0
    const stopped: string[] = []
    const result = await watchSharedSecrets({
      ...watch,
      probes: [probe('/starting', 'right-secret-value'), probe('/check', 'right-secret-value')],
      onMismatch: (message) => stopped.push(message),
    })
    expect(result).toBe('agreed')
    expect(calls).toBeGreaterThanOrEqual(4)
    expect(stopped).toEqual([])
  })

  it('stops once, naming the variable, both apps and where to set it, when the other app refuses', async () => {
    const stopped: string[] = []
    const result = await watchSharedSecrets({
      ...watch,
      probes: [probe('/check', 'right-secret-value'), probe('/check', 'stale')],
      onMismatch: (message) => stopped.push(message),
    })
    expect(result).toBe('mismatch')
    expect(stopped).toHaveLength(1)
    expect(stopped[0]).toBe(
      `REVALIDATE_SECRET differs between the CMS and the site: the site at ${base} refused the CMS's value, so published changes would never reach patients. ` +
        'Set the same REVALIDATE_SECRET in apps/cms/.env and apps/web/.env (locally you can delete the line from both files and run npm start again to generate a new pair). The CMS stops here.',
    )
  })

  it('stops when the other app has no value at all', async () => {
    const stopped: string[] = []
    expect(await watchSharedSecrets({ ...watch, probes: [probe('/unconfigured', 'x')], onMismatch: (message) => stopped.push(message) })).toBe('mismatch')
    expect(stopped[0]).toMatch(/^REVALIDATE_SECRET is set for the CMS but not for the site at /)
  })

  it('gives up without stopping when the other app never answers', async () => {
    const stopped: string[] = []
    const gaveUp: string[] = []
    const result = await watchSharedSecrets({
      ...watch,
      giveUpAfterMs: 200,
      probes: [{ ...probe('/check', 'x'), url: 'http://localhost:9/api/revalidate' }],
      onMismatch: (message) => stopped.push(message),
      onGiveUp: (message) => gaveUp.push(message),
    })
    expect(result).toBe('gave-up')
    expect(stopped).toEqual([])
    expect(gaveUp[0]).toMatch(/^The site did not answer at http:\/\/localhost:9 within 0 s/)
  })
})
