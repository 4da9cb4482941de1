/**
 * The newcomer's path, on the checkout as it is: `npm start` (the README's second command, with
 * no .env files yet), then what people do first. The local settings agree; an editor's publish
 * reaches the page within 2 s; a patient's request sent through the site's form is stored and
 * staff find it; a killed CMS leaves the site serving and comes back by itself; stopping
 * `npm start` stops everything. Run by CI before the test suite (.ci/run), on the fixed ports.
 */
import { expect, test } from '../e2e/test'
import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync, mkdirSync, openSync, readdirSync, readFileSync, readlinkSync } from 'node:fs'
import path from 'node:path'

import { fillForm, shownReference } from '../e2e/bookingForm'

const repoDir = path.resolve(import.meta.dirname, '..', '..', '..')
const site = 'http://localhost:3000'
const cms = 'http://localhost:3001'
const logFile = path.join(repoDir, 'apps', 'web', 'test-results', 'npm-start.log')
const sharedSecrets = ['REVALIDATE_SECRET', 'PREVIEW_SECRET', 'INTAKE_SECRET']

test.describe.configure({ mode: 'serial' })

let npmStart: ChildProcess | undefined

const dotenv = (app: 'cms' | 'web') =>
  new Map(
    readFileSync(path.join(repoDir, 'apps', app, '.env'), 'utf8')
      .split('\n')
      .map((line) => line.match(/^([A-Z0-9_]+)=(.*)$/))
      .filter((match): match is RegExpMatchArray => match !== null)
      .map((match) => [match[1], match[2]]),
  )

async function status(url: string): Promise<number> {
  try {
    const response = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(10_000) })
    await response.body?.cancel()
    return response.status
  } catch {
    return 0
  }
}

async function until(what: string, check: () => Promise<boolean>, timeoutMs: number, everyMs = 250): Promise<number> {
  const started = Date.now()
  for (;;) {
    if (await check()) return Date.now() - started
    if (Date.now() - started > timeoutMs) throw new Error(`${what}: not within ${timeoutMs / 1000} s.\n--- npm start (last lines) ---\n${startLog()}`)
    if (npmStart && npmStart.exitCode !== null) throw new Error(`npm start exited (${npmStart.exitCode}) while waiting for: ${what}\n${startLog()}`)
    await new Promise((resolve) => setTimeout(resolve, everyMs))
  }
}

const startLog = () => (existsSync(logFile) ? readFileSync(logFile, 'utf8').split('\n').slice(-60).join('\n') : '')

/** The process listening on a local TCP port (Linux /proc), to kill the app as the OOM killer would. */
function listenerPid(port: number): number | undefined {
  const inodes = new Set<string>()
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    if (!existsSync(table)) continue
    for (const line of readFileSync(table, 'utf8').split('\n').slice(1)) {
      const fields = line.trim().split(/\s+/)
      // local_address is HEX_IP:HEX_PORT; state 0A is LISTEN; field 9 is the socket inode.
      if (fields[3] === '0A' && parseInt(fields[1]?.split(':')[1] ?? '', 16) === port) inodes.add(fields[9])
    }
  }
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      for (const fd of readdirSync(`/proc/${pid}/fd`)) {
        const target = readlinkSync(`/proc/${pid}/fd/${fd}`)
        if (inodes.has(target.slice('socket:['.length, -1))) return Number(pid)
      }
    } catch {
      // gone, or not ours to read
    }
  }
  return undefined
}

async function login(role: 'editor' | 'staff'): Promise<string> {
  const password = dotenv('cms').get(role === 'editor' ? 'SEED_EDITOR_PASSWORD' : 'SEED_STAFF_PASSWORD')
  const response = await fetch(`${cms}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: `${role}@klinik.local`, password }),
  })
  expect(response.status, `sign-in as the seeded ${role}`).toBe(200)
  return ((await response.json()) as { token: string }).token
}

test.beforeAll(async () => {
  test.setTimeout(25 * 60_000)
  expect(await status(`${site}/tr`), 'port 3000 must be free before npm start').toBe(0)
  expect(await status(`${cms}/admin`), 'port 3001 must be free before npm start').toBe(0)
  const fresh = !existsSync(path.join(repoDir, 'apps', 'cms', '.env')) && !existsSync(path.join(repoDir, 'apps', 'web', '.env'))
  if (!fresh && !process.env.KLINIK_START_REUSE_ENV) {
    throw new Error('apps/cms/.env or apps/web/.env exists: this test walks a fresh clone (set KLINIK_START_REUSE_ENV=1 to run it anyway)')
  }
  mkdirSync(path.dirname(logFile), { recursive: true })
  const log = openSync(logFile, 'w')
  // The environment a newcomer's shell has: none of the apps' variables.
  const { PATH, HOME, LANG, TMPDIR, CI, NEXT_TELEMETRY_DISABLED } = process.env
  npmStart = spawn('npm', ['start'], {
    cwd: repoDir,
    env: { PATH, HOME, LANG, TMPDIR, CI, NEXT_TELEMETRY_DISABLED },
    detached: true,
    stdio: ['ignore', log, log],
  })
  await until(
    'the site and the CMS answer',
    async () => (await status(`${site}/tr`)) === 200 && (await status(`${cms}/api/treatments?limit=1`)) === 200,
    24 * 60_000,
    1000,
  )
})

test.afterAll(async () => {
  if (npmStart?.pid && npmStart.exitCode === null) {
    try {
      process.kill(-npmStart.pid, 'SIGKILL')
    } catch {
      // already stopped
    }
  }
})

test('the two local .env files were written once, with the same shared secrets', () => {
  const cmsEnv = dotenv('cms')
  const webEnv = dotenv('web')
  expect(cmsEnv.get('KLINIK_DEPLOYMENT')).toBe('local')
  expect(webEnv.get('KLINIK_DEPLOYMENT')).toBe('local')
  for (const name of sharedSecrets) {
    expect(cmsEnv.get(name), name).toMatch(/^[0-9a-f]{48}$/)
    expect(webEnv.get(name), `${name} in apps/web/.env`).toBe(cmsEnv.get(name))
  }
  // Each file is written once: a second writer would have appended a second block.
  expect(readFileSync(path.join(repoDir, 'apps', 'cms', '.env'), 'utf8').match(/^# Local settings/gm)).toHaveLength(1)
  expect(startLog()).not.toMatch(/differs between the CMS and the site|differs between the site and the CMS/)
})

test('a treatment published by the seeded editor shows on its page within 2 s', async () => {
  const token = await login('editor')
  const auth = { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' }
  const list = await fetch(`${cms}/api/treatments?locale=tr&depth=0&limit=1&where[slug][equals]=sac-mezoterapisi`, { headers: auth })
  const [treatment] = ((await list.json()) as { docs: { id: string; title: string; slug: string }[] }).docs
  expect(treatment, 'the seeded hair mesotherapy treatment').toBeTruthy()
  const page = `${site}/tr/tedaviler/${treatment.slug}`
  expect(await status(page)).toBe(200) // cached from here on
  const marker = `${treatment.title} (${Date.now().toString(36)})`
  const publish = (title: string) =>
    fetch(`${cms}/api/treatments/${treatment.id}?locale=tr`, { method: 'PATCH', headers: auth, body: JSON.stringify({ title, _status: 'published' }) })
  try {
    expect((await publish(marker)).status).toBe(200)
    const waited = await until('the new title on the page', async () => (await (await fetch(page)).text()).includes(marker), 2_000, 100)
    console.log(`publish visible on the page after ${waited} ms`)
  } finally {
    await publish(treatment.title)
  }
})

test('a patient sends a request through the site’s form on a phone; staff find it in the CMS', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'tr-TR' })
  const page = await context.newPage()
  const fullName = `Smoke Deneme ${Date.now().toString(36)}`
  await page.goto(`${site}/tr/randevu?treatment=sac-mezoterapisi`)
  const shownAt = Date.now()
  await fillForm(page, 'tr', { fullName })
  // A real person takes longer than the form's minimum fill time (3 s by default).
  await page.waitForTimeout(Math.max(0, 3_500 - (Date.now() - shownAt)))
  await page.getByRole('button', { name: 'Talebi gönder' }).click()
  const reference = await shownReference(page, 'tr')
  await context.close()

  const token = await login('staff')
  const found = await fetch(`${cms}/api/bookings?where[reference][equals]=${reference}&depth=0`, { headers: { Authorization: `JWT ${token}` } })
  expect(found.status).toBe(200)
  const { docs } = (await found.json()) as { docs: { reference: string; fullName: string; status: string }[] }
  expect(docs).toEqual([expect.objectContaining({ reference, fullName, status: 'new' })])
})

test('after a SIGKILL of the CMS the site keeps serving and the CMS is back by itself', async () => {
  const cachedPages = [`${site}/tr`, `${site}/tr/tedaviler/sac-mezoterapisi`, `${site}/en/faq`]
  // Rendered once now (the publish above dropped some of them), so they are in the site's cache.
  for (const page of cachedPages) expect(await status(page)).toBe(200)
  const pid = listenerPid(3001)
  expect(pid, 'the process listening on :3001').toBeDefined()
  process.kill(pid!, 'SIGKILL')
  await until('the CMS port to close', async () => (await status(`${cms}/api/treatments?limit=1`)) === 0, 5_000, 50)
  // Cached pages are served while the CMS is down.
  for (const page of cachedPages) expect(await status(page), page).toBe(200)
  const back = await until('the CMS to answer again', async () => (await status(`${cms}/api/treatments?limit=1`)) === 200, 30_000, 100)
  console.log(`CMS answering again ${back} ms after the port closed`)
  expect(listenerPid(3001)).not.toBe(pid)
  expect(await status(`${site}/tr`)).toBe(200)
})

test('stopping npm start stops both apps', async () => {
  process.kill(-npmStart!.pid!, 'SIGTERM')
  await until('both ports to close', async () => (await status(`${site}/tr`)) === 0 && (await status(`${cms}/admin`)) === 0, 20_000)
  await until('npm start to exit', async () => npmStart!.exitCode !== null || npmStart!.signalCode !== null, 20_000)
  expect(listenerPid(3000)).toBeUndefined()
  expect(listenerPid(3001)).toBeUndefined()
})
