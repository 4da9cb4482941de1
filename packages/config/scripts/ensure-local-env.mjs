#!/usr/bin/env node
// Local mode only: on the first run, writes the untracked apps/cms/.env and apps/web/.env with
// generated secrets (the two apps share the revalidation and preview secrets) and demo
// passwords, so `npm start` works on a fresh clone. Never overwrites a value already set,
// in a file or in the environment. docker-compose and real deployments set their own.
import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
const secret = (bytes) => randomBytes(bytes).toString('hex')
const password = () => randomBytes(9).toString('base64url')

/** Values shared by both apps are made once. */
const shared = { REVALIDATE_SECRET: secret(24), PREVIEW_SECRET: secret(24), INTAKE_SECRET: secret(24) }

const files = {
  'apps/cms/.env': {
    PAYLOAD_SECRET: secret(32),
    SEED_ADMIN_PASSWORD: password(),
    SEED_EDITOR_PASSWORD: password(),
    SEED_STAFF_PASSWORD: password(),
    REVALIDATE_SECRET: shared.REVALIDATE_SECRET,
    PREVIEW_SECRET: shared.PREVIEW_SECRET,
    INTAKE_SECRET: shared.INTAKE_SECRET,
  },
  'apps/web/.env': {
    REVALIDATE_SECRET: shared.REVALIDATE_SECRET,
    PREVIEW_SECRET: shared.PREVIEW_SECRET,
    INTAKE_SECRET: shared.INTAKE_SECRET,
  },
}

const read = (file) => (existsSync(file) ? readFileSync(file, 'utf8') : '')
const definedIn = (text) => new Map(text.split('\n').map((line) => line.match(/^\s*([A-Z0-9_]+)\s*=(.*)$/)).filter(Boolean).map((m) => [m[1], m[2].trim()]))

// A shared value already present in either file wins, so the two apps keep agreeing.
for (const name of Object.keys(shared)) {
  for (const file of Object.keys(files)) {
    const existing = definedIn(read(path.join(root, file))).get(name)
    if (existing) shared[name] = existing
  }
  for (const values of Object.values(files)) if (name in values) values[name] = shared[name]
}

for (const [file, values] of Object.entries(files)) {
  const target = path.join(root, file)
  if (!existsSync(path.dirname(target))) continue
  const existing = read(target)
  const present = definedIn(existing)
  const added = Object.entries(values).filter(([name]) => !present.has(name) && !process.env[name])
  if (added.length === 0) continue
  const header = existing ? '' : '# Local development settings, generated on first run. Not committed.\n'
  const separator = existing && !existing.endsWith('\n') ? '\n' : ''
  const lines = added.map(([name, value]) => `${name}=${value}`).join('\n')
  writeFileSync(target, `${existing}${separator}${header}${lines}\n`, { mode: 0o600 })
  console.log(`[klinik] wrote ${added.map(([name]) => name).join(', ')} to ${file}`)
}
