/**
 * Full-page screenshots at phone size (390×844) of every page type in both languages, for
 * people to look at: test-results/screenshots/<page>-<locale>.png. Each page must also fit
 * the phone's width (no sideways scrolling) and have its images loaded.
 */
import { mkdirSync } from 'node:fs'
import path from 'node:path'

import { expect, test } from './test'

import { locales, missingPaths, sampleTreatments, staticPages, treatmentPath, type Locale } from './helpers'

const width = 390
test.use({ viewport: { width, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 })

const folder = path.resolve(import.meta.dirname, '..', 'test-results', 'screenshots')
mkdirSync(folder, { recursive: true })

const pageTypes: { name: string; path: (locale: Locale) => Promise<string> }[] = [
  ...Object.entries(staticPages).map(([name, paths]) => ({ name, path: async (locale: Locale) => paths[locale] })),
  { name: 'treatment', path: async (locale) => treatmentPath(locale, (await sampleTreatments()).stable[locale].slug) },
  { name: 'not-found', path: async (locale) => missingPaths[locale] },
]

for (const locale of locales) {
  for (const { name, path: pathOf } of pageTypes) {
    test(`${name}-${locale}.png`, async ({ page }) => {
      const url = await pathOf(locale)
      const response = await page.goto(url)
      expect(response?.status()).toBe(name === 'not-found' ? 404 : 200)
      await expect(page.locator('.mobile-menu[data-enhanced]')).toHaveCount(1)
      // Load lazy images, then wait for images and fonts.
      await page.evaluate(async () => {
        for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight) {
          window.scrollTo(0, y)
          await new Promise((resolve) => setTimeout(resolve, 50))
        }
        window.scrollTo(0, 0)
        await document.fonts.ready
      })
      await expect.poll(() => page.evaluate(() => [...document.images].filter((image) => !image.complete).length), { message: 'images still loading' }).toBe(0)
      const broken = await page.evaluate(() => [...document.images].filter((image) => image.naturalWidth === 0).map((image) => image.currentSrc || image.src))
      expect(broken, 'images that failed to load').toEqual([])

      const overflow = await page.evaluate(
        (viewport) =>
          [...document.querySelectorAll('body *')]
            .filter((element) => {
              const box = element.getBoundingClientRect()
              return box.width > 0 && (box.right > viewport + 1 || box.left < -1) && getComputedStyle(element).position !== 'fixed'
            })
            .filter((element) => !element.closest('.skip-link'))
            .slice(0, 5)
            .map((element) => `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).split(' ').join('.')}` : ''}`),
        width,
      )
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth),
        `page wider than the phone; overflowing: ${overflow.join(', ')}`,
      ).toBeLessThanOrEqual(width)

      await page.screenshot({ path: path.join(folder, `${name}-${locale}.png`), fullPage: true })
    })
  }
}
