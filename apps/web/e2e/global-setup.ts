/**
 * Starts the system under test for the browser tests, on a throwaway database:
 *
 *  1. the CMS's start-up script (migrations + bilingual demo content + demo users) on a new
 *     SQLite file in a temp dir, then the built CMS (`next start`) on port 3201;
 *  2. the built patient site on port 3200, pointed at that CMS.
 *
 * The web app runs from a copy of its build output (`.next` without its cache) inside the
 * temp dir: Next.js keeps rendered pages and CMS responses on disk under `.next`, and a
 * developer's `next start` from the same folder (or an earlier test run against another
 * database) would otherwise share — and pollute — that cache.
 *
 * Secrets and passwords are generated here and handed to the tests through a JSON file
 * whose path is in KLINIK_E2E_STATE. global-teardown.ts stops both servers and deletes the
 * temp dir.
 */
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { CMS_PORT, CMS_URL, SMTP_PORT, stateFileEnv, WEB_PORT, WEB_URL, type E2eState } from './helpers'
import {
  isolatedWebApp,
  requireBuilt,
  requireFreePort,
  run,
  startServer,
  startTimeoutMs,
  stopProcessGroup,
  stopProcessGroups,
  stoppedFlag,
  waitFor200,
  type Server,
} from './servers'

const webDir = path.resolve(import.meta.dirname, '..')
const repoDir = path.resolve(webDir, '..', '..')
const cmsDir = path.join(repoDir, 'apps', 'cms')

const secret = (bytes: number) => randomBytes(bytes).toString('hex')

export default async function globalSetup() {
  requireBuilt()
  await Promise.all([WEB_PORT, CMS_PORT, SMTP_PORT].map(requireFreePort))

  const dir = mkdtempSync(path.join(tmpdir(), 'klinik-e2e-'))
  const state: E2eState = {
    dir,
    webUrl: WEB_URL,
    cmsUrl: CMS_URL,
    editor: { email: 'editor@klinik.local', password: `e2e-editor-${secret(8)}` },
    staff: { email: 'staff@klinik.local', password: `e2e-staff-${secret(8)}` },
    admin: { email: 'admin@klinik.local', password: `e2e-admin-${secret(8)}` },
    pids: [],
    previewSecret: '',
    intakeSecret: '',
    cms: { cwd: cmsDir, port: CMS_PORT, env: {}, logFile: path.join(dir, 'cms.log') },
  }
  const shared = { REVALIDATE_SECRET: secret(24), PREVIEW_SECRET: secret(24), INTAKE_SECRET: secret(24) }
  state.previewSecret = shared.PREVIEW_SECRET
  state.intakeSecret = shared.INTAKE_SECRET
  const base: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    LANG: process.env.LANG,
    TMPDIR: process.env.TMPDIR,
    NEXT_TELEMETRY_DISABLED: '1',
    NODE_ENV: 'production',
    KLINIK_DEPLOYMENT: 'local',
  }
  const cmsEnv: NodeJS.ProcessEnv = {
    ...base,
    NODE_OPTIONS: '--no-deprecation',
    PAYLOAD_SECRET: secret(32),
    DATABASE_URI: `file:${path.join(dir, 'cms.db')}`,
    MEDIA_DIR: path.join(dir, 'media'),
    CMS_PUBLIC_URL: CMS_URL,
    WEB_URL,
    WEB_PUBLIC_URL: WEB_URL,
    ...shared,
    SEED_ADMIN_PASSWORD: state.admin.password,
    SEED_EDITOR_PASSWORD: state.editor.password,
    SEED_STAFF_PASSWORD: state.staff.password,
    SEED_ON_START: 'true',
    SEED_DEMO_USERS: 'true',
    PAYLOAD_JOBS_AUTORUN: 'false',
    // Every browser test comes from the same address; the limits themselves are tested in the CMS suite.
    BOOKING_RATE_LIMIT: '1000/600',
    LOGIN_RATE_LIMIT: '1000/600',
    // The staff desk test listens here for the patient's appointment email.
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(SMTP_PORT),
    SMTP_SECURE: 'false',
    EMAIL_FROM: 'Klinik Estetik <no-reply@klinik.example>',
  }
  state.cms.env = cmsEnv
  const webEnv: NodeJS.ProcessEnv = {
    ...base,
    CMS_URL,
    CMS_PUBLIC_URL: CMS_URL,
    WEB_PUBLIC_URL: WEB_URL,
    ...shared,
    // A person filling the form in a test browser is quick; the rule itself is tested in Jest.
    BOOKING_MIN_FILL_SECONDS: '1',
  }

  const servers: Server[] = []
  // Last resort if the runner dies without teardown: never leave servers behind.
  const onExit = () => {
    if (!(globalThis as { [stoppedFlag]?: boolean })[stoppedFlag]) servers.forEach((server) => stopProcessGroup(server.child.pid))
  }
  process.once('exit', onExit)
  try {
    const webApp = isolatedWebApp(dir)
    await run('CMS start-up script (dist/scripts/prepare.js)', ['--conditions=production', 'dist/scripts/prepare.js'], cmsDir, cmsEnv, 120_000)
    servers.push(startServer('CMS', cmsDir, CMS_PORT, cmsEnv, state.cms.logFile))
    servers.push(startServer('web', webApp, WEB_PORT, webEnv, path.join(dir, 'web.log')))
    state.pids = servers.map((server) => server.child.pid!).filter(Boolean)
    const deadline = Date.now() + startTimeoutMs
    await waitFor200(`${CMS_URL}/api/treatments?limit=1`, servers, deadline)
    await waitFor200(`${WEB_URL}/tr`, servers, deadline)
  } catch (error) {
    await stopProcessGroups(servers.map((server) => server.child.pid!).filter(Boolean))
    rmSync(dir, { recursive: true, force: true })
    process.removeListener('exit', onExit)
    throw error
  }

  const stateFile = path.join(dir, 'state.json')
  writeFileSync(stateFile, JSON.stringify(state, null, 2), { mode: 0o600 })
  // Workers and the teardown inherit this process's environment.
  process.env[stateFileEnv] = stateFile
}
