/**
 * `npm run generate -w @klinik/cms`: regenerates the CMS's derived files: the types in
 * packages/cms-types, the admin import map and, with --migration <name>, a SQLite migration
 * when the schema changed. Runs bundled on plain Node (see scripts/bundle-scripts.mjs): the
 * Payload CLI does the same through a runtime TypeScript loader that now and then exits
 * silently on Node 20. CI runs it and fails when it changes a committed file.
 */
import './loadEnv'

import { readEnv } from '../env'

readEnv()

const migrationFlag = process.argv.indexOf('--migration')
const migrationName = migrationFlag > -1 ? process.argv[migrationFlag + 1] : undefined

const [{ default: configPromise }, { generateImportMap, getPayload }, { generateTypes }] = await Promise.all([
  import('@payload-config'),
  import('payload'),
  import('payload/node'),
])
const config = await configPromise

await generateTypes(config)
await generateImportMap(config, { log: true })
console.log('[klinik] types and import map are up to date')
if (migrationName) {
  // Writes a migration only when the schema differs from the last one (and may end the process itself).
  const payload = await getPayload({ config })
  await payload.db.createMigration({ migrationName, payload, skipEmpty: true })
  await payload.destroy()
}
process.exit(0)
