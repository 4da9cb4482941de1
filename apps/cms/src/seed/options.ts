import type { SeedOptions } from '.'

/** Seed options from the environment: demo accounts unless SEED_DEMO_USERS=false (docker-compose). */
export function seedOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): SeedOptions {
  return {
    demoUsers: env.SEED_DEMO_USERS !== 'false',
    passwords: {
      admin: env.SEED_ADMIN_PASSWORD,
      editor: env.SEED_EDITOR_PASSWORD,
      staff: env.SEED_STAFF_PASSWORD,
    },
  }
}
