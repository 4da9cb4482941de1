/**
 * CPU time the servers spent, read from /proc: a figure the other programs on a shared machine
 * disturb less than requests per second (they take cores away, they do not add work per request).
 */
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'

const ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100

/** User plus system CPU seconds of every process in these process groups (each server runs in its own). */
export function processGroupCpuSeconds(groups: number[]): number {
  let ticks = 0
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    let stat: string
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
    } catch {
      continue // exited meanwhile
    }
    // After the command name (in parentheses, may contain spaces): state, ppid, pgrp, … utime (14th field), stime (15th).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    if (groups.includes(Number(fields[2]))) ticks += Number(fields[11]) + Number(fields[12])
  }
  return ticks / ticksPerSecond
}
