/**
 * An editor previews an unpublished treatment on the site through the signed link the
 * admin's preview button makes; without that link the draft stays invisible.
 */
import { expect, test } from './test'

import { issuePreviewToken } from '@klinik/signing/previewToken'

import { cmsAsEditor, e2eState, treatmentPath, unique } from './helpers'

test('a signed preview link shows the draft with a banner; leaving preview hides it again', async ({ page, browser }) => {
  const title = unique('Önizleme Tedavisi')
  const created = await cmsAsEditor<{ doc: { id: string; slug: string } }>('POST', '/treatments?locale=tr&draft=true', {
    title,
    summary: 'Yalnızca önizlemede görünen özet',
    _status: 'draft',
  })
  const { id, slug } = created.doc
  try {
    // Never visible without the link.
    const anonymous = await page.request.get(treatmentPath('tr', slug))
    expect(anonymous.status()).toBe(404)

    const token = issuePreviewToken({ purpose: 'preview', collection: 'treatments', id, locale: 'tr' }, e2eState().previewSecret, 600)
    await page.goto(`/api/preview?token=${encodeURIComponent(token)}`)
    await expect(page).toHaveURL(new RegExp(`${treatmentPath('tr', slug)}$`))
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
    await expect(page.getByRole('status').filter({ hasText: 'Önizleme' })).toBeVisible()
    await expect(page.getByText('Yalnızca önizlemede görünen özet')).toBeVisible()
    expect(await page.locator('meta[name="robots"]').getAttribute('content')).toContain('noindex')

    // Another visitor (no preview cookie) still gets nothing.
    const stranger = await browser.newContext()
    expect((await stranger.request.get(treatmentPath('tr', slug))).status()).toBe(404)
    await stranger.close()

    await page.getByRole('link', { name: 'Önizlemeden çık' }).click()
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(title)
    expect((await page.request.get(treatmentPath('tr', slug))).status()).toBe(404)
  } finally {
    await cmsAsEditor('DELETE', `/treatments/${id}`)
  }
})

test('a forged or expired preview link is refused', async ({ page }) => {
  const claims = { purpose: 'preview', collection: 'treatments', id: 'x', locale: 'tr' } as const
  const forged = issuePreviewToken(claims, 'not-the-shared-secret', 600)
  const expired = issuePreviewToken(claims, e2eState().previewSecret, 60, Date.now() - 3_600_000)
  for (const token of [forged, expired, 'garbage']) {
    const response = await page.request.get(`/api/preview?token=${encodeURIComponent(token)}`, { maxRedirects: 0 })
    expect(response.status()).toBe(401)
  }
})
