/**
 * Runs before `next start`: connects (which applies committed migrations in production
 * mode), then seeds demo content when the database is new. Fails loudly on a bad
 * environment or an unreachable database instead of letting the server start broken.
 */
import config from '@payload-config'
import { getPayload } from 'payload'

import { seed } from '../seed'
import { seedOptionsFromEnv } from '../seed/options'

const payload = await getPayload({ config })
const { totalDocs: users } = await payload.count({ collection: 'users', overrideAccess: true })
const { totalDocs: treatments } = await payload.count({ collection: 'treatments', overrideAccess: true })

if (process.env.SEED_ON_START === 'false') {
  payload.logger.info('SEED_ON_START=false: not seeding')
} else if (users === 0 && treatments === 0) {
  payload.logger.info('New database: loading the bilingual demo content')
  await seed(payload, seedOptionsFromEnv())
} else {
  payload.logger.info(`Database ready (${treatments} treatments, ${users} users); run \`npm run seed\` to add missing demo content`)
}
process.exit(0)
