import type { PayloadRequest } from 'payload'
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible'

import { sameSecret, sharedSecretHeader } from '@klinik/signing/sharedSecret'

export type IntakeSettings = { secret?: string; clientIpHeader: string; points: number; durationSeconds: number }

let limiter: { settings: IntakeSettings; limiter: RateLimiterMemory } | undefined

function limiterFor(settings: IntakeSettings): RateLimiterMemory {
  if (limiter?.settings !== settings) {
    limiter = { settings, limiter: new RateLimiterMemory({ points: settings.points, duration: settings.durationSeconds, keyPrefix: 'booking-intake' }) }
  }
  return limiter.limiter
}

/**
 * Whose request this is. The web app forwards the patient's address in a header together with
 * the shared intake secret; only then is that header believed. Anything else is keyed on what
 * the caller claims, in a separate namespace, so a direct caller cannot spend a patient's quota.
 */
export function intakeClientKey(req: PayloadRequest, settings: IntakeSettings): string {
  const headers = req.headers
  if (sameSecret(headers.get(sharedSecretHeader.intake), settings.secret)) {
    const address = headers.get(settings.clientIpHeader)?.split(',')[0]?.trim()
    if (address) return `patient:${address.slice(0, 64)}`
  }
  const claimed = headers.get('x-forwarded-for')?.split(',')[0]?.trim() || 'unknown'
  return `direct:${claimed.slice(0, 64)}`
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
