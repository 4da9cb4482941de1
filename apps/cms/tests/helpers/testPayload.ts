import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'

import { stopRateLimiters } from '../../src/rateLimits/databaseRateLimiter'
import { restClient, type RestCall } from './rest'

/** The INTAKE_SECRET every test CMS has (the site's secret in production). */
export const testIntakeSecret = 'intake-secret-for-tests-0123456789'

/** What a proxied deployment cannot start without (the shared secrets, the proxy's address header, the screening key). */
export function proxiedTestEnv(): Record<string, string> {
  return {
    KLINIK_DEPLOYMENT: 'proxied',
    ADMIN_CLIENT_IP_HEADER: 'x-real-ip',
    REVALIDATE_SECRET: 'revalidate-secret-for-tests-0123456789',
    PREVIEW_SECRET: 'preview-secret-for-tests-0123456789',
    INTAKE_SECRET: testIntakeSecret,
    SCREENING_ANSWERS_KEY: randomBytes(32).toString('base64'),
  }
}

export type TestCms = {
  payload: Payload
  /** In-process REST calls against this instance. */
  rest: RestCall
  /** POST /api/bookings/intake as the site sends it: with the shared secret (and any headers given). */
  intake: (body: unknown, headers?: Record<string, string>) => Promise<Response>
  /** The SQLite file (its `-wal` beside it), for tests of what reaches the disk. */
  databaseFile: string
  /** Closes the database and removes the throwaway folder. */
  cleanup: () => Promise<void>
}

/**
 * A Payload instance on a fresh SQLite file with the committed migrations applied: the
 * same schema production gets, in a temp folder that is removed afterwards.
 */
let started = false

export async function startTestCms(env: Record<string, string> = {}): Promise<TestCms> {
  // The config reads the environment once per module registry, i.e. once per test file.
  if (started) throw new Error('startTestCms() may run once per test file; put a second database in its own file')
  started = true
  const dir = mkdtempSync(path.join(tmpdir(), 'klinik-cms-test-'))
  Object.assign(process.env, {
    KLINIK_DEPLOYMENT: 'local',
    PAYLOAD_SECRET: 'test-secret-that-is-long-enough-0123456789',
    DATABASE_URI: `file:${path.join(dir, 'test.db')}`,
    MEDIA_DIR: path.join(dir, 'media'),
    PAYLOAD_JOBS_AUTORUN: 'false',
    INTAKE_SECRET: testIntakeSecret,
    ...env,
  })
  const { default: config } = await import('../../src/payload.config')
  const { migrations } = await import('../../src/migrations')
  const { getPayload } = await import('payload')
  const payload = await getPayload({ config })
  await payload.db.migrate({ migrations: migrations as never })
  const rest = restClient(config)
  return {
    payload,
    rest,
    databaseFile: path.join(dir, 'test.db'),
    intake: (body, headers = {}) => rest('POST', '/bookings/intake', { json: body, headers: { 'X-Intake-Secret': process.env.INTAKE_SECRET!, ...headers } }),
    cleanup: async () => {
      // The SQLite adapter's destroy() leaves the libsql client open; close it ourselves.
      const { client } = payload.db as unknown as { client?: { close: () => void } }
      stopRateLimiters(payload)
      await payload.destroy()
      client?.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
