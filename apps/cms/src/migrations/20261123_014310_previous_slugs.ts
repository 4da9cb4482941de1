import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`treatments_previous_slugs\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`treatments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`treatments_previous_slugs_order_idx\` ON \`treatments_previous_slugs\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`treatments_previous_slugs_parent_id_idx\` ON \`treatments_previous_slugs\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`treatments_previous_slugs_locale_idx\` ON \`treatments_previous_slugs\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_treatments_v_version_previous_slugs\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_treatments_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_treatments_v_version_previous_slugs_order_idx\` ON \`_treatments_v_version_previous_slugs\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_treatments_v_version_previous_slugs_parent_id_idx\` ON \`_treatments_v_version_previous_slugs\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_treatments_v_version_previous_slugs_locale_idx\` ON \`_treatments_v_version_previous_slugs\` (\`_locale\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`treatments_previous_slugs\`;`)
  await db.run(sql`DROP TABLE \`_treatments_v_version_previous_slugs\`;`)
}
