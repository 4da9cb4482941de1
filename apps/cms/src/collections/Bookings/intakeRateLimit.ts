import type { PayloadRequest } from 'payload'
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible'

export type IntakeSettings = { secret?: string; clientIpHeader: string; points: number; durationSeconds: number }

let limiter: { settings: IntakeSettings; limiter: RateLimiterMemory } | undefined

function limiterFor(settings: IntakeSettings): RateLimiterMemory {
  if (limiter?.settings !== settings) {
    limiter = { settings, limiter: new RateLimiterMemory({ points: settings.points, duration: settings.durationSeconds, keyPrefix: 'booking-intake' }) }
  }
  return limiter.limiter
}

/**
 * Whose request this is: the patient's address, which the site forwards in a header. Only
 * called once the request carried the shared intake secret (nobody else may call the intake),
 * so the header is the site's word, not a stranger's.
 */
export function intakeClientKey(req: PayloadRequest, settings: IntakeSettings): string {
  const address = req.headers.get(settings.clientIpHeader)?.split(',')[0]?.trim()
  return `patient:${(address || 'unknown').slice(0, 64)}`
}

/** Seconds to wait when this client has used its quota, else null (and one request is counted). */
export async function intakeRetryAfter(req: PayloadRequest, settings: IntakeSettings): Promise<number | null> {
  try {
    await limiterFor(settings).consume(intakeClientKey(req, settings))
    return null
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) return Math.max(1, Math.ceil(rejection.msBeforeNext / 1000))
    throw rejection
  }
}
