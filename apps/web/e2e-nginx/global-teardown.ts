/** Stops the stack global-setup.ts started and deletes its directory (kept with KLINIK_E2E_KEEP=1). */
import { existsSync, readFileSync, rmSync } from 'node:fs'

import { stopProcessGroups } from '../e2e/servers'
import { stackStateEnv, type StackState } from './stack'

export default async function globalTeardown() {
  const file = process.env[stackStateEnv]
  if (!file || !existsSync(file)) return
  const state = JSON.parse(readFileSync(file, 'utf8')) as StackState
  await stopProcessGroups(state.pids)
  if (process.env.KLINIK_E2E_KEEP === '1') {
    console.log(`[e2e-nginx] KLINIK_E2E_KEEP=1: kept ${state.dir} (cms.log, web.log, nginx-error.log, nginx-access.log)`)
    return
  }
  rmSync(state.dir, { recursive: true, force: true })
}
