/**
 * The start-up script refuses to start on a bad environment or an unreachable database,
 * quickly and with a message a person can act on.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

const appDir = path.resolve(import.meta.dirname, '..')

function runPrepare(env: Record<string, string | undefined>) {
  const dir = mkdtempSync(path.join(tmpdir(), 'klinik-startup-'))
  const started = Date.now()
  const result = spawnSync(process.execPath, ['--conditions=production', 'dist/scripts/prepare.js'], {
    cwd: appDir,
    // A clean environment: nothing from apps/cms/.env or the test runner leaks in.
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'production' as const,
      KLINIK_DEPLOYMENT: 'local',
      MEDIA_DIR: path.join(dir, 'media'),
      SEED_ON_START: 'false',
      ...env,
    },
    encoding: 'utf8',
    timeout: 60_000,
  })
  rmSync(dir, { recursive: true, force: true })
  return { status: result.status, output: `${result.stdout}${result.stderr}`, seconds: (Date.now() - started) / 1000 }
}

beforeAll(() => {
  // The start-up script runs bundled, as `npm start` runs it; bundling takes well under a second.
  execFileSync(process.execPath, ['scripts/bundle-scripts.mjs'], { cwd: appDir })
})

const secret = 'a-test-secret-that-is-long-enough-1234567890'

describe('start-up', () => {
  it('stops with a message naming PAYLOAD_SECRET when it is missing', () => {
    const { status, output } = runPrepare({ PAYLOAD_SECRET: '', DATABASE_URI: 'file:/tmp/klinik-never-created.db' })
    expect(status).toBe(1)
    expect(output).toMatch(/Invalid environment: PAYLOAD_SECRET/)
    expect(output).not.toMatch(/^\s+at /m)
  })

  it('stops on an unknown database URI scheme, naming DATABASE_URI', () => {
    const { status, output } = runPrepare({ PAYLOAD_SECRET: secret, DATABASE_URI: 'postgres://localhost/klinik' })
    expect(status).toBe(1)
    expect(output).toMatch(/DATABASE_URI must start with mongodb/)
  })

  it('chooses MongoDB for a mongodb:// URI and fails within seconds when nothing answers', () => {
    const { status, output, seconds } = runPrepare({ PAYLOAD_SECRET: secret, DATABASE_URI: 'mongodb://127.0.0.1:9/klinik' })
    expect(status).toBe(1)
    expect(output).toMatch(/cannot connect to MongoDB/)
    expect(output).toMatch(/Check DATABASE_URI/)
    expect(seconds).toBeLessThan(30)
  })

  it('creates, migrates and opens a new SQLite database for a file: URI', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'klinik-startup-db-'))
    try {
      const { status, output } = runPrepare({ PAYLOAD_SECRET: secret, DATABASE_URI: `file:${path.join(dir, 'new.db')}` })
      expect(output).toMatch(/Migrated:\s+[\d_]+_initial/)
      expect(output).toMatch(/CMS starting/)
      expect(status).toBe(0)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
