/**
 * Loads apps/cms/.env (and .env.local, .env.production…) the way Next.js does, for the
 * scripts that run outside Next. Import it first: ES modules evaluate in import order.
 */
import nextEnv from '@next/env'

import { appDir } from '../env'

nextEnv.loadEnvConfig(appDir, process.env.NODE_ENV !== 'production', { info: () => {}, error: console.error })
