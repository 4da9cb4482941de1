/**
 * axe-core finds no WCAG 2.2 AA violations on any page type, in either language, at phone
 * size. A failure lists each violation with its rule, the elements and axe's advice.
 */
import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'

import { locales, missingPaths, sampleTreatments, staticPages, treatmentPath, type Locale } from './helpers'

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

const pageTypes: { name: string; path: (locale: Locale) => Promise<string>; status: number }[] = [
  ...Object.entries(staticPages).map(([name, paths]) => ({ name, path: async (locale: Locale) => paths[locale], status: 200 })),
  { name: 'treatment', path: async (locale) => treatmentPath(locale, (await sampleTreatments()).stable[locale].slug), status: 200 },
  { name: 'not-found', path: async (locale) => missingPaths[locale], status: 404 },
]

for (const locale of locales) {
  for (const { name, path, status } of pageTypes) {
    test(`${name} (${locale}) has no axe violations at 390×844`, async ({ page }) => {
      const url = await path(locale)
      const response = await page.goto(url)
      expect(response?.status()).toBe(status)
      // After hydration: the menu button exists only then.
      await expect(page.locator('.mobile-menu[data-enhanced]')).toHaveCount(1)
      const results = await new AxeBuilder({ page }).withTags(tags).analyze()
      const report = results.violations.map(
        (violation) =>
          `${violation.id} (${violation.impact}): ${violation.help}\n` +
          violation.nodes.map((node) => `    ${node.target.join(' ')}\n      ${node.failureSummary?.replace(/\n/g, '\n      ')}`).join('\n'),
      )
      expect(report, `axe violations on ${url}:\n${report.join('\n')}`).toEqual([])
    })
  }
}
