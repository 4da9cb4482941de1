/**
 * An editor's publish reaches visitors through nginx's micro-cache within 2 seconds: the CMS
 * revalidates the site after commit, and nginx keeps a page about a second.
 */
import { sampleTreatments, sleep, treatmentPath, unique } from '../e2e/helpers'
import { expect, test } from '../e2e/test'
import { cmsAs, cmsPublic, siteVisitor } from './helpers'

const freshnessLimitMs = 2_000

test('a published change shows through the cache within 2 seconds', async () => {
  const { mutable } = await sampleTreatments(cmsPublic)
  const path = treatmentPath('en', mutable.en.slug)
  const original = mutable.en.summary
  const changed = unique('published summary')
  const visitor = await siteVisitor('en')

  /** What each poll got: time, nginx's cache status, Next.js's cache status. */
  const polls: string[] = []
  /** Polls the page through nginx until `check` passes; the time it took, or null after `timeoutMs`. */
  const timeUntil = async (check: (html: string) => boolean, timeoutMs: number) => {
    const start = Date.now()
    polls.length = 0
    for (;;) {
      const response = await visitor.get(path)
      polls.push(`${Date.now() - start} ms ${response.headers()['x-cache']}/${response.headers()['x-nextjs-cache']}`)
      if (response.status() === 200 && check(await response.text())) return Date.now() - start
      if (Date.now() - start > timeoutMs) return null
      await sleep(50)
    }
  }

  try {
    // The page is in nginx's cache (a visitor in its language gets no cookie, so it is stored).
    await expect(async () => {
      const response = await visitor.get(path)
      expect(await response.text()).not.toContain(changed)
      expect(response.headers()['x-cache']).toBe('HIT')
    }).toPass({ timeout: 10_000 })

    const publishing = Date.now()
    await cmsAs('editor', 'PATCH', `/treatments/${mutable.id}?locale=en`, { summary: changed, _status: 'published' })
    const published = Date.now()
    const took = await timeUntil((html) => html.includes(changed), 10_000)
    const measured = took === null ? 'never (10 s)' : `${took} ms after the publish answered (${published - publishing} ms to publish)`
    console.log(`[e2e-nginx] publish → visible through nginx: ${measured}`)
    test.info().annotations.push({ type: 'publish → visible through nginx', description: measured })
    test.info().annotations.push({ type: 'polls (nginx/Next.js cache)', description: polls.join(', ') })
    expect(took, 'the new summary never came through nginx (10 s)').not.toBeNull()
    expect(took!, `the new summary came through nginx after ${took} ms`).toBeLessThanOrEqual(freshnessLimitMs)
  } finally {
    await cmsAs('editor', 'PATCH', `/treatments/${mutable.id}?locale=en`, { summary: original, _status: 'published' })
    const restored = await timeUntil((html) => !html.includes(changed), 10_000)
    await visitor.dispose()
    expect(restored, 'the restored summary never came back through nginx').not.toBeNull()
  }
})
