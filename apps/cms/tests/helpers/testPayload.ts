import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'

export type TestCms = {
  payload: Payload
  /** Closes the database and removes the throwaway folder. */
  cleanup: () => Promise<void>
}

/**
 * A Payload instance on a fresh SQLite file with the committed migrations applied: the
 * same schema production gets, in a temp folder that is removed afterwards.
 */
export async function startTestCms(env: Record<string, string> = {}): Promise<TestCms> {
  const dir = mkdtempSync(path.join(tmpdir(), 'klinik-cms-test-'))
  Object.assign(process.env, {
    PAYLOAD_SECRET: 'test-secret-that-is-long-enough-0123456789',
    DATABASE_URI: `file:${path.join(dir, 'test.db')}`,
    MEDIA_DIR: path.join(dir, 'media'),
    PAYLOAD_JOBS_AUTORUN: 'false',
    ...env,
  })
  const { default: config } = await import('../../src/payload.config')
  const { migrations } = await import('../../src/migrations')
  const { getPayload } = await import('payload')
  const payload = await getPayload({ config })
  await payload.db.migrate({ migrations })
  return {
    payload,
    cleanup: async () => {
      await payload.destroy()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
