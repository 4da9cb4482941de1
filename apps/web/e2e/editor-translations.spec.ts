/**
 * An editor writes a treatment in Turkish, copies it to English and translates it, edits the
 * Turkish again and sees the English marked outdated, saves an English draft, and publishes
 * the Turkish alone: the English draft text is not public, and English is absent from the
 * language switcher and the sitemap until it is published. Screenshots of the list badges, the
 * banner and the dashboard in Turkish and English land in test-results/screenshots/.
 */
import { mkdirSync } from 'node:fs'
import path from 'node:path'

import type { BrowserContext, Page } from '@playwright/test'

import { CMS_URL, cmsPublic, e2eState, fetchPage, unique } from './helpers'
import { expect, test } from './test'

const folder = path.resolve(import.meta.dirname, '..', 'test-results', 'screenshots')
mkdirSync(folder, { recursive: true })

async function signIn(context: BrowserContext, language: 'en' | 'tr'): Promise<Page> {
  await context.addCookies([{ name: 'payload-lng', value: language, url: CMS_URL }])
  const page = await context.newPage()
  await page.goto(`${CMS_URL}/admin/login`)
  await page.locator('#field-email').fill(e2eState().editor.email)
  await page.locator('#field-password').fill(e2eState().editor.password)
  await page.locator('button[type="submit"]').click()
  await expect(page).toHaveURL(/\/admin\/?$/, { timeout: 30_000 })
  return page
}

/** Types into a field once the admin's form is interactive, and waits for the form to know it. */
async function fill(page: Page, field: 'title' | 'summary', text: string) {
  const input = page.locator(`#field-${field}`)
  await expect(input).toBeEditable({ timeout: 20_000 })
  await input.fill(text)
  await expect(input).toHaveValue(text)
}

/** Saves a draft and waits until the admin has it (the button turns off once nothing is unsaved). */
async function saveDraft(page: Page) {
  const button = page.getByRole('button', { name: 'Save Draft' })
  await button.click()
  await expect(page).toHaveURL(/\/admin\/collections\/treatments\/(?!create)[^/?]+/, { timeout: 20_000 })
  await expect(button).toBeDisabled({ timeout: 20_000 })
}

const editUrl = (id: string, locale: 'tr' | 'en') => `${CMS_URL}/admin/collections/treatments/${id}?locale=${locale}`

test('an editor translates, sees the English outdated, and publishes the Turkish alone', async ({ browser }) => {
  test.setTimeout(180_000)
  const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 900 } })
  const page = await signIn(context, 'en')
  const turkishTitle = unique('Kimyasal peeling')
  const turkishSummary = 'Cildin üst katmanını yenileyen, hekim kontrolünde uygulanan bir bakım.'
  const englishDraft = unique('ENGLISH DRAFT never public')

  // Written in Turkish, saved as a draft.
  await page.goto(`${CMS_URL}/admin/collections/treatments/create?locale=tr`)
  await fill(page, 'title', turkishTitle)
  await fill(page, 'summary', turkishSummary)
  await saveDraft(page)
  await expect(page).toHaveURL(/\/admin\/collections\/treatments\/[^/?]+/)
  const id = /treatments\/([^/?]+)/.exec(page.url())![1]

  // Copied to English as it is: counted as not translated, and the banner says which fields.
  await page.goto(editUrl(id, 'en'))
  await fill(page, 'title', turkishTitle)
  await fill(page, 'summary', turkishSummary)
  await saveDraft(page)
  const banner = page.locator('.translation-banner')
  await expect(banner).toContainText('Not translated into English yet')
  await expect(banner).toContainText('Summary')

  // Translated: complete in both.
  await fill(page, 'title', `${turkishTitle} (peel)`)
  await fill(page, 'summary', 'A treatment that renews the upper layer of the skin, under a physician’s care.')
  await saveDraft(page)
  await expect(banner).toHaveCount(0)

  // The Turkish changes: the English is outdated, in the list and on the document.
  await page.goto(editUrl(id, 'tr'))
  await fill(page, 'summary', 'Cildin üst katmanını nazikçe yenileyen, hekim kontrolünde uygulanan bir bakım.')
  await saveDraft(page)
  await page.goto(`${CMS_URL}/admin/collections/treatments?where[translationEn][equals]=outdated`)
  const row = page.locator('table tbody tr', { hasText: turkishTitle })
  await expect(row).toHaveCount(1, { timeout: 15_000 })
  await expect(row.locator('.translation-badge--outdated')).toHaveText('EN · Outdated')
  await page.screenshot({ path: path.join(folder, 'admin-translation-list-en.png') })
  await page.goto(editUrl(id, 'en'))
  await expect(banner).toContainText('The Turkish text of these fields changed after their English text was last edited: Summary.')
  await expect(banner.getByRole('link', { name: 'See what changed (versions)' })).toHaveAttribute('href', new RegExp(`/treatments/${id}/versions$`))
  await expect(page.locator('#field-title')).toBeEditable({ timeout: 20_000 })
  await page.screenshot({ path: path.join(folder, 'admin-translation-banner-en.png') })

  // An English draft is saved; then the Turkish alone is published.
  await fill(page, 'title', englishDraft)
  await saveDraft(page)
  await page.goto(editUrl(id, 'tr'))
  await expect(page.locator('#field-title')).toHaveValue(turkishTitle, { timeout: 20_000 })
  await page.getByRole('button', { name: 'Publish changes' }).click()
  await expect(page.getByText('Status:').locator('..')).toContainText(/Published|Changed/, { timeout: 20_000 })

  // The dashboard lists the English as never published.
  await page.goto(`${CMS_URL}/admin`)
  const dashboard = page.getByRole('region', { name: 'Needs your attention' })
  const entries = dashboard.getByRole('listitem').filter({ hasText: englishDraft })
  await expect(entries.filter({ hasText: 'English never published' })).toHaveCount(1)
  await expect(entries.filter({ hasText: 'TR · ' })).toHaveCount(1)
  await page.screenshot({ path: path.join(folder, 'admin-dashboard-en.png'), fullPage: true })

  // For patients: the Turkish page exists, the English draft is nowhere, and English is absent.
  const { docs } = await cmsPublic<{ docs: { slug?: string }[] }>(`/treatments?locale=tr&where[id][equals]=${id}&depth=0`)
  const slug = docs[0]?.slug
  expect(slug).toBeTruthy()
  const turkishPage = await fetchPage(`/tr/tedaviler/${slug}`)
  expect(turkishPage.status).toBe(200)
  expect(turkishPage.html).toContain(turkishTitle)
  expect(turkishPage.html).not.toContain(englishDraft)
  const english = await cmsPublic<{ docs: { title?: string | null }[] }>(`/treatments?locale=en&fallback-locale=none&where[id][equals]=${id}&depth=0`)
  expect(english.docs[0]?.title ?? null).toBeNull()
  // The switcher leads to the English treatment list, not to a page of this treatment.
  const switcher = /<nav[^>]*class="language-switcher"[\s\S]*?<\/nav>/.exec(turkishPage.html)?.[0] ?? ''
  expect(switcher).toContain('href="/en/treatments"')
  const sitemap = await fetchPage('/sitemap.xml')
  expect(sitemap.html).toContain(`/tr/tedaviler/${slug}`)
  expect(sitemap.html).not.toMatch(new RegExp(`/en/treatments/[^<]*${id}|${englishDraft}`))
  expect((await fetchPage('/en/treatments')).html).not.toContain(englishDraft)

  // The same screens in Turkish, for people to look at.
  const turkish = await browser.newContext({ locale: 'tr-TR', viewport: { width: 1280, height: 900 } })
  const turkishAdmin = await signIn(turkish, 'tr')
  await expect(turkishAdmin.getByRole('region', { name: 'Sizi bekleyen işler' })).toBeVisible()
  await turkishAdmin.screenshot({ path: path.join(folder, 'admin-dashboard-tr.png'), fullPage: true })
  await turkishAdmin.goto(`${CMS_URL}/admin/collections/treatments`)
  await expect(turkishAdmin.locator('.translation-badge').first()).toBeVisible()
  await turkishAdmin.screenshot({ path: path.join(folder, 'admin-translation-list-tr.png') })
  await turkishAdmin.goto(editUrl(id, 'en'))
  await expect(turkishAdmin.locator('.translation-banner')).toContainText('Türkçe metni')
  await expect(turkishAdmin.locator('#field-title')).toBeEditable({ timeout: 20_000 })
  await turkishAdmin.screenshot({ path: path.join(folder, 'admin-translation-banner-tr.png') })
  await Promise.all([context.close(), turkish.close()])
})
