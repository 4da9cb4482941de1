/** `npm run seed`: loads the demo content; safe to run again (adds only what is missing). */
import config from '@payload-config'
import { getPayload } from 'payload'

import { seed } from '../seed'
import { seedOptionsFromEnv } from '../seed/options'

const payload = await getPayload({ config })
await seed(payload, seedOptionsFromEnv())
payload.logger.info('Seed finished')
process.exit(0)
