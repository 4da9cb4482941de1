/**
 * The production shape on one machine, for the browser tests through nginx and the serving
 * benchmark: both built apps in the proxied deployment (KLINIK_DEPLOYMENT=proxied, no demo
 * accounts, two-factor sign-in required) behind nginx rendered from deploy/nginx (TLS with a
 * self-signed certificate, the micro-cache, the rate limits), on a throwaway SQLite database.
 *
 * Hostnames: the site is `localhost`, the admin `127.0.0.1`. Both resolve everywhere without
 * touching /etc/hosts (Node does not resolve `*.localhost`), and a client that sends no TLS
 * server name (an address) still reaches the admin's server block by its Host header.
 *
 * Accounts: the first account is registered through the admin's hostname as an operator would
 * (it becomes the admin), sets up two-factor sign-in, then creates the editor, who sets up
 * hers. Their verified sessions are saved as Playwright storage states for the tests.
 */
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { request, type APIRequestContext } from '@playwright/test'
import { Secret, TOTP } from 'otpauth'

import { isolatedWebApp, requireBuilt, requireFreePort, run, startServer, startTimeoutMs, stopProcessGroups, waitFor200, type Server } from '../e2e/servers'

const webDir = path.resolve(import.meta.dirname, '..')
const repoDir = path.resolve(webDir, '..', '..')
const cmsDir = path.join(repoDir, 'apps', 'cms')
const nginxDir = path.join(repoDir, 'deploy', 'nginx')

export const ports = { web: 3300, cms: 3301, https: 3443, http: 3480 } as const
export const SITE_URL = `https://localhost:${ports.https}`
export const ADMIN_URL = `https://127.0.0.1:${ports.https}`
export const SITE_HTTP_URL = `http://localhost:${ports.http}`
/** The apps themselves, without nginx (what the benchmark compares against). */
export const WEB_DIRECT_URL = `http://127.0.0.1:${ports.web}`
export const CMS_DIRECT_URL = `http://127.0.0.1:${ports.cms}`

export type Account = { email: string; password: string; totpSecret: string; storageState: string }

export type StackState = {
  dir: string
  pids: number[]
  admin: Account
  editor: Account
  previewSecret: string
  /** nginx's configuration as rendered for this run (for the benchmark's raw-nginx comparison). */
  nginxConfDir: string
}

/** Rate limits as deploy/nginx/render.sh takes them; the benchmark lifts the page limit. */
export type NginxLimits = Partial<
  Record<'SITE_PAGE_RATE' | 'SITE_PAGE_BURST' | 'SITE_POST_RATE' | 'SITE_POST_BURST' | 'ADMIN_RATE' | 'ADMIN_BURST' | 'SIGN_IN_RATE' | 'SIGN_IN_BURST', string>
>

const secret = (bytes: number) => randomBytes(bytes).toString('hex')

/** The code an authenticator shows now, or in the next 30-second step when `next`. */
export const totpCode = (totpSecret: string, next = false) =>
  TOTP.generate({ secret: Secret.fromBase32(totpSecret), timestamp: Date.now() + (next ? 30_000 : 0) })

/** Waits until the authenticator shows a code not used yet: a code opens one session only. */
export async function freshTotpCode(totpSecret: string, usedAt: number): Promise<string> {
  const step = (time: number) => Math.floor(time / 30_000)
  while (step(Date.now()) === step(usedAt)) await new Promise((resolve) => setTimeout(resolve, 500))
  return totpCode(totpSecret)
}

function runProcess(command: string, args: string[], env: Record<string, string | undefined> = process.env): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: env as NodeJS.ProcessEnv, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.once('error', reject)
    child.once('exit', (code) => (code === 0 ? resolve(output) : reject(new Error(`${command} ${args.join(' ')} failed (${code}):\n${output}`))))
  })
}

/** deploy/nginx/render.sh for this machine: unprivileged paths under `dir`, the test ports. */
export async function renderNginx(dir: string, limits: NginxLimits = {}): Promise<string> {
  for (const sub of ['state', 'cache', 'acme']) mkdirSync(path.join(dir, sub), { recursive: true })
  await runProcess(path.join(nginxDir, 'self-signed-tls.sh'), [path.join(dir, 'tls'), 'localhost', '127.0.0.1'])
  const confDir = path.join(dir, 'nginx')
  await runProcess(path.join(nginxDir, 'render.sh'), [confDir], {
    PATH: process.env.PATH,
    SITE_HOSTNAME: 'localhost',
    ADMIN_HOSTNAME: '127.0.0.1',
    WEB_UPSTREAM: `127.0.0.1:${ports.web}`,
    CMS_UPSTREAM: `127.0.0.1:${ports.cms}`,
    HTTP_PORT: String(ports.http),
    HTTPS_PORT: String(ports.https),
    TLS_DIR: path.join(dir, 'tls'),
    ACME_WEBROOT: path.join(dir, 'acme'),
    KLINIK_CACHE_DIR: path.join(dir, 'cache'),
    NGINX_STATE_DIR: path.join(dir, 'state'),
    NGINX_PID: path.join(dir, 'nginx.pid'),
    NGINX_ERROR_LOG: path.join(dir, 'nginx-error.log'),
    NGINX_ACCESS_LOG: path.join(dir, 'nginx-access.log'),
    NGINX_USER: process.getuid?.() === 0 ? 'root' : 'nobody',
    ...limits,
  })
  return confDir
}

/** nginx in the foreground of its own process group (stopped like the apps). */
export function startNginx(confDir: string, logFile: string): Server {
  const child = spawn('nginx', ['-e', 'stderr', '-c', path.join(confDir, 'nginx.conf'), '-g', 'daemon off;'], { detached: true, stdio: 'ignore' })
  child.unref()
  return { name: 'nginx', child, output: () => `(see ${logFile})` }
}

/**
 * An API client of the admin's hostname, as the admin's own pages call it: Payload takes the
 * session cookie only from requests whose Origin is the CMS's public address. With a saved
 * session (`storageState`), it acts as that signed-in, verified account.
 */
export function adminClient(storageState?: string): Promise<APIRequestContext> {
  return request.newContext({ baseURL: ADMIN_URL, ignoreHTTPSErrors: true, storageState, extraHTTPHeaders: { Origin: ADMIN_URL } })
}

/**
 * The account's first sign-in: password, then two-factor setup and its first code, as the admin
 * asks of every account in the proxied deployment. Returns the verified session and the
 * authenticator's secret.
 */
async function firstSignIn(email: string, password: string): Promise<{ session: APIRequestContext; totpSecret: string }> {
  const session = await adminClient()
  const login = await session.post('/api/users/login', { data: { email, password } })
  if (!login.ok()) throw new Error(`first sign-in of ${email} failed: ${login.status()} ${await login.text()}`)
  const setup = await session.post('/api/users/two-factor/setup', { data: {} })
  if (!setup.ok()) throw new Error(`two-factor setup of ${email} failed: ${setup.status()} ${await setup.text()}`)
  const { secret: totpSecret } = (await setup.json()) as { secret: string }
  const confirm = await session.post('/api/users/two-factor/confirm', { data: { code: totpCode(totpSecret) } })
  if (!confirm.ok()) throw new Error(`two-factor confirmation of ${email} failed: ${confirm.status()} ${await confirm.text()}`)
  return { session, totpSecret }
}

export async function startProxiedStack({ limits = {} }: { limits?: NginxLimits } = {}): Promise<StackState> {
  requireBuilt()
  await Promise.all(Object.values(ports).map(requireFreePort))
  const dir = mkdtempSync(path.join(tmpdir(), 'klinik-nginx-'))
  const shared = { REVALIDATE_SECRET: secret(24), PREVIEW_SECRET: secret(24), INTAKE_SECRET: secret(24) }
  const base: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    LANG: process.env.LANG,
    TMPDIR: process.env.TMPDIR,
    NEXT_TELEMETRY_DISABLED: '1',
    NODE_ENV: 'production',
    KLINIK_DEPLOYMENT: 'proxied',
    ...shared,
  }
  const cmsEnv: NodeJS.ProcessEnv = {
    ...base,
    NODE_OPTIONS: '--no-deprecation',
    PAYLOAD_SECRET: secret(32),
    SCREENING_ANSWERS_KEY: randomBytes(32).toString('base64'),
    DATABASE_URI: `file:${path.join(dir, 'cms.db')}`,
    MEDIA_DIR: path.join(dir, 'media'),
    CMS_PUBLIC_URL: ADMIN_URL,
    // Inside the network, as in docker-compose: revalidation never goes through nginx.
    WEB_URL: WEB_DIRECT_URL,
    WEB_PUBLIC_URL: SITE_URL,
    ADMIN_CLIENT_IP_HEADER: 'x-real-ip',
    SEED_ON_START: 'true',
    PAYLOAD_JOBS_AUTORUN: 'false',
  }
  const webEnv: NodeJS.ProcessEnv = {
    ...base,
    CMS_URL: CMS_DIRECT_URL,
    CMS_PUBLIC_URL: ADMIN_URL,
    WEB_PUBLIC_URL: SITE_URL,
    PATIENT_ADDRESS_HEADER: 'x-real-ip',
    BOOKING_MIN_FILL_SECONDS: '1',
  }

  const servers: Server[] = []
  try {
    const confDir = await renderNginx(dir, limits)
    await runProcess('nginx', ['-t', '-q', '-e', 'stderr', '-c', path.join(confDir, 'nginx.conf')])
    const webApp = isolatedWebApp(dir)
    await run('CMS start-up script (dist/scripts/prepare.js)', ['--conditions=production', 'dist/scripts/prepare.js'], cmsDir, cmsEnv, 120_000)
    servers.push(startServer('CMS', cmsDir, ports.cms, cmsEnv, path.join(dir, 'cms.log')))
    servers.push(startServer('web', webApp, ports.web, webEnv, path.join(dir, 'web.log')))
    servers.push(startNginx(confDir, path.join(dir, 'nginx-error.log')))
    const deadline = Date.now() + startTimeoutMs
    await waitFor200(`${CMS_DIRECT_URL}/api/treatments?limit=1`, servers, deadline)
    await waitFor200(`${WEB_DIRECT_URL}/tr`, servers, deadline)

    const password = () => `nginx-e2e-${secret(12)}`
    const operator = await adminClient()
    const admin = { email: 'admin@klinik.example', password: password() }
    const first = await operator.post('/api/users/first-register', {
      data: { email: admin.email, password: admin.password, 'confirm-password': admin.password, name: 'Yönetici' },
    })
    if (!first.ok()) throw new Error(`first-register through nginx failed: ${first.status()} ${await first.text()}`)
    await operator.dispose()
    const { session: adminSession, totpSecret: adminTotp } = await firstSignIn(admin.email, admin.password)

    const editor = { email: 'editor@klinik.example', password: password() }
    const created = await adminSession.post('/api/users', { data: { email: editor.email, password: editor.password, role: 'editor', name: 'Editör' } })
    if (!created.ok()) throw new Error(`creating the editor failed: ${created.status()} ${await created.text()}`)
    const { session: editorSession, totpSecret: editorTotp } = await firstSignIn(editor.email, editor.password)

    const states = { admin: path.join(dir, 'admin.storage.json'), editor: path.join(dir, 'editor.storage.json') }
    await adminSession.storageState({ path: states.admin })
    await editorSession.storageState({ path: states.editor })
    await Promise.all([adminSession.dispose(), editorSession.dispose()])

    return {
      dir,
      pids: servers.map((server) => server.child.pid!).filter(Boolean),
      admin: { ...admin, totpSecret: adminTotp, storageState: states.admin },
      editor: { ...editor, totpSecret: editorTotp, storageState: states.editor },
      previewSecret: shared.PREVIEW_SECRET,
      nginxConfDir: confDir,
    }
  } catch (error) {
    await stopProcessGroups(servers.map((server) => server.child.pid!).filter(Boolean))
    if (process.env.KLINIK_E2E_KEEP !== '1') rmSync(dir, { recursive: true, force: true })
    throw error
  }
}

export const stackStateEnv = 'KLINIK_NGINX_STATE'

export function writeStackState(state: StackState) {
  const file = path.join(state.dir, 'state.json')
  writeFileSync(file, JSON.stringify(state, null, 2), { mode: 0o600 })
  process.env[stackStateEnv] = file
}
