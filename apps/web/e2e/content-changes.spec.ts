/**
 * Editors' changes and the public site: a publish shows within 2 seconds (the CMS
 * revalidates the web app's cache after commit), a draft never shows.
 * These tests change CMS content and put it back (the suite runs on one worker, in order).
 */
import { expect, test } from './test'

import { cmsAsEditor, cmsPublic, fetchPage, sampleTreatments, sleep, staticPages, treatmentPath, unique } from './helpers'

const freshnessLimitMs = 2_000

/** Polls a page until `check` passes or `timeoutMs` passes; returns the time it took, or null. */
async function timeUntil(path: string, check: (html: string) => boolean, timeoutMs: number): Promise<number | null> {
  const start = Date.now()
  for (;;) {
    const { status, html } = await fetchPage(path)
    if (status === 200 && check(html)) return Date.now() - start
    if (Date.now() - start > timeoutMs) return null
    await sleep(50)
  }
}

test('a published change shows on the page within 2 seconds', async () => {
  const { mutable } = await sampleTreatments()
  const path = treatmentPath('tr', mutable.tr.slug)
  const original = mutable.tr.summary
  const changed = unique('freshness')

  // Rendered and cached before the change.
  const first = await fetchPage(path)
  expect(first.status).toBe(200)
  expect(first.html).not.toContain(changed)
  const second = await fetch(`http://localhost:3200${path}`)
  test.info().annotations.push({ type: 'x-nextjs-cache before the change', description: String(second.headers.get('x-nextjs-cache')) })
  await second.text()

  try {
    await cmsAsEditor('PATCH', `/treatments/${mutable.id}?locale=tr`, { summary: changed, _status: 'published' })
    const took = await timeUntil(path, (html) => html.includes(changed), 10_000)
    test.info().annotations.push({ type: 'publish → visible', description: took === null ? 'never (10 s)' : `${took} ms` })
    expect(took, 'the new summary never appeared (10 s)').not.toBeNull()
    expect(took!, `the new summary appeared after ${took} ms`).toBeLessThanOrEqual(freshnessLimitMs)
  } finally {
    await cmsAsEditor('PATCH', `/treatments/${mutable.id}?locale=tr`, { summary: original, _status: 'published' })
  }
  // Put back on the site as well, for the tests that follow.
  expect(await timeUntil(path, (html) => !html.includes(changed), 10_000), 'the restored summary never came back').not.toBeNull()
})

test('drafts never show publicly', async ({ page }) => {
  const { mutable } = await sampleTreatments()
  const path = treatmentPath('tr', mutable.tr.slug)
  const published = mutable.tr.summary
  expect(published).toBeTruthy()
  const draftSummary = unique('draft summary')
  const draftTitle = unique('Taslak Tedavi')

  // The published page and the list are in the cache before the drafts are saved.
  expect((await fetchPage(path)).status).toBe(200)
  expect((await fetchPage(staticPages.treatments.tr)).status).toBe(200)

  let draftOnly: { id: string | number; slug?: string | null } | undefined
  try {
    await cmsAsEditor('PATCH', `/treatments/${mutable.id}?locale=tr&draft=true`, { summary: draftSummary, _status: 'draft' })
    draftOnly = (
      await cmsAsEditor<{ doc: { id: string | number; slug?: string | null } }>('POST', '/treatments?locale=tr&draft=true', {
        title: draftTitle,
        summary: draftSummary,
        _status: 'draft',
      })
    ).doc
    expect(draftOnly.slug, 'the CMS gives the draft a slug').toMatch(/^[a-z0-9-]+$/)
    // The editor does see the draft: the drafts really were saved.
    const latest = await cmsAsEditor<{ summary: string }>('GET', `/treatments/${mutable.id}?locale=tr&draft=true&depth=0`)
    expect(latest.summary).toBe(draftSummary)

    await sleep(2_000)

    // The public API serves the published version only.
    expect((await cmsPublic<{ summary: string }>(`/treatments/${mutable.id}?locale=tr&depth=0`)).summary).toBe(published)

    // The treatment page still shows the published summary and nothing of the draft.
    expect((await page.goto(path))?.status()).toBe(200)
    await expect(page.locator('main h1 + p.lead')).toHaveText(published)
    expect(await page.content()).not.toContain(draftSummary)
    expect((await fetchPage(path)).html).not.toContain(draftSummary)

    // The draft-only treatment is nowhere: not in the lists, the sitemap, nor at its URL.
    for (const listPath of [staticPages.treatments.tr, staticPages.treatments.en, staticPages.home.tr, staticPages.faq.tr]) {
      const { status, html } = await fetchPage(listPath)
      expect(status, listPath).toBe(200)
      expect(html, listPath).not.toContain(draftTitle)
      expect(html, listPath).not.toContain(draftSummary)
      expect(html, listPath).not.toContain(`/tedaviler/${draftOnly.slug}"`)
    }
    const sitemap = await fetchPage('/sitemap.xml')
    expect(sitemap.status).toBe(200)
    expect(sitemap.html).not.toContain(`/tedaviler/${draftOnly.slug}<`)
    expect(sitemap.html).not.toContain(`/tedaviler/${draftOnly.slug}"`)
    expect((await fetchPage(treatmentPath('tr', draftOnly.slug!))).status).toBe(404)
    const response = await page.goto(treatmentPath('tr', draftOnly.slug!))
    expect(response?.status()).toBe(404)
    await expect(page.locator('body')).not.toContainText(draftTitle)
  } finally {
    await cmsAsEditor('PATCH', `/treatments/${mutable.id}?locale=tr`, { summary: published, _status: 'published' })
    if (draftOnly) await cmsAsEditor('DELETE', `/treatments/${draftOnly.id}`)
  }
  // Published again (in Turkish: a publish publishes its own language, and Payload keeps the
  // other languages' state as a newer draft version, so the latest version reads as a draft).
  const latest = await cmsAsEditor<{ summary: string }>('GET', `/treatments/${mutable.id}?locale=tr&draft=true&depth=0`)
  expect(latest.summary).toBe(published)
  const live = await cmsPublic<{ summary: string }>(`/treatments/${mutable.id}?locale=tr&depth=0`)
  expect(live.summary).toBe(published)
})
