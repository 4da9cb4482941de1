// Local mode only: creates apps/cms/.env (untracked) with a generated PAYLOAD_SECRET and
// demo passwords on the first run, so `npm start` works on a fresh clone. Never overwrites
// a value that is already set, in the file or in the environment.
import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const envFile = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '.env')

const generated = {
  PAYLOAD_SECRET: () => randomBytes(32).toString('hex'),
  SEED_ADMIN_PASSWORD: () => randomBytes(9).toString('base64url'),
  SEED_EDITOR_PASSWORD: () => randomBytes(9).toString('base64url'),
  SEED_STAFF_PASSWORD: () => randomBytes(9).toString('base64url'),
}

const existing = existsSync(envFile) ? readFileSync(envFile, 'utf8') : ''
const definedInFile = new Set(
  existing
    .split('\n')
    .map((line) => line.match(/^\s*([A-Z0-9_]+)\s*=/)?.[1])
    .filter(Boolean),
)

const added = Object.entries(generated)
  .filter(([name]) => !definedInFile.has(name) && !process.env[name])
  .map(([name, make]) => `${name}=${make()}`)

if (added.length > 0) {
  const header = existing ? '' : '# Local development settings, generated on first run. Not committed.\n'
  const separator = existing && !existing.endsWith('\n') ? '\n' : ''
  writeFileSync(envFile, `${existing}${separator}${header}${added.join('\n')}\n`, { mode: 0o600 })
  console.log(`[klinik] wrote ${added.map((line) => line.split('=')[0]).join(', ')} to apps/cms/.env`)
}
