/**
 * What both apps tell the browser about themselves: a content security policy on every answer
 * (a fixed one on cached pages, a fresh nonce on pages rendered per visitor and in the admin),
 * no framing, no sniffing, no referrer beyond the origin, no powerful features.
 */
import { CMS_URL, sampleTreatments, staticPages, treatmentPath, WEB_URL } from './helpers'
import { expect, test } from './test'

const directive = (policy: string, name: string) =>
  policy
    .split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${name} `)) ?? ''

function expectStaticHeaders(headers: Record<string, string>) {
  expect(headers['x-content-type-options']).toBe('nosniff')
  expect(headers['x-frame-options']).toBe('DENY')
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
  expect(headers['permissions-policy']).toContain('camera=()')
  expect(directive(headers['content-security-policy'] ?? '', 'frame-ancestors')).toBe("frame-ancestors 'none'")
  // Served over http here: no HSTS (it would pin localhost to https).
  expect(headers['strict-transport-security']).toBeUndefined()
}

test('a cached reading page carries the fixed policy', async ({ request }) => {
  const { stable } = await sampleTreatments()
  for (const path of [staticPages.home.tr, treatmentPath('en', stable.en.slug), staticPages.faq.en]) {
    const response = await request.get(`${WEB_URL}${path}`)
    expect(response.status(), path).toBe(200)
    const headers = response.headers()
    expectStaticHeaders(headers)
    expect(directive(headers['content-security-policy'], 'script-src')).toBe("script-src 'self' 'unsafe-inline'")
    expect(directive(headers['content-security-policy'], 'img-src')).toContain(new URL(CMS_URL).origin)
  }
})

test('the booking page gets a fresh nonce on each visit, and its scripts carry it', async ({ page }) => {
  const nonces: string[] = []
  for (const visit of [1, 2]) {
    const response = await page.goto(staticPages.appointment.tr)
    const scriptSources = directive((await response!.allHeaders())['content-security-policy'], 'script-src')
    const nonce = /'nonce-([^']+)'/.exec(scriptSources)?.[1]
    expect(nonce, `visit ${visit}`).toBeTruthy()
    expect(scriptSources).toContain("'strict-dynamic'")
    expect(scriptSources).not.toContain("'unsafe-inline'")
    nonces.push(nonce!)
    // Every script the server wrote carries it (scripts those load later need none: 'strict-dynamic').
    const written = [...(await response!.text()).matchAll(/<script\b[^>]*>/g)].map(([tag]) => tag).filter((tag) => !tag.includes('application/ld+json'))
    expect(written.length).toBeGreaterThan(0)
    for (const tag of written) expect(tag).toContain(`nonce="${nonce}"`)
  }
  expect(nonces[0]).not.toBe(nonces[1])
  // The form still works under the policy: the client rule loads and answers on blur.
  await page
    .getByLabel(/Ad soyad/)
    .first()
    .focus()
})

test('API answers of both apps load nothing and are framed by nobody', async ({ request }) => {
  for (const url of [`${WEB_URL}/api/revalidate`, `${WEB_URL}/sitemap.xml`, `${CMS_URL}/api/treatments?limit=1`]) {
    const response = await request.get(url)
    expect(response.status(), url).toBeLessThan(500)
    const headers = response.headers()
    expectStaticHeaders(headers)
    expect(directive(headers['content-security-policy'], 'default-src')).toBe("default-src 'none'")
  }
})

test('the admin is served with a nonce policy', async ({ request }) => {
  const response = await request.get(`${CMS_URL}/admin/login`)
  expect(response.status()).toBe(200)
  const headers = response.headers()
  expectStaticHeaders(headers)
  const scriptSources = directive(headers['content-security-policy'], 'script-src')
  const nonce = /'nonce-([^']+)'/.exec(scriptSources)?.[1]
  expect(nonce).toBeTruthy()
  expect(await response.text()).toContain(`nonce="${nonce}"`)
})

test('a page that breaks its policy fails the test that opened it (the watcher in e2e/test.ts)', async ({ page }) => {
  // Expected to fail: the watcher's check after the test fails it. Were the watcher blind, this
  // test would pass, and Playwright reports an unexpected pass as a failure.
  test.fail()
  await page.setContent(`<meta http-equiv="Content-Security-Policy" content="script-src 'none'"><script>document.title = 'ran'</script>`)
  await expect(page).not.toHaveTitle('ran')
})
