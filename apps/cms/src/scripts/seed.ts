/** `npm run seed`: loads the demo content; safe to run again (adds only what is missing). */
import './loadEnv'

import { readEnv } from '../env'

readEnv() // fails with the variable's name before anything heavy is imported

const [{ default: config }, { getPayload }, { seed }, { seedOptionsFromEnv }] = await Promise.all([
  import('@payload-config'),
  import('payload'),
  import('../seed'),
  import('../seed/options'),
])
const payload = await getPayload({ config })
await seed(payload, seedOptionsFromEnv())
payload.logger.info('Seed finished')
await payload.destroy()
process.exit(0)
