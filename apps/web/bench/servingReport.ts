/**
 * The serving benchmark's results: the whole record as JSON (apps/web/bench/results/, not
 * committed) and a summary a person reads in BENCHMARKS.md, between this benchmark's marker
 * comments, so other sections of that file stay as they are.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import path from 'node:path'

import { connections, type WrkResult } from './wrk'

const webDir = path.resolve(import.meta.dirname, '..')
const repoDir = path.resolve(webDir, '..', '..')
export const resultsFile = path.join(webDir, 'bench', 'results', 'serving.json')
export const benchmarksFile = path.join(repoDir, 'BENCHMARKS.md')
const sectionStart = '<!-- serving-path:start (written by `npm run bench`: apps/web/bench/serving.bench.ts; edits here are overwritten) -->'
const sectionEnd = '<!-- serving-path:end -->'

export const servers = ['cache', 'raw', 'next'] as const
export type ServerName = (typeof servers)[number]
export const serverLabels: Record<ServerName, string> = {
  cache: 'nginx micro-cache (deploy/nginx)',
  raw: 'raw nginx, same bytes from disk',
  next: '`next start` directly',
}

export const goals = { cacheVersusRaw: 0.9, p99Ms: 5, publishMs: 2_000, publishTargetMs: 1_500, rendersPerSecond: 1 } as const

/** The three servers, and the cache once more as a browser asks it (Accept-Encoding: br). */
export type LoadKind = ServerName | 'cacheBrotli'

export type LoadRun = WrkResult & {
  locale: string
  server: LoadKind
  round: number
  /** Cached runs: requests nginx passed to the site (MISS, EXPIRED, BYPASS in its access log). */
  reachedSite?: number
  /** CPU time of everything behind the address (nginx and the apps for the cache), per request. */
  cpuUsPerRequest: number
}

export type LoadFigures = { requestsPerSecond: number; p50Ms: number; p99Ms: number; cpuUsPerRequest: number }

export type PageSummary = {
  locale: string
  path: string
  bytes: number
  median: Record<ServerName, LoadFigures>
  /** One run through the cache with Accept-Encoding: br. */
  brotli: LoadFigures
  cacheVersusRaw: number
  cacheVersusNext: number
  /** Renders of this page per second while wrk loaded it through the cache. */
  rendersPerSecond: number
}

export type PublishSample = {
  locale: string
  /** Until the CMS answered the publish (the site is told after its commit, without waiting). */
  publishAnswerMs: number
  /** Until nginx served the new text: the figure the goal is about. */
  visibleMs: number | null
  /** How that first answer was served: nginx's X-Cache, then the site's x-nextjs-cache (MISS: rendered for it). */
  servedAs: string | null
}

export type ServingResults = {
  date: string
  commit: string
  machine: { cpus: number; cpuModel: string; memoryGiB: number; nginx: string; wrk: string; node: string }
  load: { command: string; rounds: number; warmUpSeconds: number; loadAverageBefore: number; loadAverageAfter: number }
  runs: LoadRun[]
  pages: PageSummary[]
  /** Medians and maxima over the samples; null when some publish never showed (within 10 s). */
  publish: { samples: PublishSample[]; medianMs: number | null; maxMs: number | null; pollEveryMs: number }
}

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/** What a command prints, on either stream: `nginx -v` and `wrk -v` print their version on stderr (and wrk exits 1). */
const tool = (command: string, args: string[]) => {
  const { stdout, stderr } = spawnSync(command, args, { encoding: 'utf8' })
  return `${stdout ?? ''}${stderr ?? ''}`.trim()
}

/** The machine's one-minute load average: above the core count, other programs were competing. */
export const loadAverage = () => Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0])

export function describeMachine(): ServingResults['machine'] {
  const cpuModel = readFileSync('/proc/cpuinfo', 'utf8').match(/^model name\s*:\s*(.+)$/m)?.[1] ?? 'unknown'
  const memoryKiB = Number(readFileSync('/proc/meminfo', 'utf8').match(/^MemTotal:\s+(\d+) kB/m)?.[1] ?? 0)
  return {
    cpus: availableParallelism(),
    cpuModel,
    memoryGiB: Math.round((memoryKiB / 1024 / 1024) * 10) / 10,
    nginx: tool('nginx', ['-v']).replace(/^nginx version:\s*nginx\//, ''),
    wrk: tool('wrk', ['-v']).split('\n')[0].split(' [')[0],
    node: process.version,
  }
}

/** The commit measured; marked when the code differs from it (BENCHMARKS.md itself aside). */
export function describeCommit(): string {
  const commit = tool('git', ['-C', repoDir, 'rev-parse', '--short', 'HEAD'])
  const changed = tool('git', ['-C', repoDir, 'status', '--porcelain', '--', '.', ':!BENCHMARKS.md'])
  return changed ? `${commit} with uncommitted changes` : commit
}

const ms = (value: number) => (value < 10 ? value.toFixed(2) : value < 100 ? value.toFixed(1) : value.toFixed(0))
const times = (value: number) => `${value.toFixed(2)}×`
const seconds = (valueMs: number | null) => (valueMs === null ? 'never (10 s)' : `${(valueMs / 1000).toFixed(2)} s`)
const met = (ok: boolean) => (ok ? 'yes' : '**no**')

function table(header: string[], rows: string[][]): string {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => row[column].length)))
  const line = (cells: string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n')
}

export function summarySection(results: ServingResults): string {
  const { machine, pages, publish, load } = results
  const loadRows = pages.flatMap((page) =>
    servers.map((server) => {
      const { requestsPerSecond, p50Ms, p99Ms, cpuUsPerRequest } = page.median[server]
      return [
        `${page.locale.toUpperCase()} \`${page.path}\``,
        serverLabels[server],
        requestsPerSecond.toFixed(0),
        ms(p50Ms),
        ms(p99Ms),
        cpuUsPerRequest.toFixed(0),
      ]
    }),
  )
  const ratioRows = pages.map((page) => [
    page.locale.toUpperCase(),
    times(page.cacheVersusRaw),
    times(page.median.raw.cpuUsPerRequest / page.median.cache.cpuUsPerRequest),
    times(page.cacheVersusNext),
    page.rendersPerSecond.toFixed(2),
    `${(page.bytes / 1024).toFixed(1)} kB`,
  ])
  const brotliRows = pages.map((page) => [
    page.locale.toUpperCase(),
    page.brotli.requestsPerSecond.toFixed(0),
    ms(page.brotli.p99Ms),
    page.brotli.cpuUsPerRequest.toFixed(0),
    times(page.brotli.requestsPerSecond / page.median.cache.requestsPerSecond),
  ])
  const worstRatio = Math.min(...pages.map((page) => page.cacheVersusRaw))
  const worstP99 = Math.max(...pages.map((page) => page.median.cache.p99Ms))
  const worstRenders = Math.max(...pages.map((page) => page.rendersPerSecond))
  const goalRows = [
    [
      `through the cache ≥ ${goals.cacheVersusRaw}× raw nginx (req/s)`,
      pages.map((page) => `${page.locale}: ${times(page.cacheVersusRaw)}`).join(', '),
      met(worstRatio >= goals.cacheVersusRaw),
    ],
    [
      `p99 ≤ ${goals.p99Ms} ms at ${connections} connections, through the cache`,
      pages.map((page) => `${page.locale}: ${ms(page.median.cache.p99Ms)} ms`).join(', '),
      met(worstP99 <= goals.p99Ms),
    ],
    [
      `publish visible ≤ ${goals.publishMs / 1000} s (target ${goals.publishTargetMs / 1000} s)`,
      `median ${seconds(publish.medianMs)}, max ${seconds(publish.maxMs)}`,
      publish.maxMs !== null && publish.maxMs <= goals.publishTargetMs ? 'yes (target too)' : met(publish.maxMs !== null && publish.maxMs <= goals.publishMs),
    ],
    [
      `about ${goals.rendersPerSecond} render per page per second under load`,
      pages.map((page) => `${page.locale}: ${page.rendersPerSecond.toFixed(2)}/s`).join(', '),
      met(worstRenders <= goals.rendersPerSecond * 1.5),
    ],
  ]
  const publishRows = publish.samples.map((sample, index) => [
    String(index + 1),
    sample.locale,
    seconds(sample.publishAnswerMs),
    seconds(sample.visibleMs),
    sample.servedAs ?? '',
  ])
  const publishAnswers = publish.samples.map((sample) => sample.publishAnswerMs)
  publishRows.push(['median', '', seconds(median(publishAnswers)), seconds(publish.medianMs), ''])
  publishRows.push(['max', '', seconds(Math.max(...publishAnswers)), seconds(publish.maxMs), ''])

  return [
    sectionStart,
    '',
    '## Serving path',
    '',
    `Measured ${results.date} at commit ${results.commit}, on ${machine.cpus} cores (${machine.cpuModel}), ${machine.memoryGiB} GiB memory; ` +
      `nginx ${machine.nginx}, ${machine.wrk}, Node ${machine.node}. One-minute load average ${load.loadAverageBefore.toFixed(1)} before the ` +
      `load runs and ${load.loadAverageAfter.toFixed(1)} after (above ${machine.cpus}: other programs were competing for the cores too).`,
    '',
    `Load: \`${load.command}\` on loopback, ${load.rounds} rounds per page with the three servers interleaved (order rotated each round) ` +
      `after a ${load.warmUpSeconds} s warm-up of each; medians of the rounds. Through nginx: HTTPS (wrk speaks HTTP/1.1), the real rendered ` +
      'configuration (`e2e-nginx/stack.ts`) with the page rate limit lifted; `next start` is reached over plain HTTP at 127.0.0.1:3300. ' +
      'Requests carry `Accept-Language` matching the page (otherwise next-intl sets a cookie and nginx stores nothing) and no ' +
      '`Accept-Encoding`, as wrk sends by default, so every answer is the uncompressed page. wrk itself runs on the same ' +
      `${machine.cpus} cores and takes about one of them, so every nginx figure here is lower than with the load coming from elsewhere. ` +
      '"CPU µs/req" is the CPU time of the processes behind the address (for the cache: nginx and both apps) per request, ' +
      'which competing programs disturb less than the request rate.',
    '',
    table(['page', 'server', 'req/s', 'p50 ms', 'p99 ms', 'CPU µs/req'], loadRows),
    '',
    table(['page', 'cache / raw (req/s)', 'raw / cache (CPU per request)', 'cache / next (req/s)', 'renders/s (cached runs)', 'page size'], ratioRows),
    '',
    'What a browser costs: through the cache with `Accept-Encoding: br`, as browsers ask (one run per page after the rounds). nginx stores ' +
      'the page uncompressed and compresses it again for every answer (klinik.conf: brotli level 4).',
    '',
    table(['page', 'req/s', 'p99 ms', 'CPU µs/req', 'versus uncompressed (req/s)'], brotliRows),
    '',
    `Publish to live: ${publish.samples.length} publishes by the editor (REST PATCH with \`_status: published\` through the admin's hostname), ` +
      `alternating the TR and EN summary, while a poller fetched each page through nginx every ~${publish.pollEveryMs} ms; times from sending ` +
      'the publish. "Served as": nginx\'s X-Cache and the site\'s x-nextjs-cache on the first answer with the new text.',
    '',
    table(['#', 'page', 'CMS answered', 'nginx shows it', 'served as'], publishRows),
    '',
    table(['goal (printed, not asserted)', 'measured', 'met'], goalRows),
    '',
    'Full record (every run): `apps/web/bench/results/serving.json` after `npm run bench`.',
    '',
    sectionEnd,
  ].join('\n')
}

export function writeServingResults(results: ServingResults): string {
  mkdirSync(path.dirname(resultsFile), { recursive: true })
  writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`)
  const section = summarySection(results)
  const current = existsSync(benchmarksFile)
    ? readFileSync(benchmarksFile, 'utf8')
    : '# Benchmarks\n\nWritten by `npm run bench`; each benchmark replaces only its own section (between its marker comments).\n'
  const start = current.indexOf(sectionStart)
  const end = current.indexOf(sectionEnd)
  const next =
    start >= 0 && end > start ? `${current.slice(0, start)}${section}${current.slice(end + sectionEnd.length)}` : `${current.trimEnd()}\n\n${section}\n`
  writeFileSync(benchmarksFile, next)
  return section
}
