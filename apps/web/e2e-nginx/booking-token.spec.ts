/**
 * The booking page carries a signed token per render (the CMS's idempotency key and the time the
 * form was shown): through nginx each visitor gets a page rendered for them, never one from the
 * micro-cache, and the site's "private, no-store" reaches the browser.
 */
import { locales, staticPages } from '../e2e/helpers'
import { expect, test } from '../e2e/test'
import { browserLocale, siteVisitor } from './helpers'

const formTokenIn = (html: string) =>
  /<input[^>]*name="formToken"[^>]*value="([^"]+)"/.exec(html)?.[1] ?? /<input[^>]*value="([^"]+)"[^>]*name="formToken"/.exec(html)?.[1]

for (const locale of locales) {
  test(`${locale}: two visitors loading the booking page at once get their own form token, never a cached page`, async ({ browser }) => {
    const path = staticPages.appointment[locale]
    const visitors = await Promise.all([browser.newContext({ locale: browserLocale[locale] }), browser.newContext({ locale: browserLocale[locale] })])
    const plain = await siteVisitor(locale)
    const tokens: string[] = []
    const answers: { cacheControl: string; cache: string }[] = []
    try {
      const pages = await Promise.all(visitors.map((visitor) => visitor.newPage()))
      // Within the cache's second, several times: a stored page would come back as a HIT with the same token.
      for (let round = 0; round < 3; round += 1) {
        for (const page of pages) {
          const response = await page.goto(path)
          expect(response?.status()).toBe(200)
          const token = await page.locator('input[name="formToken"]').inputValue()
          expect(formTokenIn(await response!.text())).toBe(token)
          tokens.push(token)
          answers.push({ cacheControl: response!.headers()['cache-control'] ?? '', cache: response!.headers()['x-cache'] ?? '' })
        }
        const fetched = await plain.get(path)
        expect(fetched.status()).toBe(200)
        tokens.push(formTokenIn(await fetched.text()) ?? 'no token')
        answers.push({ cacheControl: fetched.headers()['cache-control'] ?? '', cache: fetched.headers()['x-cache'] ?? '' })
      }
    } finally {
      await Promise.all(visitors.map((visitor) => visitor.close()))
      await plain.dispose()
    }
    expect(tokens).toHaveLength(9)
    expect(tokens).not.toContain('no token')
    expect(new Set(tokens).size, 'every render has its own token').toBe(tokens.length)
    for (const { cacheControl, cache } of answers) {
      expect(cacheControl).toMatch(/\bprivate\b/)
      expect(cacheControl).toMatch(/\bno-store\b/)
      // Looked up, not found, and not stored: never HIT, nor a stale copy (UPDATING, STALE, EXPIRED).
      expect(cache).toBe('MISS')
    }
  })
}
