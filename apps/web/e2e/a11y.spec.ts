/**
 * axe-core finds no WCAG 2.2 AA violations on any page type, in either language, at phone
 * size. A failure lists each violation with its rule, the elements and axe's advice.
 */
import AxeBuilder from '@axe-core/playwright'
import { expect, test } from './test'

import { createHmac } from 'node:crypto'

import { signToken } from '@klinik/signing/token'

import { e2eState, locales, missingPaths, sampleTreatments, staticPages, treatmentPath, type Locale } from './helpers'

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

const pageTypes: { name: string; path: (locale: Locale) => Promise<string>; status: number }[] = [
  ...Object.entries(staticPages).map(([name, paths]) => ({ name, path: async (locale: Locale) => paths[locale], status: 200 })),
  { name: 'treatment', path: async (locale) => treatmentPath(locale, (await sampleTreatments()).stable[locale].slug), status: 200 },
  { name: 'not-found', path: async (locale) => missingPaths[locale], status: 404 },
]

async function expectNoViolations(page: import('@playwright/test').Page) {
  const results = await new AxeBuilder({ page }).withTags(tags).analyze()
  const report = results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help}\n` +
      violation.nodes.map((node) => `    ${node.target.join(' ')}\n      ${node.failureSummary?.replace(/\n/g, '\n      ')}`).join('\n'),
  )
  expect(report, `axe violations on ${page.url()}:\n${report.join('\n')}`).toEqual([])
}

/** A confirmation page link as the booking action signs it (apps/web/src/lib/bookingFormToken.ts). */
function receiptPath(locale: Locale, reference: string) {
  const key = createHmac('sha256', String(e2eState().cms.env.INTAKE_SECRET)).update('klinik booking form tokens').digest('base64url')
  const receipt = signToken({ reference }, key, 600)
  return `${locale === 'tr' ? '/tr/randevu/alindi' : '/en/appointment/received'}?r=${encodeURIComponent(receipt)}`
}

for (const locale of locales) {
  test(`the booking form showing its errors (${locale}) has no axe violations at 390×844`, async ({ page }) => {
    await page.goto(staticPages.appointment[locale])
    await expect(page.locator('.mobile-menu[data-enhanced]')).toHaveCount(1)
    // The rule loads after the page: leaving the empty name field shows its error once it has.
    const name = page.locator('#booking-fullName')
    await expect(async () => {
      await name.focus()
      await page.keyboard.press('Tab')
      await expect(page.locator('#booking-fullName-error')).toBeVisible({ timeout: 1000 })
    }).toPass({ timeout: 15_000 })
    await page.locator('.booking-form__submit').click()
    await expect(page.locator('#booking-consent-error')).toBeVisible()
    await expectNoViolations(page)
  })

  test(`request received (${locale}) has no axe violations at 390×844`, async ({ page }) => {
    await page.goto(receiptPath(locale, 'KL-7K3Q9'))
    await expect(page.getByTestId('booking-reference')).toHaveText('KL-7K3Q9')
    await expect(page.locator('.mobile-menu[data-enhanced]')).toHaveCount(1)
    await expectNoViolations(page)
  })

  for (const { name, path, status } of pageTypes) {
    test(`${name} (${locale}) has no axe violations at 390×844`, async ({ page }) => {
      const url = await path(locale)
      const response = await page.goto(url)
      expect(response?.status()).toBe(status)
      // After hydration: the menu button exists only then.
      await expect(page.locator('.mobile-menu[data-enhanced]')).toHaveCount(1)
      await expectNoViolations(page)
    })
  }
}
