/**
 * The serving path (issue 13), measured side by side in one run because this machine is noisy:
 *
 *  1. A seeded treatment's page in TR and EN under wrk's load, from three servers: nginx with
 *     the micro-cache (the real configuration, bench/global-setup.ts), raw nginx sending the same
 *     bytes from disk (staticBaseline.ts: what a cache hit cannot beat), and `next start` alone.
 *     Plus how often the site rendered while the cache took the load (nginx's access log), and
 *     one run through the cache asking for brotli, as browsers do.
 *  2. Publish to live: the editor publishes a change; how long until nginx serves it.
 *
 * Prints medians, ratios and the goals beside them, writes bench/results/serving.json and the
 * "Serving path" section of BENCHMARKS.md. Asserts nothing about speed (a person reads it; CI
 * must not flake on it), only that every answer was the page (a 429 or 500 would void a figure).
 */
import { randomBytes } from 'node:crypto'
import { closeSync, openSync, readFileSync, readlinkSync, readSync, statSync } from 'node:fs'
import path from 'node:path'

import { expect, test } from '@playwright/test'

import { treatmentPath, type Locale } from '../e2e/helpers'
import { adminClient, CMS_DIRECT_URL, SITE_URL, stackStateEnv, WEB_DIRECT_URL, type StackState } from '../e2e-nginx/stack'
import { getPage } from './pageRequest'
import { processGroupCpuSeconds } from './processCpu'
import {
  describeCommit,
  describeMachine,
  loadAverage,
  median,
  servers,
  writeServingResults,
  type LoadKind,
  type LoadRun,
  type PageSummary,
  type PublishSample,
  type ServerName,
  type ServingResults,
} from './servingReport'
import { startStaticBaseline, type SavedPage } from './staticBaseline'
import { runWrk, wrkArgs } from './wrk'

const locales = ['tr', 'en'] as const satisfies readonly Locale[]
const rounds = 3
const loadSeconds = 8
const warmUpSeconds = 2
const baselinePort = 3444
const publishes = 10
const pollEveryMs = 25
const publishVisibleTimeoutMs = 10_000
/** The seeded treatment measured (any bilingual one if the seed changes). */
const preferredSlug = 'sac-mezoterapisi'
/** Cache statuses of requests nginx passed to the site (its access log's last field). */
const reachedSiteStatuses = new Set(['MISS', 'EXPIRED', 'BYPASS'])

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

function stackState(): StackState {
  const file = process.env[stackStateEnv]
  if (!file) throw new Error(`${stackStateEnv} is not set: run with \`npx playwright test -c playwright.bench.config.ts\` (its global setup starts the stack)`)
  return JSON.parse(readFileSync(file, 'utf8')) as StackState
}

/** The stack's process groups by what runs in them (stack.ts lists their ids, not their names). */
function stackProcessGroups(state: StackState): { nginx: number; web: number; cms: number } {
  const cwd = (pid: number) => readlinkSync(`/proc/${pid}/cwd`)
  const command = (pid: number) => readFileSync(`/proc/${pid}/cmdline`, 'utf8')
  const nginx = state.pids.find((pid) => command(pid).startsWith('nginx'))
  const web = state.pids.find((pid) => cwd(pid) === path.join(state.dir, 'web'))
  const cms = state.pids.find((pid) => pid !== nginx && pid !== web)
  if (!nginx || !web || !cms) throw new Error(`cannot tell the stack's processes apart: ${state.pids.join(', ')}`)
  return { nginx, web, cms }
}

type BenchTreatment = { id: string; slug: Record<Locale, string>; summary: Record<Locale, string> }

async function benchTreatment(): Promise<BenchTreatment> {
  const response = await fetch(`${CMS_DIRECT_URL}/api/treatments?locale=all&depth=0&limit=100`)
  expect(response.status).toBe(200)
  type Localized = Partial<Record<Locale, string | null>>
  const { docs } = (await response.json()) as { docs: { id: string | number; slug?: Localized; summary?: Localized }[] }
  const bilingual = docs.filter((doc) => locales.every((locale) => doc.slug?.[locale] && doc.summary?.[locale]))
  const doc = bilingual.find((entry) => entry.slug?.tr === preferredSlug) ?? bilingual[0]
  if (!doc) throw new Error('no seeded treatment with a slug and summary in both languages')
  return { id: String(doc.id), slug: { tr: doc.slug!.tr!, en: doc.slug!.en! }, summary: { tr: doc.summary!.tr!, en: doc.summary!.en! } }
}

/** What nginx wrote to its access log since `offset`. */
function accessLogSince(file: string, offset: number): string {
  const length = statSync(file).size - offset
  if (length <= 0) return ''
  const buffer = Buffer.alloc(length)
  const fd = openSync(file, 'r')
  try {
    readSync(fd, buffer, 0, length, offset)
  } finally {
    closeSync(fd)
  }
  return buffer.toString('utf8')
}

/** Requests for `pagePath` in a stretch of the access log that reached the site. */
function requestsReachingSite(log: string, pagePath: string): number {
  let count = 0
  for (const line of log.split('\n')) {
    const match = line.match(/"GET (\S+) [^"]*" \d{3} .* (\S+)$/)
    if (match && match[1] === pagePath && reachedSiteStatuses.has(match[2])) count += 1
  }
  return count
}

/** The servers in the order of `round`: each one comes first, second and last once in three rounds. */
const roundOrder = (round: number): ServerName[] => servers.map((_, index) => servers[(index + round) % servers.length])

/**
 * Fetches a page through nginx every `pollEveryMs`, one request at a time, as long as it runs;
 * `until(text)` resolves with the moment the first answer containing `text` arrived, and how it was served.
 */
type Poller = ReturnType<typeof pollPage>
/** When a poller first got the new text, and how nginx (X-Cache) and the site (x-nextjs-cache) served that answer. */
type Sighting = { at: number; xCache: string; nextCache: string }

function pollPage(url: string, headers: Record<string, string>) {
  let running = true
  const waiters = new Set<{ text: string; deadline: number; resolve: (seen: Sighting | null) => void }>()
  const loop = (async () => {
    while (running) {
      const started = performance.now()
      const answer = await getPage(url, headers).catch(() => null)
      const html = answer?.status === 200 ? answer.body.toString('utf8') : ''
      const arrived = performance.now()
      for (const waiter of waiters) {
        if (html.includes(waiter.text))
          waiter.resolve({ at: arrived, xCache: String(answer!.headers['x-cache']), nextCache: String(answer!.headers['x-nextjs-cache']) })
        else if (arrived > waiter.deadline) waiter.resolve(null)
        else continue
        waiters.delete(waiter)
      }
      await sleep(Math.max(0, pollEveryMs - (performance.now() - started)))
    }
  })()
  return {
    until: (text: string, timeoutMs: number) =>
      new Promise<Sighting | null>((resolve) => waiters.add({ text, deadline: performance.now() + timeoutMs, resolve })),
    stop: async () => {
      running = false
      await loop
    },
  }
}

test('serving path: micro-cache vs raw nginx vs next start, and publish to live', async () => {
  const state = stackState()
  const accessLog = path.join(state.dir, 'nginx-access.log')
  const treatment = await benchTreatment()
  const pages = locales.map((locale) => ({ locale, path: treatmentPath(locale, treatment.slug[locale]), headers: { 'Accept-Language': locale } }))

  // Each page as the cache serves it (a HIT, no cookie), saved for the static baseline.
  const saved: SavedPage[] = []
  for (const page of pages) {
    const url = `${SITE_URL}${page.path}`
    let answer = await getPage(url, page.headers)
    for (let attempt = 0; attempt < 20 && answer.headers['x-cache'] !== 'HIT'; attempt += 1) answer = await getPage(url, page.headers)
    expect(answer.status, url).toBe(200)
    expect(answer.headers['x-cache'], `${url} is not served from the micro-cache`).toBe('HIT')
    expect(answer.headers['set-cookie'], `${url} sets a cookie: nginx would never cache it`).toBeUndefined()
    expect(answer.body.toString('utf8'), 'the page shows the summary the publish test changes').toContain(treatment.summary[page.locale])
    const direct = await getPage(`${WEB_DIRECT_URL}${page.path}`, page.headers)
    expect(direct.status, `${WEB_DIRECT_URL}${page.path}`).toBe(200)
    saved.push({ path: page.path, headers: answer.headers, body: answer.body })
  }

  const baseline = await startStaticBaseline(state, saved, baselinePort)
  const stack = stackProcessGroups(state)
  const runs: LoadRun[] = []
  const loadAverageBefore = loadAverage()
  try {
    const base: Record<LoadKind, string> = { cache: SITE_URL, raw: baseline.url, next: WEB_DIRECT_URL, cacheBrotli: SITE_URL }
    const behind: Record<LoadKind, number[]> = {
      cache: [stack.nginx, stack.web, stack.cms],
      raw: [baseline.processGroup],
      next: [stack.web, stack.cms],
      cacheBrotli: [stack.nginx, stack.web, stack.cms],
    }
    const measure = async (page: (typeof pages)[number], kind: LoadKind, round: number) => {
      const headers = kind === 'cacheBrotli' ? { ...page.headers, 'Accept-Encoding': 'br' } : page.headers
      const logOffset = statSync(accessLog).size
      const cpuBefore = processGroupCpuSeconds(behind[kind])
      const result = await runWrk(`${base[kind]}${page.path}`, headers, loadSeconds)
      const cpuUsPerRequest = ((processGroupCpuSeconds(behind[kind]) - cpuBefore) * 1e6) / result.requests
      const run: LoadRun = { ...result, locale: page.locale, server: kind, round, cpuUsPerRequest }
      if (kind === 'cache') run.reachedSite = requestsReachingSite(accessLogSince(accessLog, logOffset), page.path)
      runs.push(run)
      console.log(
        `[bench] ${page.locale} ${kind.padEnd(11)} round ${round}: ${result.requestsPerSecond.toFixed(0)} req/s, p50 ${result.p50Ms} ms, ` +
          `p99 ${result.p99Ms} ms, ${cpuUsPerRequest.toFixed(0)} µs CPU/request, load average ${loadAverage()}` +
          (run.reachedSite === undefined ? '' : `, ${run.reachedSite} reached the site`) +
          (result.socketErrors ? `, socket errors: ${result.socketErrors}` : ''),
      )
      expect(result.non2xx, `${kind} answered ${result.non2xx} requests with other than 2xx/3xx`).toBe(0)
    }
    await test.step('load: warm-up, then rounds of the three servers', async () => {
      for (const page of pages) {
        for (const server of servers) await runWrk(`${base[server]}${page.path}`, page.headers, warmUpSeconds)
        for (let round = 1; round <= rounds; round += 1) for (const server of roundOrder(round)) await measure(page, server, round)
        // Once, beside the rounds: what a browser's request costs (it asks for compression).
        await measure(page, 'cacheBrotli', 1)
      }
    })
  } finally {
    await baseline.stop()
  }
  const loadAverageAfter = loadAverage()

  const summaries: PageSummary[] = pages.map((page, index) => {
    const figures = (kind: LoadKind) => {
      const own = runs.filter((run) => run.locale === page.locale && run.server === kind)
      const of = (figure: 'requestsPerSecond' | 'p50Ms' | 'p99Ms' | 'cpuUsPerRequest') => median(own.map((run) => run[figure]))
      return { requestsPerSecond: of('requestsPerSecond'), p50Ms: of('p50Ms'), p99Ms: of('p99Ms'), cpuUsPerRequest: of('cpuUsPerRequest') }
    }
    const medians = { cache: figures('cache'), raw: figures('raw'), next: figures('next') }
    const cached = runs.filter((run) => run.locale === page.locale && run.server === 'cache')
    return {
      locale: page.locale,
      path: page.path,
      bytes: saved[index].body.length,
      median: medians,
      brotli: figures('cacheBrotli'),
      cacheVersusRaw: medians.cache.requestsPerSecond / medians.raw.requestsPerSecond,
      cacheVersusNext: medians.cache.requestsPerSecond / medians.next.requestsPerSecond,
      rendersPerSecond: cached.reduce((sum, run) => sum + (run.reachedSite ?? 0), 0) / cached.reduce((sum, run) => sum + run.seconds, 0),
    }
  })

  const samples: PublishSample[] = []
  await test.step('publish to live through the cache', async () => {
    const editor = await adminClient(state.editor.storageState)
    // Through nginx only: the site's only client in production is nginx, and a second poller
    // asking the site directly would have it render the new page before nginx asks for it.
    const pollers = Object.fromEntries(pages.map((page) => [page.locale, pollPage(`${SITE_URL}${page.path}`, page.headers)])) as Record<Locale, Poller>
    const publish = async (locale: Locale, summary: string) => {
      const answer = await editor.patch(`/api/treatments/${treatment.id}?locale=${locale}`, { data: { summary, _status: 'published' } })
      if (!answer.ok()) throw new Error(`publishing the ${locale} summary failed: ${answer.status()} ${await answer.text()}`)
    }
    try {
      for (let index = 0; index < publishes; index += 1) {
        const locale = locales[index % locales.length]
        // A random moment in the micro-cache's cycle (an entry lives about two seconds, see klinik.conf).
        await sleep(700 + Math.random() * 2_000)
        const text = `bench publish ${index + 1} ${randomBytes(4).toString('hex')}`
        const visible = pollers[locale].until(text, publishVisibleTimeoutMs)
        const sent = performance.now()
        await publish(locale, text)
        const answered = performance.now()
        const seen = await visible
        const sample: PublishSample = {
          locale,
          publishAnswerMs: answered - sent,
          visibleMs: seen === null ? null : seen.at - sent,
          servedAs: seen === null ? null : `${seen.xCache}, site ${seen.nextCache}`,
        }
        samples.push(sample)
        const shown = (ms: number | null) => (ms === null ? 'never' : `${ms.toFixed(0)} ms`)
        console.log(
          `[bench] publish ${index + 1} (${locale}): CMS answered after ${shown(sample.publishAnswerMs)}, ` +
            `nginx served it after ${shown(sample.visibleMs)} (${sample.servedAs ?? '-'})`,
        )
      }
    } finally {
      await Promise.all(Object.values(pollers).map((poller) => poller.stop()))
      for (const locale of locales) await publish(locale, treatment.summary[locale])
      await editor.dispose()
    }
  })

  // A publish that never showed counts as the slowest.
  const slowest = (values: (number | null)[]) => values.map((value) => value ?? Infinity)
  const orNull = (value: number) => (Number.isFinite(value) ? value : null)
  const results: ServingResults = {
    date: `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    commit: describeCommit(),
    machine: describeMachine(),
    load: {
      command: ['wrk', ...wrkArgs('<url>', { 'Accept-Language': '<tr|en>' }, loadSeconds)].map((arg) => (arg.includes(' ') ? `'${arg}'` : arg)).join(' '),
      rounds,
      warmUpSeconds,
      loadAverageBefore,
      loadAverageAfter,
    },
    runs,
    pages: summaries,
    publish: {
      samples,
      medianMs: orNull(median(slowest(samples.map((sample) => sample.visibleMs)))),
      maxMs: orNull(Math.max(...slowest(samples.map((sample) => sample.visibleMs)))),
      pollEveryMs,
    },
  }
  console.log(`\n${writeServingResults(results)}\n`)
})
