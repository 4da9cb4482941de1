/**
 * GET /api/health with the database gone (its connection closed under the running CMS): 503
 * with Retry-After for everyone, and for the operator what still can be known (free disk).
 * Its own file: the database does not come back.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { startTestCms, type TestCms } from './helpers/testPayload'

const healthToken = 'health-token-for-tests-0123456789abcdef'

let cms: TestCms

beforeAll(async () => {
  cms = await startTestCms({ HEALTH_TOKEN: healthToken })
})
afterAll(async () => {
  await cms?.cleanup()
})

describe('GET /api/health without a database', () => {
  it('answers 503 with Retry-After, the status only for anyone and the checks for the monitor', async () => {
    expect((await cms.rest('GET', '/health')).status).toBe(200)

    const { client } = cms.payload.db as unknown as { client: { close: () => void } }
    client.close()

    const anonymous = await cms.rest('GET', '/health')
    expect(anonymous.status).toBe(503)
    expect(anonymous.headers.get('retry-after')).toBe('30')
    expect(anonymous.headers.get('cache-control')).toBe('no-store')
    expect(await anonymous.json()).toEqual({ status: 'down' })

    const monitor = await cms.rest('GET', '/health', { headers: { Authorization: `Bearer ${healthToken}` } })
    expect(monitor.status).toBe(503)
    const body = (await monitor.json()) as { status: string; checks: Record<string, unknown> & { disk: { media: { freeBytes: number } } } }
    expect(body.status).toBe('down')
    expect(body.checks.database).toEqual({ ok: false, problem: 'no-answer' })
    expect(body.checks).not.toHaveProperty('jobs')
    expect(body.checks).not.toHaveProperty('email')
    expect(body.checks.disk.media.freeBytes).toBeGreaterThan(0)
  })
})
