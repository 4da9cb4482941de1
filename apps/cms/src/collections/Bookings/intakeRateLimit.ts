import type { PayloadRequest } from 'payload'
import { RateLimiterRes } from 'rate-limiter-flexible'

import { clientAddressKey } from '@klinik/config/clientAddress'

import { databaseRateLimiter } from '../../rateLimits/databaseRateLimiter'

export type IntakeSettings = { secret?: string; clientIpHeader: string; points: number; durationSeconds: number }

const limiterFor = (req: PayloadRequest, settings: IntakeSettings) =>
  databaseRateLimiter(req.payload, { keyPrefix: 'booking-intake', points: settings.points, durationSeconds: settings.durationSeconds })

/**
 * Whose request this is: the patient's address, which the site forwards in a header. Only
 * called once the request carried the shared intake secret (nobody else may call the intake),
 * so the header is the site's word, not a stranger's.
 */
export function intakeClientKey(req: PayloadRequest, settings: IntakeSettings): string {
  return `patient:${clientAddressKey(req.headers, settings.clientIpHeader)}`
}

/** Seconds to wait when this client has used its quota, else null (and one request is counted). */
export async function intakeRetryAfter(req: PayloadRequest, settings: IntakeSettings): Promise<number | null> {
  try {
    await limiterFor(req, settings).consume(intakeClientKey(req, settings))
    return null
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) return Math.max(1, Math.ceil(rejection.msBeforeNext / 1000))
    throw rejection
  }
}
