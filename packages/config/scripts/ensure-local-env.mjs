#!/usr/bin/env node
// Local mode only: on the first run, writes the untracked apps/cms/.env and apps/web/.env with
// KLINIK_DEPLOYMENT=local, generated secrets (the two apps share the revalidation, preview and
// intake secrets) and demo passwords, so `npm start` works on a fresh clone. Never overwrites a
// value already set, in a file or in the environment. Writes nothing for a proxied deployment:
// docker-compose and real deployments set their own secrets.
//
// Runs as the turbo task `@klinik/config#local-env`, which `build`, `dev`, `setup` and `seed`
// depend on: once per `turbo run`, before any app starts. (It used to run inside each app's
// build script; turbo starts those at the same moment, and two runs wrote two different sets
// of shared secrets.)
import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync, realpathSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const sharedSecretNames = ['REVALIDATE_SECRET', 'PREVIEW_SECRET', 'INTAKE_SECRET']

const secret = (bytes) => randomBytes(bytes).toString('hex')
const password = () => randomBytes(9).toString('base64url')
const read = (file) => (existsSync(file) ? readFileSync(file, 'utf8') : '')

/** The NAME=value lines of a .env text. */
export function parseDotenv(text) {
  return new Map(
    text
      .split('\n')
      .map((line) => line.match(/^\s*([A-Z0-9_]+)\s*=(.*)$/))
      .filter(Boolean)
      .map((match) => [match[1], match[2].trim()]),
  )
}

/**
 * Fills in what is missing in the two local .env files under `root`; returns the files it
 * changed. `env` is the process environment: a value set there is neither generated nor written.
 */
export function ensureLocalEnv({ root, env = process.env, log = console.log }) {
  const cmsFile = 'apps/cms/.env'
  const webFile = 'apps/web/.env'
  const existing = Object.fromEntries([cmsFile, webFile].map((file) => [file, parseDotenv(read(path.join(root, file)))]))
  const deployment = env.KLINIK_DEPLOYMENT || existing[cmsFile].get('KLINIK_DEPLOYMENT') || existing[webFile].get('KLINIK_DEPLOYMENT')
  if (deployment && deployment !== 'local') return []

  // A shared value already present in either file wins, so the two apps keep agreeing.
  const shared = Object.fromEntries(sharedSecretNames.map((name) => [name, existing[cmsFile].get(name) || existing[webFile].get(name) || secret(24)]))
  const wanted = {
    [cmsFile]: {
      KLINIK_DEPLOYMENT: 'local',
      PAYLOAD_SECRET: secret(32),
      SCREENING_ANSWERS_KEY: randomBytes(32).toString('base64'),
      SEED_ADMIN_PASSWORD: password(),
      SEED_EDITOR_PASSWORD: password(),
      SEED_STAFF_PASSWORD: password(),
      ...shared,
    },
    [webFile]: { KLINIK_DEPLOYMENT: 'local', ...shared },
  }

  const changed = []
  for (const [file, values] of Object.entries(wanted)) {
    const target = path.join(root, file)
    if (!existsSync(path.dirname(target))) continue
    const added = Object.entries(values).filter(([name]) => !existing[file].has(name) && !env[name])
    if (added.length === 0) continue
    const text = read(target)
    const header = text ? '' : '# Local settings (KLINIK_DEPLOYMENT=local), generated on the first run. Not committed.\n'
    const separator = text && !text.endsWith('\n') ? '\n' : ''
    const lines = added.map(([name, value]) => `${name}=${value}`).join('\n')
    writeFileSync(target, `${text}${separator}${header}${lines}\n`, { mode: 0o600 })
    log(`[klinik] wrote ${added.map(([name]) => name).join(', ')} to ${file}`)
    changed.push(file)
  }
  return changed
}

if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  ensureLocalEnv({ root: path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..') })
}
