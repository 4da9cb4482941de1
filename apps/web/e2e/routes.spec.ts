/**
 * Every route answers in its language: status 200, <html lang>, an h1 and the localized
 * main menu; unknown paths get the localized not-found page with status 404; the bare
 * domain picks the language from Accept-Language.
 */
import { expect, test } from './test'
import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'

import { fetchPage, locales, missingPaths, other, sampleTreatments, staticPages, strings, treatmentPath, type Locale } from './helpers'

const headingOf: Partial<Record<keyof typeof staticPages, keyof (typeof strings)['tr']['headings']>> = {
  treatments: 'treatments',
  faq: 'faq',
  contraindications: 'contraindications',
  appointment: 'appointment',
  privacy: 'privacy',
}

for (const locale of locales) {
  test.describe(`in ${locale}`, () => {
    for (const [name, paths] of Object.entries(staticPages) as [keyof typeof staticPages, Record<Locale, string>][]) {
      test(`${name} page ${paths[locale]} answers 200 in its language`, async ({ page }) => {
        const response = await page.goto(paths[locale])
        expect(response?.status()).toBe(200)
        expect(new URL(page.url()).pathname).toBe(paths[locale])
        await expectLocalizedPage(page, locale)
        const heading = headingOf[name]
        if (heading) await expect(page.locator('h1')).toHaveText(strings[locale].headings[heading])
      })
    }

    test('a treatment page answers 200 in its language with the CMS title', async ({ page }) => {
      const { stable } = await sampleTreatments()
      const response = await page.goto(treatmentPath(locale, stable[locale].slug))
      expect(response?.status()).toBe(200)
      await expectLocalizedPage(page, locale)
      await expect(page.locator('h1')).toHaveText(stable[locale].title)
    })

    test('an unknown path answers 404 with the localized not-found page', async ({ page }) => {
      const { stable } = await sampleTreatments()
      // A plain unknown path, and a treatment slug that exists only in the other language.
      for (const path of [
        missingPaths[locale],
        treatmentPath(locale, stable[other(locale)].slug === stable[locale].slug ? 'no-such-treatment' : stable[other(locale)].slug),
      ]) {
        const response = await page.goto(path)
        expect(response?.status(), path).toBe(404)
        await expect(page.locator('html')).toHaveAttribute('lang', locale)
        await expect(page.locator('h1')).toHaveText(strings[locale].notFound)
        await expect(page.locator('h1')).not.toHaveText(strings[other(locale)].notFound)
      }
    })
  })
}

test('an address with a file extension that is no file here answers the localized 404, never a 500', async ({ page }) => {
  for (const [path, locale] of [
    ['/favicon.ico', 'tr'],
    ['/wp-login.php', 'tr'],
    ['/en/old-page.html', 'en'],
  ] as const) {
    const response = await page.goto(path)
    expect(response?.status(), path).toBe(404)
    await expect(page.locator('html')).toHaveAttribute('lang', locale)
    await expect(page.locator('h1')).toHaveText(strings[locale].notFound)
  }
})

test('/ redirects by Accept-Language', async () => {
  const cases: [string | undefined, string][] = [
    ['en', '/en'],
    ['en-GB,en;q=0.9', '/en'],
    ['tr', '/tr'],
    ['tr-TR,tr;q=0.9,en;q=0.5', '/tr'],
    [undefined, '/tr'],
    ['de', '/tr'],
  ]
  for (const [language, target] of cases) {
    const headers: Record<string, string> = language ? { 'Accept-Language': language } : {}
    const { status, location } = await fetchPage('/', { headers })
    expect([301, 302, 303, 307, 308], `Accept-Language: ${language}`).toContain(status)
    expect(new URL(location!, 'http://localhost:3200').pathname, `Accept-Language: ${language}`).toBe(target)
  }
})

test('/ in a browser with an English Accept-Language lands on /en', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'en-US', extraHTTPHeaders: { 'Accept-Language': 'en-US,en;q=0.9' } })
  const page = await context.newPage()
  const response = await page.goto('/')
  expect(response?.status()).toBe(200)
  expect(new URL(page.url()).pathname).toBe('/en')
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await context.close()
})

async function expectLocalizedPage(page: import('@playwright/test').Page, locale: Locale) {
  await expect(page.locator('html')).toHaveAttribute('lang', locale)
  await expect(page.locator('h1')).toHaveCount(1)
  await expect(page.locator('h1')).not.toBeEmpty()
  const mainNav = page.getByRole('navigation', { name: strings[locale].mainNav, exact: true })
  await expect(mainNav.getByRole('link', { name: strings[locale].navTreatments, exact: true })).toHaveCount(1)
  await expect(mainNav.getByRole('link', { name: strings[locale].navFaq, exact: true })).toHaveCount(1)
  // And not the other language's menu.
  await expect(page.getByRole('navigation', { name: strings[other(locale)].mainNav, exact: true })).toHaveCount(0)
  await expect(page.getByRole('navigation', { name: strings[locale].languageNav, exact: true }).locator(`a[hreflang="${other(locale)}"]`)).toHaveCount(1)
}

test('made-up treatment slugs answer 404 and leave nothing in the site’s cache on disk', async ({ request }) => {
  const cacheDir = path.resolve(import.meta.dirname, '..', '.next', 'server', 'app')
  const files = () => (existsSync(cacheDir) ? readdirSync(cacheDir, { recursive: true }).length : 0)
  // Warm up: the not-found page itself may be compiled and kept once.
  await request.get(treatmentPath('tr', 'isinma-turu'))
  const before = files()
  for (let index = 0; index < 40; index += 1) {
    const locale = index % 2 ? 'en' : 'tr'
    const response = await request.get(treatmentPath(locale, `crawler-${Date.now().toString(36)}-${index}`), { maxRedirects: 0 })
    expect(response.status()).toBe(404)
    expect(await response.text()).toContain(strings[locale].notFound)
  }
  expect(files() - before).toBe(0)
})
