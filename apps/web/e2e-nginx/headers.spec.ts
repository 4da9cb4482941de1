/**
 * What nginx adds to the apps' answers and what it changes: one value per header (nginx and an
 * app never both set one), HSTS once, the Cache-Control browsers get by kind of answer,
 * compression as the browser asks, the redirect from http, and silence for unknown hostnames.
 */
import https from 'node:https'

import type { APIResponse } from '@playwright/test'

import { sampleTreatments, staticPages, treatmentPath } from '../e2e/helpers'
import { expect, test } from '../e2e/test'
import { anotherLoopbackAddress, cmsPublic, headerValues, requestFrom, siteVisitor, type RawAnswer } from './helpers'
import { ADMIN_URL, adminClient, ports, SITE_HTTP_URL, SITE_URL } from './stack'

type Header = { name: string; value: string }
type Answer = { what: string; status: number; headers: Header[] }

const fromPlaywright = async (what: string, response: APIResponse): Promise<Answer> => {
  await response.body()
  return { what, status: response.status(), headers: response.headersArray() }
}
const fromRaw = (what: string, answer: RawAnswer): Answer => ({
  what,
  status: answer.status,
  headers: answer.headers.map(([name, value]) => ({ name, value })),
})

/**
 * Header names that come more than once with different values (the sign of nginx and an app
 * both setting one). Vary is left out: HTTP adds its lines up into one list (RFC 9110, 5.3), and
 * the CMS's API answers already come with two (Payload's and Next.js's).
 */
function conflictingHeaders(headers: Header[]): string[] {
  const values = new Map<string, Set<string>>()
  for (const { name, value } of headers) values.set(name.toLowerCase(), (values.get(name.toLowerCase()) ?? new Set()).add(value))
  return [...values].filter(([name, seen]) => name !== 'vary' && seen.size > 1).map(([name, seen]) => `${name}: ${[...seen].join(' | ')}`)
}

/** The first hashed build file of each kind a page links to. */
function assetsOf(html: string): { script: string; style: string } {
  const script = /\/_next\/static\/[^"']+\.js/.exec(html)?.[0]
  const style = /\/_next\/static\/[^"']+\.css/.exec(html)?.[0]
  if (!script || !style) throw new Error('the page links no hashed script or style')
  return { script, style }
}

/** nginx's own 429 page, from an address of its own (the sign-in limit: SIGN_IN_BURST is 30 in the tests' setup). */
async function nginxRefusal(client: string, headers: Record<string, string> = {}): Promise<RawAnswer> {
  for (let round = 0; round < 3; round += 1) {
    const answers = await Promise.all(Array.from({ length: 40 }, () => requestFrom(client, 'admin', '/api/users/login', { headers })))
    const refused = answers.find((answer) => answer.status === 429)
    if (refused) return refused
  }
  throw new Error(`no 429 from nginx for ${client}`)
}

test('every answer has each header once (HSTS exactly once) and the Cache-Control of its kind', async () => {
  const site = await siteVisitor('tr')
  const admin = await adminClient()
  try {
    const { stable } = await sampleTreatments(cmsPublic)
    // Asked twice: the second answer comes from nginx's cache.
    await site.get(staticPages.home.tr)
    const home = await site.get(staticPages.home.tr)
    expect(home.headers()['x-cache']).toBe('HIT')
    const { script, style } = assetsOf(await home.text())
    const loginPage = await admin.get('/admin/login')
    const adminScript = assetsOf(await loginPage.text()).script

    const answers = [
      await fromPlaywright('home (cached)', home),
      await fromPlaywright('treatment page', await site.get(treatmentPath('tr', stable.tr.slug))),
      await fromPlaywright('booking page', await site.get(staticPages.appointment.tr)),
      await fromPlaywright('site script', await site.get(script)),
      await fromPlaywright('site style', await site.get(style)),
      await fromPlaywright('admin sign-in page', loginPage),
      await fromPlaywright('admin script', await admin.get(adminScript)),
      await fromPlaywright('CMS API', await admin.get('/api/treatments?limit=5')),
      fromRaw('nginx 429', await nginxRefusal(anotherLoopbackAddress())),
    ]
    for (const { what, status, headers } of answers) {
      expect(status, what).toBe(what === 'nginx 429' ? 429 : 200)
      expect(conflictingHeaders(headers), `${what}: headers set twice`).toEqual([])
      expect(headerValues(headers, 'strict-transport-security'), `${what}: HSTS`).toEqual(['max-age=63072000'])
    }
    const cacheControl = (what: string) => headerValues(answers.find((answer) => answer.what === what)!.headers, 'cache-control')
    expect(cacheControl('home (cached)')).toEqual(['public, max-age=0, must-revalidate'])
    expect(cacheControl('treatment page')).toEqual(['public, max-age=0, must-revalidate'])
    expect(cacheControl('booking page')).toEqual([expect.stringMatching(/^private\b.*\bno-store\b/)])
    for (const asset of ['site script', 'site style', 'admin script']) expect(cacheControl(asset), asset).toEqual(['public, max-age=31536000, immutable'])
    expect(cacheControl('admin sign-in page')).toEqual([expect.stringMatching(/^private\b.*\bno-store\b/)])
    expect(cacheControl('nginx 429')).toEqual(['no-store'])
  } finally {
    await site.dispose()
    await admin.dispose()
  }
})

test('text answers are compressed as the browser asks (br or gzip) and say that they vary by it', async () => {
  const site = await siteVisitor('en')
  const admin = await adminClient()
  try {
    const { stable } = await sampleTreatments(cmsPublic)
    const { script, style } = assetsOf(await (await site.get(staticPages.home.en)).text())
    const adminScript = assetsOf(await (await admin.get('/admin/login')).text()).script
    const siteAnswers = [staticPages.home.en, treatmentPath('en', stable.en.slug), staticPages.appointment.en, script, style, '/sitemap.xml']
    const adminAnswers = ['/admin/login', adminScript, '/api/treatments?limit=5']
    for (const encoding of ['br', 'gzip']) {
      const asked = { 'Accept-Encoding': encoding }
      const answers: Answer[] = []
      for (const path of siteAnswers) answers.push(await fromPlaywright(`site ${path}`, await site.get(path, { headers: asked })))
      for (const path of adminAnswers) answers.push(await fromPlaywright(`admin ${path}`, await admin.get(path, { headers: asked })))
      for (const { what, headers } of answers) {
        expect(headerValues(headers, 'content-encoding'), `${what} asked for ${encoding}`).toEqual([encoding])
        const varies = headerValues(headers, 'vary').flatMap((value) => value.split(',').map((name) => name.trim().toLowerCase()))
        expect(varies, `${what}: Vary`).toContain('accept-encoding')
      }
    }
  } finally {
    await site.dispose()
    await admin.dispose()
  }
})

test('plain http answers with a permanent redirect to the same address over https', async () => {
  const visitor = await siteVisitor('tr')
  try {
    const site = await visitor.get(`${SITE_HTTP_URL}/tr`, { maxRedirects: 0 })
    expect(site.status()).toBe(301)
    expect(site.headers().location).toBe(`${SITE_URL}/tr`)
    const adminAnswer = await visitor.get(`http://127.0.0.1:${ports.http}/admin/login?next=x`, { maxRedirects: 0 })
    expect(adminAnswer.status()).toBe(301)
    expect(adminAnswer.headers().location).toBe(`${ADMIN_URL}/admin/login?next=x`)
  } finally {
    await visitor.dispose()
  }
})

test('a request for a hostname nginx does not serve gets no answer at all', async () => {
  /** The error the connection ends with, or the status if anything answered. */
  const outcome = (servername: string | undefined, host: string) =>
    new Promise<string>((resolve) => {
      https
        .request(
          { host: '127.0.0.1', port: ports.https, servername, headers: { Host: host }, rejectUnauthorized: false, agent: false, timeout: 10_000 },
          (response) => {
            response.resume()
            resolve(`answered ${response.statusCode}`)
          },
        )
        .on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message))
        .on('timeout', function (this: import('node:http').ClientRequest) {
          this.destroy(new Error('no answer in 10 s'))
        })
        .end()
    })
  expect(await outcome('unknown.example', `unknown.example:${ports.https}`)).toBe('ECONNRESET')
  // The site's name in the handshake does not open the site to another Host.
  expect(await outcome('localhost', `unknown.example:${ports.https}`)).toBe('ECONNRESET')
  // What the two servers answer, for comparison.
  expect(await outcome('localhost', `localhost:${ports.https}`)).toMatch(/^answered /)
  expect(await outcome(undefined, `127.0.0.1:${ports.https}`)).toMatch(/^answered /)
})
