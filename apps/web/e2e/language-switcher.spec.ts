/**
 * The language switcher lands on the same content in the other language (the treatment's
 * slug differs per language), and on the nearest existing page when there is no
 * translation — never on a 404.
 */
import { expect, test, type Page } from './test'

import { cmsAsEditor, fetchPage, sampleTreatments, staticPages, strings, treatmentPath, unique, type Locale } from './helpers'

const switcherLink = (page: Page, from: Locale, to: Locale) =>
  page.getByRole('navigation', { name: strings[from].languageNav, exact: true }).locator(`a[hreflang="${to}"]`)

async function switchLanguage(page: Page, from: Locale, to: Locale) {
  const link = switcherLink(page, from, to)
  await expect(link).toHaveCount(1)
  await Promise.all([page.waitForURL((url) => url.pathname.startsWith(`/${to}`)), link.click()])
  await expect(page.locator('html')).toHaveAttribute('lang', to)
}

test('treatment page: TR → EN → TR keeps the same treatment', async ({ page }) => {
  const { stable } = await sampleTreatments()
  expect(stable.tr.slug).not.toBe(stable.en.slug) // the point of the test: slugs differ per language

  const trPath = treatmentPath('tr', stable.tr.slug)
  const enPath = treatmentPath('en', stable.en.slug)
  expect((await page.goto(trPath))?.status()).toBe(200)
  await expect(page.locator('h1')).toHaveText(stable.tr.title)

  await switchLanguage(page, 'tr', 'en')
  expect(new URL(page.url()).pathname).toBe(enPath)
  await expect(page.locator('h1')).toHaveText(stable.en.title)

  await switchLanguage(page, 'en', 'tr')
  expect(new URL(page.url()).pathname).toBe(trPath)
  await expect(page.locator('h1')).toHaveText(stable.tr.title)
})

test('FAQ page: TR → EN → TR', async ({ page }) => {
  expect((await page.goto(staticPages.faq.tr))?.status()).toBe(200)
  await switchLanguage(page, 'tr', 'en')
  expect(new URL(page.url()).pathname).toBe(staticPages.faq.en)
  await expect(page.locator('h1')).toHaveText(strings.en.headings.faq)

  await switchLanguage(page, 'en', 'tr')
  expect(new URL(page.url()).pathname).toBe(staticPages.faq.tr)
  await expect(page.locator('h1')).toHaveText(strings.tr.headings.faq)
})

test('every static page links to its counterpart in the other language', async ({ page }) => {
  for (const paths of Object.values(staticPages)) {
    for (const [from, to] of [
      ['tr', 'en'],
      ['en', 'tr'],
    ] as const) {
      await page.goto(paths[from])
      await expect(switcherLink(page, from, to), paths[from]).toHaveAttribute('href', paths[to])
    }
  }
})

test('a treatment published only in Turkish: its EN link goes to the English treatments list, never a 404', async ({ page }) => {
  const title = `${unique('Yalnız Türkçe')} Çilek İğnesi`
  const created = await cmsAsEditor<{ doc: { id: string | number; slug: string; title: string } }>('POST', '/treatments?locale=tr', {
    title,
    summary: 'Yalnızca Türkçe yayımlanmış bir deneme tedavisi.',
    _status: 'published',
  })
  const { id, slug } = created.doc
  try {
    expect(slug).toMatch(/^[a-z0-9-]+$/)
    const trPath = treatmentPath('tr', slug)
    expect((await page.goto(trPath))?.status()).toBe(200)
    await expect(page.locator('h1')).toHaveText(title)

    const enLink = switcherLink(page, 'tr', 'en')
    await expect(enLink).toHaveAttribute('href', staticPages.treatments.en)
    // No English alternate is announced for a page that has no English version.
    await expect(page.locator('head link[rel="alternate"][hreflang="en"]')).toHaveCount(0)
    await expect(page.locator('head link[rel="alternate"][hreflang="tr"]')).toHaveAttribute('href', `http://localhost:3200${trPath}`)

    const [response] = await Promise.all([page.waitForResponse((res) => new URL(res.url()).pathname === staticPages.treatments.en), enLink.click()])
    expect(response.status()).toBe(200)
    await page.waitForURL((url) => url.pathname === staticPages.treatments.en)
    await expect(page.locator('h1')).toHaveText(strings.en.headings.treatments)
    // The English list does not show the Turkish-only treatment (no fallback to Turkish).
    await expect(page.locator('main')).not.toContainText(title)

    // Its Turkish slug under the English prefix is not a page either.
    expect((await fetchPage(treatmentPath('en', slug))).status).toBe(404)
  } finally {
    await cmsAsEditor('DELETE', `/treatments/${id}`)
  }
})
