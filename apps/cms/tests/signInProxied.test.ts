/**
 * Behind the reverse proxy the sign-in limit keys on the header the proxy overwrites and on
 * nothing a client writes: a forged X-Forwarded-For never changes whose count a guess goes to.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { proxiedTestEnv, startTestCms, type TestCms } from './helpers/testPayload'

let cms: TestCms

beforeAll(async () => {
  cms = await startTestCms({ ...proxiedTestEnv(), LOGIN_RATE_LIMIT: '3/900' })
})
afterAll(async () => {
  await cms?.cleanup()
})

const signIn = (realIp: string, forwardedFor: string) =>
  cms.rest('POST', '/users/login', {
    json: { email: 'nobody@test.klinik', password: 'wrong-password' },
    headers: { 'X-Real-IP': realIp, 'X-Forwarded-For': forwardedFor },
  })

describe('sign-in limits behind the proxy', () => {
  it('count by the proxy’s X-Real-IP whatever X-Forwarded-For claims', async () => {
    for (const forged of ['10.0.0.1', '10.0.0.2, 10.0.0.3', '2001:db8::5']) expect((await signIn('198.51.100.60', forged)).status).toBe(401)
    expect((await signIn('198.51.100.60', '10.9.9.9')).status).toBe(429)
    // Another client, by the proxy's word, has its own count.
    expect((await signIn('198.51.100.61', '10.0.0.1')).status).toBe(401)
  })

  it('count an IPv6 client by its /64', async () => {
    for (const host of ['1', '2', '3']) expect((await signIn(`2001:db8:aa:bb::${host}`, '')).status).toBe(401)
    expect((await signIn('2001:db8:aa:bb:ffff::9', '')).status).toBe(429)
  })
})
