/**
 * Runs before the CMS server starts: validates the environment, connects (which applies the
 * committed migrations in production mode), then seeds the demo content when the database
 * is new. Stops with a readable message on a bad environment or an unreachable database,
 * instead of letting the server start and fail every request.
 */
import './loadEnv'

import { EnvError } from '@klinik/config/environment'

import { readEnv } from '../env'

// Checked before the config is imported, so the message is ours and not a stack trace.
try {
  readEnv()
} catch (error) {
  if (!(error instanceof EnvError)) throw error
  console.error(`\n${error.message}\n`)
  process.exit(1)
}

// The MongoDB driver's server-selection timers do not hold the event loop open: without
// this, an unreachable database could end the process silently instead of with an error.
const keepAlive = setInterval(() => {}, 60_000)

try {
  const [{ default: config }, { getPayload }, { seed }, { seedOptionsFromEnv }, { resealScreeningAnswers }] = await Promise.all([
    import('@payload-config'),
    import('payload'),
    import('../seed'),
    import('../seed/options'),
    import('../healthData/resealScreeningAnswers'),
  ])
  const payload = await getPayload({ config })
  // After a key rotation (or the first start with sealing), before anyone reads them.
  const resealed = await resealScreeningAnswers(payload, readEnv().screeningAnswerKeys)
  if (resealed > 0) payload.logger.info(`Sealed the screening answers of ${resealed} booking(s) with the current SCREENING_ANSWERS_KEY`)
  const { totalDocs: users } = await payload.count({ collection: 'users', overrideAccess: true })
  const { totalDocs: treatments } = await payload.count({ collection: 'treatments', overrideAccess: true })

  if (process.env.SEED_ON_START === 'false') {
    payload.logger.info('SEED_ON_START=false: not seeding')
  } else if (users === 0 && treatments === 0) {
    payload.logger.info('New database: loading the bilingual demo content')
    await seed(payload, seedOptionsFromEnv())
  } else {
    payload.logger.info(`Database ready (${treatments} treatments, ${users} users); \`npm run seed\` adds missing demo content`)
  }
  payload.logger.info(`CMS starting: admin at ${payload.config.serverURL}/admin, API at ${payload.config.serverURL}/api`)
  await payload.destroy()
  clearInterval(keepAlive)
  process.exit(0)
} catch (error) {
  const name = error instanceof Error ? error.name : 'Error'
  const message = error instanceof Error ? error.message : String(error)
  console.error(`\nThe CMS could not start: ${message}`)
  if (/Mongo|ECONNREFUSED|ENOTFOUND|Server selection/i.test(`${name} ${message}`)) {
    console.error('Check DATABASE_URI and that the MongoDB replica set is running and reachable.\n')
  }
  process.exit(1)
}
