/**
 * The local .env generator, run as turbo runs it (a node process) on a throwaway copy of the
 * repository layout, so its root is the temp folder.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

const shared = ['REVALIDATE_SECRET', 'PREVIEW_SECRET', 'INTAKE_SECRET']
let root: string

function run(env: NodeJS.ProcessEnv = {}) {
  const { PATH, HOME } = process.env
  return execFileSync(process.execPath, [path.join(root, 'packages/config/scripts/ensure-local-env.mjs')], { env: { PATH, HOME, ...env }, encoding: 'utf8' })
}
const file = (app: 'cms' | 'web') => path.join(root, 'apps', app, '.env')
const values = (app: 'cms' | 'web') =>
  Object.fromEntries(
    readFileSync(file(app), 'utf8')
      .split('\n')
      .filter((line) => /^[A-Z0-9_]+=/.test(line))
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  )

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'klinik-local-env-'))
  mkdirSync(path.join(root, 'packages/config/scripts'), { recursive: true })
  mkdirSync(path.join(root, 'apps/cms'), { recursive: true })
  mkdirSync(path.join(root, 'apps/web'), { recursive: true })
  copyFileSync(path.join(__dirname, 'ensure-local-env.mjs'), path.join(root, 'packages/config/scripts/ensure-local-env.mjs'))
})
afterEach(() => rmSync(root, { recursive: true, force: true }))

describe('ensure-local-env', () => {
  it('writes both files on a fresh clone, with the same shared secrets and the local deployment', () => {
    run()
    const cms = values('cms')
    const web = values('web')
    expect(cms.KLINIK_DEPLOYMENT).toBe('local')
    expect(web.KLINIK_DEPLOYMENT).toBe('local')
    for (const name of shared) {
      expect(cms[name]).toMatch(/^[0-9a-f]{48}$/)
      expect(web[name]).toBe(cms[name])
    }
    expect(cms.PAYLOAD_SECRET).toMatch(/^[0-9a-f]{64}$/)
    expect(cms.SEED_EDITOR_PASSWORD).toMatch(/^[\w-]{12}$/)
    expect(web.PAYLOAD_SECRET).toBeUndefined()
  })

  it('changes nothing on the second run', () => {
    run()
    const before = [readFileSync(file('cms'), 'utf8'), readFileSync(file('web'), 'utf8')]
    expect(run()).toBe('')
    expect([readFileSync(file('cms'), 'utf8'), readFileSync(file('web'), 'utf8')]).toEqual(before)
  })

  it('copies a shared secret already in one file into the other, and keeps the other lines', () => {
    writeFileSync(file('web'), 'CMS_URL=http://localhost:3001\nREVALIDATE_SECRET=abcdefabcdefabcdefabcdef')
    run()
    expect(values('cms').REVALIDATE_SECRET).toBe('abcdefabcdefabcdefabcdef')
    expect(values('web')).toMatchObject({ CMS_URL: 'http://localhost:3001', REVALIDATE_SECRET: 'abcdefabcdefabcdefabcdef', KLINIK_DEPLOYMENT: 'local' })
    expect(values('web').PREVIEW_SECRET).toBe(values('cms').PREVIEW_SECRET)
  })

  it('never writes a value the environment already sets', () => {
    run({ PAYLOAD_SECRET: 'x'.repeat(40), INTAKE_SECRET: 'y'.repeat(20) })
    expect(values('cms').PAYLOAD_SECRET).toBeUndefined()
    expect(values('cms').INTAKE_SECRET).toBeUndefined()
    expect(values('web').INTAKE_SECRET).toBeUndefined()
  })

  it('writes nothing for a proxied deployment, from the environment or from a file', () => {
    run({ KLINIK_DEPLOYMENT: 'proxied' })
    expect(existsSync(file('cms'))).toBe(false)
    expect(existsSync(file('web'))).toBe(false)
    writeFileSync(file('cms'), 'KLINIK_DEPLOYMENT=proxied\n')
    run()
    expect(readFileSync(file('cms'), 'utf8')).toBe('KLINIK_DEPLOYMENT=proxied\n')
    expect(existsSync(file('web'))).toBe(false)
  })
})

describe('when turbo runs it', () => {
  type DryRun = { tasks: { taskId: string; dependencies: string[]; command: string }[] }
  const repoDir = path.resolve(__dirname, '..', '..', '..')

  it('runs once, before every app task that reads the local settings, and no app script runs it again', () => {
    const turbo = path.join(repoDir, 'node_modules', '.bin', 'turbo')
    const { tasks } = JSON.parse(execFileSync(turbo, ['run', 'build', 'setup', 'dev', 'seed', '--dry=json'], { cwd: repoDir, encoding: 'utf8' })) as DryRun
    const appTasks = tasks.filter((task) => /^@klinik\/(cms|web)#/.test(task.taskId) && task.command !== '<NONEXISTENT>')
    expect(appTasks.map((task) => task.taskId).sort()).toEqual([
      '@klinik/cms#build',
      '@klinik/cms#dev',
      '@klinik/cms#seed',
      '@klinik/cms#setup',
      '@klinik/web#build',
      '@klinik/web#dev',
    ])
    for (const task of appTasks) {
      expect({ task: task.taskId, dependsOnLocalEnv: task.dependencies.includes('@klinik/config#local-env') }).toEqual({
        task: task.taskId,
        dependsOnLocalEnv: true,
      })
      expect(task.command).not.toMatch(/ensure-local-env|klinik-local-env/)
    }
    expect(tasks.filter((task) => task.taskId === '@klinik/config#local-env')).toHaveLength(1)
  })
})
