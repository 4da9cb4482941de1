/**
 * nginx's rate limits, per client address: over a limit, nginx answers 429 itself, with
 * Retry-After and its own page in the visitor's language; and the address the apps count under
 * is the one nginx saw, whatever the client writes in X-Real-IP. Each test comes from a loopback
 * address of its own (nginx counts each apart; the other tests come from 127.0.0.1).
 */
import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'

import { bookingErrorMessages } from '@klinik/booking/messages'

import { expect, test } from '../e2e/test'
import { anotherLoopbackAddress, headerValues, requestFrom, type RawAnswer } from './helpers'
import { adminClient } from './stack'

const errorPage = (language: 'tr' | 'en', status: number) =>
  readFileSync(path.resolve(import.meta.dirname, '..', '..', '..', 'deploy', 'nginx', 'errors', language, `${status}.html`), 'utf8')

/** A batch sent at once (nginx's burst lets some through, then refuses). */
const atOnce = (count: number, send: () => Promise<RawAnswer>) => Promise.all(Array.from({ length: count }, send))

function expectNginxRefusal(answer: RawAnswer, language: 'tr' | 'en', retryAfter: string) {
  expect(answer.status).toBe(429)
  expect(headerValues(answer.headers, 'retry-after')).toEqual([retryAfter])
  expect(headerValues(answer.headers, 'content-type')).toEqual(['text/html; charset=utf-8'])
  expect(headerValues(answer.headers, 'cache-control')).toEqual(['no-store'])
  expect(answer.body).toBe(errorPage(language, 429))
}

test('over the sign-in limit on the admin hostname: 429, Retry-After, nginx page in the browser language; other addresses go on', async () => {
  const client = anotherLoopbackAddress()
  // Cheap for the CMS (no password to check): nginx counts every request to the sign-in steps.
  const signInStep = (acceptLanguage: string) => () => requestFrom(client, 'admin', '/api/users/login', { headers: { 'Accept-Language': acceptLanguage } })

  // SIGN_IN_BURST is 30 in the tests' setup: 45 at once go over it.
  const english = await atOnce(45, signInStep('en-GB,en;q=0.9,tr;q=0.5'))
  const refusedInEnglish = english.filter((answer) => answer.status === 429)
  expect(refusedInEnglish.length).toBeGreaterThanOrEqual(5)
  for (const answer of refusedInEnglish) expectNginxRefusal(answer, 'en', '60')

  const turkish = await atOnce(5, signInStep('tr-TR,tr;q=0.9,en;q=0.5'))
  const refusedInTurkish = turkish.filter((answer) => answer.status === 429)
  expect(refusedInTurkish.length).toBeGreaterThanOrEqual(1)
  for (const answer of refusedInTurkish) expectNginxRefusal(answer, 'tr', '60')

  // The limit is this address's: 127.0.0.1 still reaches the CMS.
  const admin = await adminClient()
  const fromElsewhere = await admin.get('/api/users/login')
  expect(fromElsewhere.status()).not.toBe(429)
  await admin.dispose()
})

test("over the site's POST limit on an /en address: 429 with the English page, whatever the browser's language; pages still load", async () => {
  const client = anotherLoopbackAddress()
  // A server action from another site: the site refuses it at once (403), so the POSTs cost nothing.
  const post = (pathname: string) => () =>
    requestFrom(client, 'site', pathname, {
      method: 'POST',
      headers: {
        'Accept-Language': 'tr-TR,tr;q=0.9',
        'Next-Action': 'not-an-action',
        Origin: 'https://elsewhere.example',
        'Content-Type': 'application/x-www-form-urlencoded',
      },
      body: 'name=value',
    })

  // SITE_POST_BURST is 20 (render.sh's default): 30 at once go over it.
  const answers = await atOnce(30, post('/en/appointment'))
  const refused = answers.filter((answer) => answer.status === 429)
  expect(refused.length).toBeGreaterThanOrEqual(5)
  for (const answer of refused) expectNginxRefusal(answer, 'en', '10')
  // Those let through reached the site, which answered them itself.
  for (const answer of answers.filter((entry) => entry.status !== 429)) {
    expect(answer.status).toBe(403)
    expect(answer.body).toBe(bookingErrorMessages.en.foreignOrigin)
  }
  // The same address, a Turkish address: the Turkish page.
  const turkish = await atOnce(3, post('/tr/randevu'))
  expect(turkish.some((answer) => answer.status === 429)).toBe(true)
  for (const answer of turkish.filter((entry) => entry.status === 429)) expectNginxRefusal(answer, 'tr', '10')

  // Reading pages is counted apart from posting.
  const page = await requestFrom(client, 'site', '/en', { headers: { 'Accept-Language': 'en' } })
  expect(page.status).toBe(200)
})

test("a forged X-Real-IP does not reach the CMS: wrong sign-ins still count under the client's own address", async () => {
  const client = anotherLoopbackAddress()
  const email = `nobody-${randomBytes(4).toString('hex')}@klinik.example`
  // apps/cms/src/collections/Users/hooks/signInGuard.ts: 5 failed sign-ins per client address
  // (LOGIN_RATE_LIMIT's default, which the stack keeps), then 429. Per account it allows 10.
  const allowance = 5
  const signIn = (attempt: number) =>
    requestFrom(client, 'admin', '/api/users/login', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'Accept-Language': 'en',
        'X-Real-IP': `203.0.113.${attempt + 1}`,
        'X-Forwarded-For': `198.51.100.${attempt + 1}`,
        Forwarded: `for=192.0.2.${attempt + 1}`,
      },
      body: JSON.stringify({ email, password: 'not-the-password-at-all' }),
    })
  for (let attempt = 0; attempt < allowance; attempt += 1) expect((await signIn(attempt)).status, `attempt ${attempt + 1}`).toBe(401)

  const refused = await signIn(allowance)
  expect(refused.status).toBe(429)
  // The CMS's own refusal (JSON, its message), not nginx's page.
  expect(headerValues(refused.headers, 'content-type')[0]).toMatch(/^application\/json/)
  expect(headerValues(refused.headers, 'retry-after')).toEqual([])
  expect((JSON.parse(refused.body) as { errors: { message: string }[] }).errors[0].message).toMatch(/^Too many unsuccessful sign-ins from your network/)
})
