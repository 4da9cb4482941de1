import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import type { DatabaseAdapterObj } from 'payload'

import { appDir, type DatabaseChoice } from './env'
import { migrations } from './migrations'

const migrationDir = path.join(appDir, 'src', 'migrations')

/**
 * MongoDB in production (a replica set, schemaless, no migrations); SQLite as the embedded
 * default. The same collections serve both; nothing below is collection-specific.
 */
export function databaseAdapter(choice: DatabaseChoice): DatabaseAdapterObj {
  if (choice.kind === 'mongodb') {
    return mongooseAdapter({
      url: choice.url,
      // Fail in seconds with a clear error instead of Mongo's 30 s default.
      connectOptions: { serverSelectionTimeoutMS: 5000 },
    })
  }
  mkdirSync(path.dirname(choice.file), { recursive: true })
  return sqliteAdapter({
    client: { url: `file:${choice.file}` },
    // Same id shape as MongoDB documents would have, from the first migration on.
    idType: 'uuid',
    // The schema only ever changes through committed migrations, never by push, so a
    // database can never be left with Payload's 'dev' marker (STACK.md).
    push: false,
    migrationDir,
    prodMigrations: migrations,
    wal: true,
    busyTimeout: 5000,
    transactionOptions: {},
  })
}
