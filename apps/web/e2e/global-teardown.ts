/** Stops the CMS and web servers started by global-setup.ts and deletes their temp dir. */
import { existsSync, readFileSync, rmSync } from 'node:fs'

import { stopProcessGroups } from './servers'
import { stateFileEnv, type E2eState } from './helpers'

export default async function globalTeardown() {
  const stateFile = process.env[stateFileEnv]
  if (!stateFile || !existsSync(stateFile)) return
  const state = JSON.parse(readFileSync(stateFile, 'utf8')) as E2eState
  await stopProcessGroups(state.pids)
  if (process.env.KLINIK_E2E_KEEP === '1') {
    console.log(`[e2e] KLINIK_E2E_KEEP=1: kept ${state.dir} (server logs: cms.log, web.log)`)
    return
  }
  rmSync(state.dir, { recursive: true, force: true })
}
