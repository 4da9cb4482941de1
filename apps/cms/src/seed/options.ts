import type { SeedOptions } from '.'

import { readEnv } from '../env'

/**
 * Seed options from the environment: demo accounts only in the local deployment, unless
 * SEED_DEMO_USERS=false; a proxied deployment (docker-compose) never gets them.
 */
export function seedOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): SeedOptions {
  return {
    demoUsers: readEnv(env).seedDemoUsers,
    passwords: {
      admin: env.SEED_ADMIN_PASSWORD,
      editor: env.SEED_EDITOR_PASSWORD,
      staff: env.SEED_STAFF_PASSWORD,
    },
  }
}
