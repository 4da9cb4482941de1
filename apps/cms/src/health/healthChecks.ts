import { existsSync } from 'node:fs'
import { statfs } from 'node:fs/promises'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import type { Payload, Where } from 'payload'

import { bookingEmailTaskSlugs } from '../jobs/bookingEmails'
import { lastEmailFailure, type EmailKind } from './emailFailures'

/** When a check stops being fine (README, "Monitoring and alerts"). */
export const healthThresholds = {
  /** Free space on the database's or the media's filesystem below this share: uploads and writes start failing soon after. */
  minDiskFreePercent: 10,
  /** The jobs runner starts every due job within a minute: one due for longer has been left behind (runner stopped or stuck). */
  maxJobWaitSeconds: 15 * 60,
  /**
   * An email failure this recent is reported (and any email still being retried, however long
   * ago its last try failed: the retries spread over a day, hours apart towards the end).
   */
  emailFailureSeconds: 60 * 60,
  /** A keyed read slower than this: the database answers, but badly. */
  slowDatabaseMs: 1000,
  /** No answer within this counts as the database being down (MongoDB would otherwise make the caller wait its 5 s server selection). */
  databaseTimeoutMs: 3000,
} as const

export type HealthStatus = 'ok' | 'degraded' | 'down'

type DatabaseCheck = { ok: true; ms: number } | { ok: false; ms: number; problem: 'slow' } | { ok: false; problem: 'no-answer' | 'timeout' }
type JobsCheck = { ok: boolean; queued: number; oldestQueuedSeconds: number | null } | { ok: false; problem: 'no-answer' }
type EmailCheck = { ok: boolean; lastFailure: { at: string; kind: EmailKind; secondsAgo: number } | null; retrying: number }
type DiskCheck = { ok: boolean; freeBytes: number; freePercent: number } | { ok: false; problem: 'unreadable' }

export type HealthReport = {
  status: HealthStatus
  checks: {
    database: DatabaseCheck
    /** Read only when the database answers. */
    jobs?: JobsCheck
    email?: EmailCheck
    /** The SQLite file's filesystem (none for MongoDB, which runs elsewhere) and the media folder's. */
    disk: { database?: DiskCheck; media: DiskCheck }
  }
}

/** Where the CMS writes: the SQLite file's folder (none for MongoDB) and the media folder. */
export type HealthPlaces = { databaseDir?: string; mediaDir: string }

class Timeout extends Error {}

function withinTime<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Timeout()), ms)
  })
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer))
}

const oneDecimal = (value: number) => Math.round(value * 10) / 10

/** The folder itself, or (before the first upload creates it) the nearest folder above it that exists: the filesystem it will be on. */
function existingFolder(dir: string): string {
  let current = path.resolve(dir)
  while (!existsSync(current) && path.dirname(current) !== current) current = path.dirname(current)
  return current
}

/** From `statfs`: what an unprivileged process may still write (root's reserve excluded), of the whole size. */
export function diskCheck({ bavail, bsize, blocks }: { bavail: number; bsize: number; blocks: number }): DiskCheck {
  const freePercent = blocks > 0 ? oneDecimal((bavail / blocks) * 100) : 0
  return { ok: freePercent >= healthThresholds.minDiskFreePercent, freeBytes: bavail * bsize, freePercent }
}

async function diskSpace(dir: string): Promise<DiskCheck> {
  try {
    return diskCheck(await statfs(existingFolder(dir)))
  } catch {
    return { ok: false, problem: 'unreadable' }
  }
}

const jobs = 'payload-jobs' as const
/** Queued and still to run: not completed, and not given up after its last retry (`hasError`). */
const notDone: Where = { and: [{ completedAt: { exists: false } }, { hasError: { not_equals: true } }] }

/**
 * The backlog: jobs due now (a scheduled publish or the daily retention run waits for its time,
 * `waitUntil`, and is not late before it) and how long the longest-waiting one has been due.
 * Completed jobs are deleted, so the table holds little; each query uses an index.
 */
async function jobBacklog(payload: Payload, now: Date): Promise<JobsCheck> {
  const at = now.toISOString()
  const oldestFirst = { limit: 1, pagination: false, depth: 0, overrideAccess: true } as const
  const [{ totalDocs: queued }, unscheduled, scheduled] = await Promise.all([
    payload.count({
      collection: jobs,
      where: { and: [notDone, { or: [{ waitUntil: { exists: false } }, { waitUntil: { less_than_equal: at } }] }] },
      overrideAccess: true,
    }),
    payload.find({
      collection: jobs,
      where: { and: [notDone, { waitUntil: { exists: false } }] },
      sort: 'createdAt',
      select: { createdAt: true },
      ...oldestFirst,
    }),
    payload.find({
      collection: jobs,
      where: { and: [notDone, { waitUntil: { less_than_equal: at } }] },
      sort: 'waitUntil',
      select: { createdAt: true, waitUntil: true },
      ...oldestFirst,
    }),
  ])
  // Due since it was queued, or since its time came (a retry counts from its last try).
  const dueSince = [
    ...unscheduled.docs.map((job) => Date.parse(job.createdAt)),
    ...scheduled.docs.map((job) => Math.max(Date.parse(job.createdAt), Date.parse(job.waitUntil ?? job.createdAt))),
  ]
  const oldestQueuedSeconds = dueSince.length > 0 ? Math.max(0, Math.floor((now.getTime() - Math.min(...dueSince)) / 1000)) : null
  return { ok: (oldestQueuedSeconds ?? 0) <= healthThresholds.maxJobWaitSeconds, queued, oldestQueuedSeconds }
}

/** Booking emails that failed at least once and will be tried again (their job is neither done nor given up). */
async function emailsRetrying(payload: Payload): Promise<number> {
  const { totalDocs } = await payload.count({
    collection: jobs,
    where: { and: [notDone, { taskSlug: { in: bookingEmailTaskSlugs } }, { totalTried: { greater_than: 0 } }] },
    overrideAccess: true,
  })
  return totalDocs
}

/** Not ok after a recent failure, or while an email is still being retried. */
export function emailCheck(failure: Awaited<ReturnType<typeof lastEmailFailure>>, retrying: number, now: Date): EmailCheck {
  if (!failure) return { ok: retrying === 0, lastFailure: null, retrying }
  const secondsAgo = Math.max(0, Math.floor((now.getTime() - Date.parse(failure.at)) / 1000))
  return { ok: retrying === 0 && secondsAgo > healthThresholds.emailFailureSeconds, lastFailure: { ...failure, secondsAgo }, retrying }
}

/** ok when every check is; down when the database does not answer; degraded otherwise. */
export function healthStatus(checks: HealthReport['checks']): HealthStatus {
  if (!checks.database.ok && checks.database.problem !== 'slow') return 'down'
  const all = [checks.database, checks.jobs, checks.email, checks.disk.database, checks.disk.media]
  return all.every((check) => check === undefined || check.ok) ? 'ok' : 'degraded'
}

async function runChecks(payload: Payload, places: HealthPlaces): Promise<HealthReport> {
  const now = new Date()
  const disks = Promise.all([places.databaseDir ? diskSpace(places.databaseDir) : undefined, diskSpace(places.mediaDir)])
  let database: DatabaseCheck
  let failure: Awaited<ReturnType<typeof lastEmailFailure>> = null
  const started = performance.now()
  try {
    // The probe is a real keyed read of a table (what `SELECT 1` would not be on SQLite), and one the report needs.
    failure = await withinTime(lastEmailFailure(payload), healthThresholds.databaseTimeoutMs)
    const ms = oneDecimal(performance.now() - started)
    database = ms <= healthThresholds.slowDatabaseMs ? { ok: true, ms } : { ok: false, ms, problem: 'slow' }
  } catch (error) {
    database = { ok: false, problem: error instanceof Timeout ? 'timeout' : 'no-answer' }
  }
  const answered = database.ok || database.problem === 'slow'
  const backlog = answered
    ? await withinTime(jobBacklog(payload, now), healthThresholds.databaseTimeoutMs).catch((): JobsCheck => ({ ok: false, problem: 'no-answer' }))
    : undefined
  // Unknown (the database stopped answering in between) counts as none: the jobs check reports that.
  const retrying = answered ? await withinTime(emailsRetrying(payload), healthThresholds.databaseTimeoutMs).catch(() => 0) : 0
  const [databaseDisk, mediaDisk] = await disks
  const checks: HealthReport['checks'] = {
    database,
    ...(answered ? { jobs: backlog, email: emailCheck(failure, retrying, now) } : {}),
    disk: { ...(databaseDisk ? { database: databaseDisk } : {}), media: mediaDisk },
  }
  return { status: healthStatus(checks), checks }
}

const running = new WeakMap<Payload, Promise<HealthReport>>()

/**
 * The health report. Callers arriving while a check runs share its answer: a flood of probes
 * (or a hanging database) costs one set of queries, not one per request.
 */
export function checkHealth(payload: Payload, places: HealthPlaces): Promise<HealthReport> {
  const current = running.get(payload)
  if (current) return current
  const report = runChecks(payload, places).finally(() => running.delete(payload))
  running.set(payload, report)
  return report
}
