/**
 * Every limit counts in the database: a count made by one CMS process is seen by another, and
 * by the same CMS after a restart (a new limiter on the same database is what a restarted or a
 * second process has). Concurrent counts never let two requests take the last point.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { RateLimiterDrizzle, RateLimiterRes } from 'rate-limiter-flexible'

import { databaseRateLimiter, rateLimitTable } from '../src/rateLimits/databaseRateLimiter'
import { startTestCms, type TestCms } from './helpers/testPayload'

let cms: TestCms
beforeAll(async () => {
  cms = await startTestCms({ BOOKING_RATE_LIMIT: '3/600' })
})
afterAll(async () => {
  await cms?.cleanup()
})

/** A limiter as another (or a restarted) CMS process makes it: its own object, the same table. */
const anotherProcess = (points: number) =>
  new RateLimiterDrizzle({
    storeClient: (cms.payload.db as unknown as { drizzle: unknown }).drizzle,
    schema: rateLimitTable,
    keyPrefix: 'test',
    points,
    duration: 600,
    clearExpiredByTimeout: false,
  })

describe('rate limits in the database', () => {
  it('a count made by one process holds for another, and after a restart', async () => {
    const first = databaseRateLimiter(cms.payload, { keyPrefix: 'test', points: 3, durationSeconds: 600 })
    await first.consume('client-a')
    await first.consume('client-a')
    const second = anotherProcess(3)
    expect((await second.get('client-a'))?.consumedPoints).toBe(2)
    await second.consume('client-a')
    await expect(first.consume('client-a')).rejects.toBeInstanceOf(RateLimiterRes)
    await expect(anotherProcess(3).consume('client-a')).rejects.toBeInstanceOf(RateLimiterRes)
  })

  it('fifty requests at once for the last three points: exactly three pass', async () => {
    const limiter = databaseRateLimiter(cms.payload, { keyPrefix: 'burst', points: 3, durationSeconds: 600 })
    const results = await Promise.allSettled(Array.from({ length: 50 }, () => limiter.consume('client-b')))
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(3)
  })

  it('the booking intake’s limit outlives the limiter that counted it', async () => {
    const send = (address: string) =>
      cms.intake({ idempotencyKey: `limit-${Math.random().toString(36).slice(2)}-000000`, request: { locale: 'en' } }, { 'X-Klinik-Client-Ip': address })
    for (let index = 0; index < 3; index += 1) expect((await send('203.0.113.99')).status).toBe(400)
    const restarted = new RateLimiterDrizzle({
      storeClient: (cms.payload.db as unknown as { drizzle: unknown }).drizzle,
      schema: rateLimitTable,
      keyPrefix: 'booking-intake',
      points: 3,
      duration: 600,
      clearExpiredByTimeout: false,
    })
    expect((await restarted.get('patient:203.0.113.99'))?.consumedPoints).toBe(3)
    expect((await send('203.0.113.99')).status).toBe(429)
  })
})
