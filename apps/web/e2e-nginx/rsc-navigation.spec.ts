/**
 * One address, two answers: a page load gets HTML, a client-side navigation (Next.js's router)
 * gets the RSC payload (text/x-component). nginx's micro-cache must keep them apart, whichever
 * comes first, while the first is still fresh in the cache (until the end of the second it was
 * rendered in: deploy/nginx). Each case starts at the beginning of a second and is tried again
 * when its two requests did not fall in the same second (a busy machine). The router asks for
 * `<page>?_rsc=<hash of its headers>`; a page load of that very address gets HTML too, so only
 * the request headers in the cache key keep the two apart there.
 */
import type { Browser, Page, Response } from '@playwright/test'

import { locales, sleep, staticPages, strings, type Locale } from '../e2e/helpers'
import { expect, test } from '../e2e/test'
import { browserLocale } from './helpers'

/** Waits until just after the next second starts: every copy stored before has expired. */
async function startOfNextSecond() {
  await sleep(1_000 - (Date.now() % 1_000) + 10)
}

/** Both requests reached nginx in the same second: the first one's copy was still fresh. */
const sameSecond = (earlier: Response, later: Response) =>
  Math.floor(earlier.request().timing().startTime / 1_000) === Math.floor(later.request().timing().startTime / 1_000)

const attempts = 4
const errorTitle = { tr: 'Sayfa şu anda gösterilemiyor', en: 'This page cannot be shown right now' } as const

/** The router's own request for a page (not a prefetch): RSC, no prefetch header. */
const isNavigationPayload = (response: Response, pathname: string) => {
  const headers = response.request().headers()
  return new URL(response.url()).pathname === pathname && headers.rsc === '1' && !headers['next-router-prefetch']
}

async function expectRendered(page: Page, locale: Locale, pathname: string, heading: string) {
  await expect(page).toHaveURL((url) => url.pathname === pathname)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading)
  await expect(page.getByText(errorTitle[locale])).toHaveCount(0)
}

/** A page load's answer: HTML, and a copy nginx stored just now or none (`fresh`: not one already in the cache). */
function expectHtml(response: Response | null, { fresh = false } = {}) {
  expect(response!.status()).toBe(200)
  expect(response!.headers()['content-type']).toMatch(/^text\/html/)
  if (fresh) expect(['MISS', 'EXPIRED']).toContain(response!.headers()['x-cache'])
}

/**
 * A browser in the page's language with three tabs: one navigates inside the site with its
 * menu, two load pages (the plain address, and the exact address the router asked for).
 */
async function browserTabs(browser: Browser, locale: Locale) {
  const context = await browser.newContext({ locale: browserLocale[locale] })
  const errors: string[] = []
  context.on('weberror', (error) => errors.push(error.error().message))
  const [navigating, loadingPlain, loadingExact] = [await context.newPage(), await context.newPage(), await context.newPage()]
  const documentLoads: string[] = []
  navigating.on('request', (request) => {
    if (request.resourceType() === 'document') documentLoads.push(request.url())
  })
  return {
    context,
    navigating,
    loadingPlain,
    loadingExact,
    errors,
    documentLoads,
    /** Loads a page in the navigating tab and waits until its router runs (its prefetches done). */
    async start(pathname: string) {
      await navigating.goto(pathname)
      await navigating.waitForLoadState('networkidle')
      documentLoads.length = 0
    },
    /** Clicks a main menu link in the navigating tab: the router's answer for the page. */
    async navigate(name: string, pathname: string): Promise<Response> {
      const payload = navigating.waitForResponse((response) => isNavigationPayload(response, pathname))
      await navigating.getByRole('navigation', { name: strings[locale].mainNav, exact: true }).getByRole('link', { name, exact: true }).click()
      const answer = await payload
      expect(answer.status()).toBe(200)
      expect(answer.headers()['content-type']).toMatch(/^text\/x-component/)
      return answer
    },
  }
}

for (const locale of locales) {
  const target = staticPages.treatments[locale]
  const heading = strings[locale].headings.treatments
  const link = strings[locale].navTreatments

  test(`${locale}: page loads first, then a client-side navigation to the same address in the same second`, async ({ browser }) => {
    const tabs = await browserTabs(browser, locale)
    try {
      // The address the router asks for from the home page (the same each time from the same page).
      await tabs.start(staticPages.home[locale])
      const routerAddress = (await tabs.navigate(link, target)).url()
      let plain: Response | null = null
      for (let attempt = 1; ; attempt++) {
        await tabs.start(staticPages.home[locale])
        await startOfNextSecond()
        const [plainLoad, exact] = await Promise.all([
          tabs.loadingPlain.goto(target, { waitUntil: 'commit' }),
          tabs.loadingExact.goto(routerAddress, { waitUntil: 'commit' }),
        ])
        expectHtml(plainLoad, { fresh: true })
        expectHtml(exact, { fresh: true })
        plain = plainLoad

        const rsc = await tabs.navigate(link, target)
        expect(rsc.url()).toBe(routerAddress)
        if (sameSecond(plain!, rsc)) break
        expect(attempt, 'the navigation never came within the second of the page loads').toBeLessThan(attempts)
      }

      await expectRendered(tabs.navigating, locale, target, heading)
      expect(tabs.documentLoads, 'a client-side navigation, no page load').toEqual([])
      for (const page of [tabs.loadingPlain, tabs.loadingExact]) {
        await page.waitForLoadState('load')
        await expectRendered(page, locale, target, heading)
      }
      expect(tabs.errors).toEqual([])
    } finally {
      await tabs.context.close()
    }
  })

  test(`${locale}: a client-side navigation first, then page loads of the same address in the same second`, async ({ browser }) => {
    const tabs = await browserTabs(browser, locale)
    try {
      let plain: Response | null = null
      let exact: Response | null = null
      for (let attempt = 1; ; attempt++) {
        await tabs.start(staticPages.faq[locale])
        await startOfNextSecond()
        const rsc = await tabs.navigate(link, target)
        expect(['MISS', 'EXPIRED']).toContain(rsc.headers()['x-cache'])
        ;[plain, exact] = await Promise.all([tabs.loadingPlain.goto(target), tabs.loadingExact.goto(rsc.url())])
        if (sameSecond(rsc, plain!)) break
        expect(attempt, 'the page loads never came within the second of the navigation').toBeLessThan(attempts)
      }
      for (const [page, response] of [
        [tabs.loadingPlain, plain],
        [tabs.loadingExact, exact],
      ] as const) {
        expectHtml(response)
        expect(await response!.text()).toMatch(/^<!DOCTYPE html>/i)
        await expectRendered(page, locale, target, heading)
      }

      await expectRendered(tabs.navigating, locale, target, heading)
      expect(tabs.documentLoads, 'a client-side navigation, no page load').toEqual([])
      expect(tabs.errors).toEqual([])
    } finally {
      await tabs.context.close()
    }
  })
}
