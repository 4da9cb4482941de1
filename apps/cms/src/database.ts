import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import type { DatabaseAdapterObj } from 'payload'

import { appDir, type DatabaseChoice } from './env'
import { migrations } from './migrations'
import { addRateLimitTable } from './rateLimits/databaseRateLimiter'

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
  return withTransactionsInTurn(
    sqliteAdapter({
      client: { url: `file:${choice.file}` },
      // Same id shape as MongoDB documents would have, from the first migration on.
      idType: 'uuid',
      // The schema only ever changes through committed migrations, never by push, so a
      // database can never be left with Payload's 'dev' marker (STACK.md).
      push: false,
      migrationDir,
      prodMigrations: migrations,
      // The table the rate limits count in (rateLimits/databaseRateLimiter.ts).
      beforeSchemaInit: [addRateLimitTable],
      wal: true,
      busyTimeout,
      transactionOptions: {},
    }),
  )
}

const busyTimeout = 5000

type LibsqlTransaction = { commit: () => Promise<void>; rollback: () => Promise<void> }
type LibsqlClient = { transaction: (mode?: string) => Promise<LibsqlTransaction>; execute: (sql: string) => Promise<unknown> }

/** Longest a transaction may keep others waiting before they are let through (and it fails on its own). */
const transactionWatchdogMs = 30_000

/**
 * One write transaction at a time in this process, and the busy timeout on every connection.
 *
 * libsql runs SQLite synchronously on Node's one thread, and gives each transaction a
 * connection of its own (opening a fresh one, without the busy timeout, for what follows). A
 * second transaction that starts while the first is open cannot wait for it — the first
 * cannot finish while the thread is blocked — so it fails at once with SQLITE_BUSY: a 500
 * for whoever saved second. Queueing transactions here makes them take turns; the busy
 * timeout still lets this process wait for another one (a script) holding the lock.
 */
function withTransactionsInTurn(adapter: DatabaseAdapterObj): DatabaseAdapterObj {
  return {
    ...adapter,
    init: (args) => {
      const db = adapter.init(args)
      const connect = db.connect
      db.connect = async (options) => {
        await connect?.call(db, options)
        const client = (db as unknown as { client?: LibsqlClient }).client
        if (!client) return
        const begin = client.transaction.bind(client)
        let queue: Promise<void> = Promise.resolve()
        client.transaction = async (mode) => {
          let release!: () => void
          const previous = queue
          queue = new Promise<void>((resolve) => (release = resolve))
          await previous
          const watchdog = setTimeout(release, transactionWatchdogMs)
          const done = () => {
            clearTimeout(watchdog)
            release()
          }
          try {
            const transaction = await begin(mode)
            await client.execute(`PRAGMA busy_timeout = ${busyTimeout}`)
            const { commit, rollback } = transaction
            transaction.commit = async () => {
              try {
                await commit.call(transaction)
              } finally {
                done()
              }
            }
            transaction.rollback = async () => {
              try {
                await rollback.call(transaction)
              } finally {
                done()
              }
            }
            return transaction
          } catch (error) {
            done()
            throw error
          }
        }
      }
      return db
    },
  }
}
