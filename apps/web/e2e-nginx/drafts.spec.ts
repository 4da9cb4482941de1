/**
 * Draft mode through nginx: an editor's preview of a draft is answered by the site every time
 * (nginx's cache bypassed) and never stored, so nobody else ever gets the draft, even while the
 * same page is in the micro-cache for everyone else.
 */
import { issuePreviewToken } from '@klinik/signing/previewToken'

import { sampleTreatments, sleep, treatmentPath, unique } from '../e2e/helpers'
import { expect, test } from '../e2e/test'
import { browserLocale, cachedPages, cmsAs, cmsPublic, siteVisitor, stackState } from './helpers'

test('a draft in preview is answered past the cache, never stored, and never shown to another visitor', async ({ browser }) => {
  const { mutable } = await sampleTreatments(cmsPublic)
  const path = treatmentPath('tr', mutable.tr.slug)
  const marker = unique('taslak özet')
  const others = await browser.newContext({ locale: browserLocale.tr })
  const otherPage = await others.newPage()
  const plain = await siteVisitor('tr')
  const otherCacheStatuses: string[] = []

  /** Another browser (no cookies) and a plain request load the page: the published summary, never the draft. */
  const othersSeeNoDraft = async () => {
    const shown = await otherPage.goto(path)
    expect(shown?.status()).toBe(200)
    expect(await shown!.text()).not.toContain(marker)
    await expect(otherPage.locator('main h1 + p.lead')).toHaveText(mutable.tr.summary)
    otherCacheStatuses.push(shown!.headers()['x-cache'] ?? '')
    const fetched = await plain.get(path)
    expect(fetched.status()).toBe(200)
    expect(await fetched.text()).not.toContain(marker)
    otherCacheStatuses.push(fetched.headers()['x-cache'] ?? '')
  }

  await othersSeeNoDraft()
  await cmsAs('editor', 'PATCH', `/treatments/${mutable.id}?locale=tr&draft=true`, { summary: marker, _status: 'draft' })
  const editor = await browser.newContext({ locale: browserLocale.tr })
  try {
    const preview = await editor.newPage()
    const token = issuePreviewToken({ purpose: 'preview', collection: 'treatments', id: mutable.id, locale: 'tr' }, stackState().previewSecret, 600)
    const landed = await preview.goto(`/api/preview?token=${encodeURIComponent(token)}`)
    expect(new URL(landed!.url()).pathname).toBe(path)
    await expect(preview.locator('main h1 + p.lead')).toHaveText(marker)
    expect(landed!.headers()['x-cache'], 'the draft page in draft mode').toBe('BYPASS')
    // The preview route itself: the site's answer (its draft-mode cookies), not a stored one.
    const routeAnswer = await landed!.request().redirectedFrom()!.response()
    expect(routeAnswer!.status()).toBe(307)
    expect(routeAnswer!.headers()['x-cache']).not.toBe('HIT')

    // While the editor keeps reloading the draft, everyone else loads the same page right after each answer.
    for (let round = 0; round < 6; round += 1) {
      const again = await preview.reload()
      expect(again!.headers()['x-cache']).toBe('BYPASS')
      expect(await again!.text()).toContain(marker)
      await othersSeeNoDraft()
    }
    // And after the cache's second has passed.
    await sleep(1_100)
    for (let round = 0; round < 3; round += 1) await othersSeeNoDraft()
    // The page was in the cache for the others all along: the draft could have been stored, and was not.
    expect(otherCacheStatuses).toContain('HIT')

    // The same preview link asked again: the site answers it again (a new cookie), nginx does not.
    const again = await siteVisitor('tr')
    const routeAgain = await again.get(`/api/preview?token=${encodeURIComponent(token)}`, { maxRedirects: 0 })
    expect(routeAgain.status()).toBe(307)
    expect(routeAgain.headers()['x-cache']).not.toBe('HIT')
    expect(routeAgain.headers()['set-cookie']).toContain('klinik_preview=')
    await again.dispose()

    // nginx's cache holds pages, but neither the draft nor any answer of the preview route.
    const stored = cachedPages()
    expect(stored.some((entry) => entry.key.includes(`|${path}|`))).toBe(true)
    expect(stored.filter((entry) => entry.content.includes(marker)).map((entry) => entry.key)).toEqual([])
    expect(stored.filter((entry) => entry.key.includes('/api/preview')).map((entry) => entry.key)).toEqual([])
  } finally {
    await editor.close()
    await others.close()
    await plain.dispose()
    await cmsAs('editor', 'PATCH', `/treatments/${mutable.id}?locale=tr`, { summary: mutable.tr.summary, _status: 'published' })
  }
})
