/**
 * What search engines read: reciprocal hreflang with x-default and a self canonical,
 * structured data in the page's language, the sitemap with language alternates, robots.txt.
 */
import { expect, test, type Page } from './test'

import { fetchPage, locales, publishedTreatmentSlugs, sampleTreatments, staticPages, treatmentPath, WEB_URL, type Locale } from './helpers'

type HeadLinks = { canonical: string[]; alternates: Record<string, string[]> }

async function headLinks(page: Page, path: string): Promise<HeadLinks> {
  const response = await page.goto(path)
  expect(response?.status(), path).toBe(200)
  return page.evaluate(() => {
    const canonical = [...document.head.querySelectorAll('link[rel="canonical"]')].map((link) => link.getAttribute('href') ?? '')
    const alternates: Record<string, string[]> = {}
    for (const link of document.head.querySelectorAll('link[rel="alternate"][hreflang]')) {
      const lang = link.getAttribute('hreflang')!
      ;(alternates[lang] ??= []).push(link.getAttribute('href') ?? '')
    }
    return { canonical, alternates }
  })
}

async function pairs(): Promise<[string, Record<Locale, string>][]> {
  const { stable } = await sampleTreatments()
  return [
    ['home', staticPages.home],
    ['treatment', { tr: treatmentPath('tr', stable.tr.slug), en: treatmentPath('en', stable.en.slug) }],
    ['faq', staticPages.faq],
  ]
}

test('hreflang pairs are reciprocal, with x-default and a self canonical', async ({ page }) => {
  for (const [name, paths] of await pairs()) {
    const links = { tr: await headLinks(page, paths.tr), en: await headLinks(page, paths.en) }
    for (const locale of locales) {
      const own = links[locale]
      const where = `${name} (${locale}, ${paths[locale]})`
      expect(own.canonical, `${where}: one canonical, the page's own absolute URL`).toEqual([`${WEB_URL}${paths[locale]}`])
      for (const lang of [...locales, 'x-default']) expect(own.alternates[lang], `${where}: one hreflang="${lang}"`).toHaveLength(1)
      expect(Object.keys(own.alternates).sort(), `${where}: only tr, en and x-default`).toEqual(['en', 'tr', 'x-default'])
      // Every alternate points at that language's page, which names itself canonical.
      for (const lang of locales) expect(own.alternates[lang][0], `${where}: hreflang="${lang}"`).toBe(links[lang].canonical[0])
      expect(own.alternates['x-default'][0], `${where}: x-default is the Turkish page`).toBe(links.tr.canonical[0])
    }
  }
})

/** A JSON-LD block as the tests read it: any nesting of objects, lists and values. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- schema.org graphs are read by property name, any shape
type JsonLdBlock = Record<string, any>

async function jsonLd(page: Page, path: string) {
  const response = await page.goto(path)
  expect(response?.status(), path).toBe(200)
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents()
  expect(blocks.length, `${path}: JSON-LD blocks`).toBeGreaterThan(0)
  return blocks.map((text) => JSON.parse(text) as JsonLdBlock)
}

for (const locale of locales) {
  test.describe(`structured data in ${locale}`, () => {
    test('home: MedicalClinic', async ({ page }) => {
      const blocks = await jsonLd(page, staticPages.home[locale])
      const clinic = blocks.find((block) => block['@type'] === 'MedicalClinic')
      expect(clinic, JSON.stringify(blocks)).toBeTruthy()
      expect(clinic!['@context']).toBe('https://schema.org')
      expect(clinic!.inLanguage).toBe(locale)
      expect(clinic!.name).toBeTruthy()
      expect(clinic!.url).toBe(`${WEB_URL}${staticPages.home[locale]}`)
    })

    test('treatment: MedicalWebPage about a MedicalProcedure', async ({ page }) => {
      const { stable } = await sampleTreatments()
      const path = treatmentPath(locale, stable[locale].slug)
      const blocks = await jsonLd(page, path)
      const webPage = blocks.find((block) => block['@type'] === 'MedicalWebPage')
      expect(webPage, JSON.stringify(blocks)).toBeTruthy()
      expect(webPage!.inLanguage).toBe(locale)
      expect(webPage!.url).toBe(`${WEB_URL}${path}`)
      expect(webPage!.about?.['@type']).toBe('MedicalProcedure')
      expect(webPage!.about?.name).toBe(stable[locale].title)
      await expect(page.locator('h1')).toHaveText(webPage!.about.name)
    })

    test('FAQ: FAQPage with every question the page shows', async ({ page }) => {
      const blocks = await jsonLd(page, staticPages.faq[locale])
      const faqPage = blocks.find((block) => block['@type'] === 'FAQPage')
      expect(faqPage, JSON.stringify(blocks)).toBeTruthy()
      expect(faqPage!.inLanguage).toBe(locale)
      const questions = (faqPage!.mainEntity as { '@type': string; name: string; acceptedAnswer: { '@type': string; text: string } }[]) ?? []
      const shown = await page.locator('main details summary').allTextContents()
      expect(shown.length).toBeGreaterThan(0)
      expect(questions).toHaveLength(shown.length)
      expect(questions.map((question) => question.name).sort()).toEqual(shown.map((text) => text.trim()).sort())
      for (const question of questions) {
        expect(question['@type']).toBe('Question')
        expect(question.acceptedAnswer['@type']).toBe('Answer')
        expect(question.acceptedAnswer.text).toBeTruthy()
      }
    })
  })
}

test('the sitemap lists every published treatment in both languages with alternates', async () => {
  const { status, html: xml } = await fetchPage('/sitemap.xml')
  expect(status).toBe(200)
  expect(xml).toMatch(/xmlns:xhtml="http:\/\/www\.w3\.org\/1999\/xhtml"/)
  const entries = [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map(([, body]) => ({
    loc: /<loc>([^<]*)<\/loc>/.exec(body)?.[1] ?? '',
    alternates: Object.fromEntries(
      [...body.matchAll(/<xhtml:link\s+rel="alternate"\s+hreflang="([^"]+)"\s+href="([^"]+)"\s*\/>/g)].map(([, lang, href]) => [lang, href]),
    ),
  }))
  const byLoc = new Map(entries.map((entry) => [entry.loc, entry]))

  for (const paths of Object.values(staticPages)) {
    for (const locale of locales) {
      const entry = byLoc.get(`${WEB_URL}${paths[locale]}`)
      expect(entry, `static page ${paths[locale]}`).toBeTruthy()
      expect(entry!.alternates).toEqual({ tr: `${WEB_URL}${paths.tr}`, en: `${WEB_URL}${paths.en}` })
    }
  }

  const treatments = await publishedTreatmentSlugs()
  expect(treatments.length).toBeGreaterThanOrEqual(2)
  let expected = 0
  for (const { id, slugs } of treatments) {
    const urls = Object.fromEntries(Object.entries(slugs).map(([locale, slug]) => [locale, `${WEB_URL}${treatmentPath(locale as Locale, slug!)}`]))
    for (const url of Object.values(urls)) {
      expected += 1
      const entry = byLoc.get(url)
      expect(entry, `treatment ${id}: ${url}`).toBeTruthy()
      expect(entry!.alternates, `treatment ${id}: alternates of ${url}`).toEqual(urls)
    }
  }
  const treatmentEntries = entries.filter((entry) => /\/(tr\/tedaviler|en\/treatments)\/[^/]+$/.test(entry.loc))
  expect(treatmentEntries, 'no treatment URL beyond the published ones').toHaveLength(expected)
  // Nothing but this site's absolute URLs.
  for (const entry of entries) expect(entry.loc.startsWith(`${WEB_URL}/`), entry.loc).toBe(true)
})

test('robots.txt points to the sitemap', async () => {
  const { status, html: robots } = await fetchPage('/robots.txt')
  expect(status).toBe(200)
  const sitemapLines = robots.split('\n').filter((line) => /^sitemap:/i.test(line.trim()))
  expect(sitemapLines.map((line) => line.replace(/^sitemap:\s*/i, '').trim())).toEqual([`${WEB_URL}/sitemap.xml`])
  expect(robots).toMatch(/User-Agent:\s*\*/i)
  expect(robots).not.toMatch(/^Disallow:\s*\/\s*$/m) // the site itself is not blocked
  expect((await fetchPage('/sitemap.xml')).status).toBe(200)
})
