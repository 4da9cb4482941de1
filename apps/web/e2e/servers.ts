/** Starting and stopping the servers under test: used by global-setup.ts and by tests that stop the CMS. */
import { type ChildProcess, spawn } from 'node:child_process'
import { appendFileSync, closeSync, openSync, readFileSync } from 'node:fs'
import path from 'node:path'

const repoDir = path.resolve(import.meta.dirname, '..', '..', '..')
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
