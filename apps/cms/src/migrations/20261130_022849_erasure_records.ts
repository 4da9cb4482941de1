import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`erasure_records\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`reason\` text NOT NULL,
  	\`by\` text NOT NULL,
  	\`user_id\` text(36),
  	\`account_id\` text,
  	\`request_count\` numeric NOT NULL,
  	\`answer_count\` numeric NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`erasure_records_user_idx\` ON \`erasure_records\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`erasure_records_updated_at_idx\` ON \`erasure_records\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`erasure_records_created_at_idx\` ON \`erasure_records\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`erasure_records_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`erasure_records\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`erasure_records_texts_order_parent\` ON \`erasure_records_texts\` (\`order\`,\`parent_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`erasure_records\`;`)
  await db.run(sql`DROP TABLE \`erasure_records_texts\`;`)
}
