/**
 * The admin through its own hostname behind nginx: an editor signs in with a password and a
 * code, saves a treatment's change as a draft, and the admin's preview button opens the draft on
 * the site's hostname.
 */
import { sampleTreatments, treatmentPath, unique } from '../e2e/helpers'
import { expect, test } from '../e2e/test'
import { cmsAs, cmsPublic, stackState, unusedTotpCode } from './helpers'
import { ADMIN_URL, SITE_URL } from './stack'

test('an editor signs in on the admin hostname with a code, saves a draft and previews it on the site hostname', async ({ browser }) => {
  test.setTimeout(120_000)
  const { email, password } = stackState().editor
  const { mutable } = await sampleTreatments(cmsPublic)
  const marker = unique('admin draft summary')
  const context = await browser.newContext({ locale: 'en-GB' })
  try {
    const page = await context.newPage()
    await page.goto(`${ADMIN_URL}/admin`)
    await expect(page).toHaveURL(`${ADMIN_URL}/admin/login`)
    await page.getByLabel('Email').fill(email)
    await page.getByLabel('Password').fill(password)
    await page.getByRole('button', { name: 'Login' }).click()
    await expect(page).toHaveURL(/\/admin\/two-factor/, { timeout: 30_000 })
    await page.getByLabel('6-digit code').fill(await unusedTotpCode('editor'))
    await page.getByRole('button', { name: 'Continue' }).click()
    await expect(page).toHaveURL((url) => url.origin === ADMIN_URL && url.pathname.startsWith('/admin') && !/two-factor|login/.test(url.pathname), {
      timeout: 30_000,
    })

    await page.goto(`${ADMIN_URL}/admin/collections/treatments/${mutable.id}?locale=tr`)
    // The label reads "Summary — tr": the language being edited.
    const summary = page.getByRole('textbox', { name: /^Summary\b/ })
    await expect(summary).toHaveValue(mutable.tr.summary)
    await summary.fill(marker)
    await expect(summary).toHaveValue(marker)
    // The button turns on once the form has taken in the typing, and off again once the draft is saved.
    const saveDraft = page.getByRole('button', { name: 'Save Draft' })
    await expect(saveDraft).toBeEnabled({ timeout: 20_000 })
    await saveDraft.click()
    await expect(saveDraft).toBeDisabled({ timeout: 20_000 })
    await expect(async () => {
      const draft = await cmsAs<{ summary: string; _status: string }>('editor', 'GET', `/treatments/${mutable.id}?locale=tr&draft=true&depth=0`)
      expect(draft).toMatchObject({ summary: marker, _status: 'draft' })
    }).toPass({ timeout: 10_000 })

    const [site] = await Promise.all([context.waitForEvent('page'), page.getByRole('link', { name: 'Preview' }).click()])
    await site.waitForLoadState()
    await expect(site).toHaveURL(`${SITE_URL}${treatmentPath('tr', mutable.tr.slug)}`)
    await expect(site.locator('main h1 + p.lead')).toHaveText(marker)
    await expect(site.getByRole('status').filter({ hasText: 'Önizleme' })).toBeVisible()

    // Nobody else sees it: the published page is unchanged.
    const visitor = await browser.newContext({ locale: 'tr-TR' })
    const other = await visitor.newPage()
    await other.goto(treatmentPath('tr', mutable.tr.slug))
    await expect(other.locator('main h1 + p.lead')).toHaveText(mutable.tr.summary)
    await visitor.close()
  } finally {
    await context.close()
    await cmsAs('editor', 'PATCH', `/treatments/${mutable.id}?locale=tr`, { summary: mutable.tr.summary, _status: 'published' })
  }
})
