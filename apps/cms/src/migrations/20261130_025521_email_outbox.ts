import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`bookings\` ADD \`staff_notice_delivery_state\` text;`)
  await db.run(sql`ALTER TABLE \`bookings\` ADD \`staff_notice_delivery_last_try_at\` text;`)
  await db.run(sql`ALTER TABLE \`bookings\` ADD \`staff_notice_delivery_retry_until\` text;`)
  await db.run(sql`ALTER TABLE \`bookings\` ADD \`confirmation_delivery_state\` text;`)
  await db.run(sql`ALTER TABLE \`bookings\` ADD \`confirmation_delivery_last_try_at\` text;`)
  await db.run(sql`ALTER TABLE \`bookings\` ADD \`confirmation_delivery_retry_until\` text;`)
  await db.run(sql`ALTER TABLE \`bookings\` ADD \`invite_delivery_state\` text;`)
  await db.run(sql`ALTER TABLE \`bookings\` ADD \`invite_delivery_last_try_at\` text;`)
  await db.run(sql`ALTER TABLE \`bookings\` ADD \`invite_delivery_retry_until\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`bookings\` DROP COLUMN \`staff_notice_delivery_state\`;`)
  await db.run(sql`ALTER TABLE \`bookings\` DROP COLUMN \`staff_notice_delivery_last_try_at\`;`)
  await db.run(sql`ALTER TABLE \`bookings\` DROP COLUMN \`staff_notice_delivery_retry_until\`;`)
  await db.run(sql`ALTER TABLE \`bookings\` DROP COLUMN \`confirmation_delivery_state\`;`)
  await db.run(sql`ALTER TABLE \`bookings\` DROP COLUMN \`confirmation_delivery_last_try_at\`;`)
  await db.run(sql`ALTER TABLE \`bookings\` DROP COLUMN \`confirmation_delivery_retry_until\`;`)
  await db.run(sql`ALTER TABLE \`bookings\` DROP COLUMN \`invite_delivery_state\`;`)
  await db.run(sql`ALTER TABLE \`bookings\` DROP COLUMN \`invite_delivery_last_try_at\`;`)
  await db.run(sql`ALTER TABLE \`bookings\` DROP COLUMN \`invite_delivery_retry_until\`;`)
}
