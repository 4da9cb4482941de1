import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`health_data_access\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`action\` text NOT NULL,
  	\`user_id\` text(36),
  	\`user_email\` text,
  	\`count\` numeric NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`health_data_access_user_idx\` ON \`health_data_access\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`health_data_access_updated_at_idx\` ON \`health_data_access\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`health_data_access_created_at_idx\` ON \`health_data_access\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`health_data_access_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`health_data_access\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`health_data_access_texts_order_parent\` ON \`health_data_access_texts\` (\`order\`,\`parent_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`health_data_access\`;`)
  await db.run(sql`DROP TABLE \`health_data_access_texts\`;`)
}
