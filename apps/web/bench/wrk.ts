/** wrk (Debian's package) as the serving benchmark runs it, and what it prints, read back as numbers. */
import { spawn } from 'node:child_process'

export type WrkResult = {
  requestsPerSecond: number
  p50Ms: number
  p99Ms: number
  requests: number
  seconds: number
  /** Answers other than 2xx/3xx (a 429 would mean the lifted limits did not apply). */
  non2xx: number
  /** wrk's "Socket errors" line (connect, read, write, timeout), when it prints one. */
  socketErrors: string | null
}

export const connections = 50

/**
 * The measurement: one thread, 50 connections, --latency for the percentiles. The timeout
 * is raised from wrk's 2 s because wrk leaves timed-out requests out of the latency figures:
 * `next start` under 50 connections comes close to 2 s, and its p99 would look better than it is.
 */
export function wrkArgs(url: string, headers: Record<string, string>, seconds: number): string[] {
  return [
    '-t1',
    `-c${connections}`,
    `-d${seconds}s`,
    '--latency',
    '--timeout',
    '10s',
    ...Object.entries(headers).flatMap(([name, value]) => ['-H', `${name}: ${value}`]),
    url,
  ]
}

export function runWrk(url: string, headers: Record<string, string>, seconds: number): Promise<WrkResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('wrk', wrkArgs(url, headers, seconds), { stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.once('error', reject)
    child.once('exit', (code) => {
      if (code !== 0) return reject(new Error(`wrk ${url} failed (${code}):\n${output}`))
      try {
        resolve(parseWrk(output))
      } catch (error) {
        reject(error)
      }
    })
  })
}

const timeUnitsMs: Record<string, number> = { us: 0.001, ms: 1, s: 1000, m: 60_000, h: 3_600_000 }

function durationMs(value: string, unit: string): number {
  const scale = timeUnitsMs[unit]
  if (scale === undefined) throw new Error(`wrk printed a time in an unknown unit: ${value}${unit}`)
  return Number(value) * scale
}

/** Reads wrk's report (with --latency); throws when a figure the benchmark needs is missing. */
export function parseWrk(output: string): WrkResult {
  const percentile = (label: string) => {
    const match = output.match(new RegExp(`^\\s*${label}%\\s+([\\d.]+)(us|ms|s|m|h)\\s*$`, 'm'))
    if (!match) throw new Error(`wrk printed no ${label}th percentile (was --latency given?):\n${output}`)
    return durationMs(match[1], match[2])
  }
  const rate = output.match(/^Requests\/sec:\s+([\d.]+)/m)
  const total = output.match(/^\s*(\d+) requests in ([\d.]+)(us|ms|s|m|h),/m)
  if (!rate || !total) throw new Error(`wrk printed no request rate:\n${output}`)
  const non2xx = output.match(/^\s*Non-2xx or 3xx responses:\s+(\d+)/m)
  const socketErrors = output.match(/^\s*Socket errors:\s+(.+)$/m)
  return {
    requestsPerSecond: Number(rate[1]),
    p50Ms: percentile('50'),
    p99Ms: percentile('99'),
    requests: Number(total[1]),
    seconds: durationMs(total[2], total[3]) / 1000,
    non2xx: non2xx ? Number(non2xx[1]) : 0,
    socketErrors: socketErrors ? socketErrors[1].trim() : null,
  }
}
