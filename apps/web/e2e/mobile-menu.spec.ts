/**
 * On a phone the main menu sits behind a "Menü"/"Menu" button that opens and closes it
 * (Escape too); without JavaScript the links are simply shown.
 */
import { expect, test, type Page } from './test'

import { locales, staticPages, strings, type Locale } from './helpers'

const phone = { width: 390, height: 844 }

const navLinks = (page: Page, locale: Locale) => page.locator(`nav[aria-label="${strings[locale].mainNav}"] a`)

for (const locale of locales) {
  test.describe(`in ${locale}`, () => {
    test.use({ viewport: phone, isMobile: true, hasTouch: true })

    test('the menu button opens and closes the main menu; Escape closes it', async ({ page }) => {
      await page.goto(staticPages.home[locale])
      const button = page.getByRole('button', { name: strings[locale].menu, exact: true })
      await expect(button).toBeVisible()
      await expect(button).toHaveAttribute('aria-expanded', 'false')
      const links = navLinks(page, locale)
      await expect(links).toHaveCount(4)
      for (const link of await links.all()) await expect(link).toBeHidden()
      // The button controls the panel that holds the menu.
      const panelId = await button.getAttribute('aria-controls')
      expect(panelId).toBeTruthy()
      await expect(page.locator(`[id="${panelId}"] nav[aria-label="${strings[locale].mainNav}"]`)).toHaveCount(1)

      await button.click()
      const closeButton = page.getByRole('button', { name: strings[locale].closeMenu, exact: true })
      await expect(closeButton).toHaveAttribute('aria-expanded', 'true')
      for (const link of await links.all()) await expect(link).toBeVisible()
      await expect(
        page.getByRole('navigation', { name: strings[locale].mainNav, exact: true }).getByRole('link', { name: strings[locale].navTreatments, exact: true }),
      ).toBeVisible()

      await page.keyboard.press('Escape')
      await expect(button).toHaveAttribute('aria-expanded', 'false')
      await expect(button).toHaveText(strings[locale].menu)
      for (const link of await links.all()) await expect(link).toBeHidden()

      // The button toggles, too, and a menu link works.
      await button.click()
      await expect(closeButton).toHaveAttribute('aria-expanded', 'true')
      await closeButton.click()
      await expect(button).toHaveAttribute('aria-expanded', 'false')
      await button.click()
      await Promise.all([page.waitForURL((url) => url.pathname === staticPages.treatments[locale]), links.first().click()])
      await expect(page.locator('h1')).toHaveText(strings[locale].headings.treatments)
    })

    test('without JavaScript the links are shown and there is no menu button', async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false, viewport: phone, isMobile: true, hasTouch: true })
      const page = await context.newPage()
      await page.goto(staticPages.home[locale])
      const links = navLinks(page, locale)
      await expect(links).toHaveCount(4)
      for (const link of await links.all()) await expect(link).toBeVisible()
      await expect(page.locator('.mobile-menu__toggle')).toHaveCount(0)
      await expect(page.getByRole('button', { name: strings[locale].menu, exact: true })).toHaveCount(0)
      await context.close()
    })
  })
}

test('on a wide screen the links are shown and the menu button is not', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 })
  await page.goto(staticPages.home.en)
  await expect(page.locator('.mobile-menu[data-enhanced]')).toHaveCount(1)
  for (const link of await navLinks(page, 'en').all()) await expect(link).toBeVisible()
  await expect(page.getByRole('button', { name: strings.en.menu, exact: true })).toBeHidden()
})
