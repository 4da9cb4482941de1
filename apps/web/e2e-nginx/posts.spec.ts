/**
 * POSTs pass through nginx untouched: the booking form's server action reaches the site (and the
 * CMS behind it) from a phone, and no POST is ever answered from the micro-cache, even on an
 * address whose page is in it.
 */
import { bookingErrorMessages } from '@klinik/booking/messages'

import { fillForm, labels, shownReference } from '../e2e/bookingForm'
import { sampleTreatments, staticPages, unique } from '../e2e/helpers'
import { expect, test } from '../e2e/test'
import { browserLocale, cmsAs, cmsPublic, siteVisitor } from './helpers'

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: browserLocale.en })

  test('a booking sent with the form through nginx reaches the received page and is stored in the CMS', async ({ page }) => {
    const { stable } = await sampleTreatments(cmsPublic)
    const fullName = unique('Jane Doe')
    const posts: { url: string; status: number; cache: string; contentType: string }[] = []
    page.on('response', (response) => {
      if (response.request().method() !== 'POST') return
      posts.push({
        url: response.url(),
        status: response.status(),
        cache: response.headers()['x-cache'] ?? '',
        contentType: response.headers()['content-type'] ?? '',
      })
    })
    await page.goto(`${staticPages.appointment.en}?treatment=${stable.en.slug}`)
    await expect(page.getByLabel(labels.en.treatment)).toHaveValue(stable.id)
    await fillForm(page, 'en', { fullName })
    await page.getByRole('button', { name: labels.en.submit }).click()
    const reference = await shownReference(page, 'en')

    // The server action: one POST to the booking page, answered by the site (an RSC payload), not by the cache.
    const actions = posts.filter((post) => new URL(post.url).pathname === staticPages.appointment.en)
    expect(actions).toHaveLength(1)
    expect(actions[0]).toMatchObject({ status: 200, contentType: expect.stringMatching(/^text\/x-component/) })
    for (const post of posts) expect(post.cache, post.url).toBe('')

    const stored = await cmsAs<{ docs: { reference: string; fullName: string; locale: string }[] }>(
      'admin',
      'GET',
      `/bookings?where[fullName][equals]=${encodeURIComponent(fullName)}&depth=0&limit=10`,
    )
    expect(stored.docs).toEqual([expect.objectContaining({ reference, fullName, locale: 'en' })])
  })
})

test('a POST to an address whose page is in the cache reaches the site', async () => {
  const visitor = await siteVisitor('en')
  try {
    const path = staticPages.home.en
    // The page is in the cache.
    await expect(async () => {
      await visitor.get(path)
      expect((await visitor.get(path)).headers()['x-cache']).toBe('HIT')
    }).toPass({ timeout: 10_000 })

    for (let round = 0; round < 3; round += 1) {
      // A server action from another site: the site's own refusal, in the page's language.
      const action = await visitor.post(path, {
        headers: { 'Next-Action': 'not-an-action', Origin: 'https://elsewhere.example' },
        form: { name: 'value' },
        maxRedirects: 0,
      })
      expect(action.status()).toBe(403)
      expect(action.headers()['content-type']).toMatch(/^text\/plain/)
      expect(await action.text()).toBe(bookingErrorMessages.en.foreignOrigin)
      expect(action.headers()['x-cache']).toBeUndefined()
      // A plain form POST: the site renders the page for it.
      const form = await visitor.post(path, { form: { name: 'value' }, maxRedirects: 0 })
      expect(form.status()).toBe(200)
      expect(form.headers()['x-cache']).toBeUndefined()
      expect(await form.text()).toContain('<html lang="en"')
    }
  } finally {
    await visitor.dispose()
  }
})
