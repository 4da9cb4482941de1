import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`bookings_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text NOT NULL,
  	\`author_id\` text(36),
  	\`written_at\` text,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`bookings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`bookings_notes_order_idx\` ON \`bookings_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`bookings_notes_parent_id_idx\` ON \`bookings_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`bookings_notes_author_idx\` ON \`bookings_notes\` (\`author_id\`);`)
  await db.run(sql`CREATE TABLE \`bookings_status_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`from\` text,
  	\`to\` text NOT NULL,
  	\`changed_by_id\` text(36),
  	\`changed_at\` text NOT NULL,
  	FOREIGN KEY (\`changed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`bookings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`bookings_status_history_order_idx\` ON \`bookings_status_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`bookings_status_history_parent_id_idx\` ON \`bookings_status_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`bookings_status_history_changed_by_idx\` ON \`bookings_status_history\` (\`changed_by_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_stats\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`stats\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`bookings\` ADD \`scheduled_at\` text;`)
  await db.run(sql`ALTER TABLE \`bookings\` ADD \`screening_erased_at\` text;`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` ADD \`meta\` text;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`reset_password_requested_at\`;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`bookings_notes\`;`)
  await db.run(sql`DROP TABLE \`bookings_status_history\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`reset_password_requested_at\` text;`)
  await db.run(sql`ALTER TABLE \`bookings\` DROP COLUMN \`scheduled_at\`;`)
  await db.run(sql`ALTER TABLE \`bookings\` DROP COLUMN \`screening_erased_at\`;`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` DROP COLUMN \`meta\`;`)
}
