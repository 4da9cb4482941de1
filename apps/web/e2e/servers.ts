/** Starting and stopping the servers under test: used by global-setup.ts and by tests that stop the CMS. */
import { type ChildProcess, spawn } from 'node:child_process'
import { appendFileSync, closeSync, cpSync, existsSync, mkdirSync, openSync, readFileSync, symlinkSync } from 'node:fs'
import net from 'node:net'
import path from 'node:path'

const webDir = path.resolve(import.meta.dirname, '..')
const repoDir = path.resolve(webDir, '..', '..')
const cmsDir = path.join(repoDir, 'apps', 'cms')
const nextBin = path.join(repoDir, 'node_modules', 'next', 'dist', 'bin', 'next')
export const startTimeoutMs = 90_000

export type Server = { name: string; child: ChildProcess; output: () => string }

/**
 * A detached server (its own process group, so teardown can stop next-server's children too).
 * It writes straight to its log file, so it outlives the process that started it (a test
 * worker restarting the CMS) without a broken pipe.
 */
export function startServer(name: string, cwd: string, port: number, env: NodeJS.ProcessEnv, logFile: string): Server {
  const log = openSync(logFile, 'a')
  const child = spawn(process.execPath, [nextBin, 'start', '-p', String(port)], { cwd, env, detached: true, stdio: ['ignore', log, log] })
  closeSync(log)
  child.unref()
  child.once('exit', (code, signal) => appendFileSync(logFile, `\n[${name} exited: ${signal ?? code}]\n`))
  return { name, child, output: () => readFileSync(logFile, 'utf8').slice(-20_000) }
}

export function stopProcessGroup(pid: number | undefined) {
  if (!pid) return
  try {
    process.kill(-pid, 'SIGTERM')
  } catch {
    // already gone
  }
}

/** Set once the servers are stopped, so the exit handler does not signal their (reusable) ids again. */
export const stoppedFlag = Symbol.for('klinik.e2e.stopped')

export async function stopProcessGroups(pids: number[]) {
  ;(globalThis as { [stoppedFlag]?: boolean })[stoppedFlag] = true
  for (const pid of pids) stopProcessGroup(pid)
  const alive = (pid: number) => {
    try {
      process.kill(-pid, 0)
      return true
    } catch {
      return false
    }
  }
  const deadline = Date.now() + 5_000
  while (pids.some(alive) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100))
  for (const pid of pids.filter(alive)) {
    try {
      process.kill(-pid, 'SIGKILL')
    } catch {
      // gone in the meantime
    }
  }
}

export async function waitFor200(url: string, servers: Server[], deadline: number) {
  for (;;) {
    try {
      const response = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(15_000) })
      if (response.status === 200) return
    } catch {
      // not listening yet
    }
    const dead = servers.find((server) => server.child.exitCode !== null || server.child.signalCode !== null)
    if (dead || Date.now() > deadline) {
      const why = dead ? `${dead.name} exited` : `${url} did not answer 200 within ${startTimeoutMs / 1000} s`
      throw new Error(`${why}.\n${servers.map((server) => `----- ${server.name} output -----\n${server.output()}`).join('\n')}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 300))
  }
}

/** Runs a command to completion, capturing its output for the error message. */
export function run(name: string, args: string[], cwd: string, env: NodeJS.ProcessEnv, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    child.once('error', reject)
    child.once('exit', (code, signal) => {
      clearTimeout(timer)
      if (code === 0) resolve()
      else reject(new Error(`${name} failed (${signal ? `killed by ${signal}` : `exit code ${code}`}):\n${output}`))
    })
  })
}

/** A runnable copy of the web app with its own (empty) Next.js cache. */
export function isolatedWebApp(dir: string): string {
  const app = path.join(dir, 'web')
  mkdirSync(app)
  cpSync(path.join(webDir, '.next'), path.join(app, '.next'), {
    recursive: true,
    // Rendered pages live in .next/cache and, since Next 16, .next/server/route-cache: a page an
    // earlier `npm start` rendered (CI's smoke test, against another CMS) must not be served here.
    filter: (source) => {
      const inside = path.relative(path.join(webDir, '.next'), source)
      return inside.split(path.sep)[0] !== 'cache' && !inside.startsWith(path.join('server', 'route-cache'))
    },
  })
  // Imports from the config and the server bundles resolve through these to the real packages.
  symlinkSync(path.join(webDir, 'package.json'), path.join(app, 'package.json'))
  symlinkSync(path.join(webDir, 'next.config.mjs'), path.join(app, 'next.config.mjs'))
  symlinkSync(path.join(repoDir, 'node_modules'), path.join(app, 'node_modules'), 'dir')
  return app
}

export function requireBuilt() {
  const missing = [path.join(cmsDir, '.next', 'BUILD_ID'), path.join(cmsDir, 'dist', 'scripts', 'prepare.js'), path.join(webDir, '.next', 'BUILD_ID')].filter(
    (file) => !existsSync(file),
  )
  if (missing.length > 0) {
    throw new Error(
      `The apps are not built (missing ${missing.map((file) => path.relative(repoDir, file)).join(', ')}).\n` +
        'Run `npm run build` in the repository root first, then the browser tests in apps/web.',
    )
  }
}

/** Something already listening there would answer instead of the servers started here. */
export async function requireFreePort(port: number) {
  const inUse = await new Promise<boolean>((resolve) => {
    const socket = net.connect({ host: 'localhost', port })
    socket.once('connect', () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
  })
  if (inUse) throw new Error(`Port ${port} is already in use: the browser tests start their own servers there. Stop whatever runs there.`)
}
