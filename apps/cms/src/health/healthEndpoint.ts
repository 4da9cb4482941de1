import type { Endpoint, PayloadRequest } from 'payload'

import { sameSecret } from '@klinik/signing/sharedSecret'

import { hasRole } from '../access/roles'
import { awaitsSecondFactor } from '../twoFactor/secondFactor'
import { checkHealth, type HealthPlaces } from './healthChecks'

/** How soon a monitor may ask again after a 503 (the database was not answering). */
const retryAfterSeconds = 30

/** The details are for the operator: a monitor with HEALTH_TOKEN as its bearer token, or a signed-in admin (past the second factor). */
function mayReadDetails(req: PayloadRequest, token: string | undefined): boolean {
  const bearer = /^Bearer (\S+)$/.exec(req.headers.get('authorization') ?? '')?.[1]
  if (bearer && sameSecret(bearer, token)) return true
  return hasRole(req.user, 'admin') && !awaitsSecondFactor(req)
}

/**
 * GET /api/health — for monitoring. Everyone gets the status (`ok`, `degraded`, `down`); the
 * checks behind it (database, job backlog, last email failure, free disk space: no personal
 * data in any of them) only the operator. 200 while the database answers, 503 with
 * Retry-After when it does not. Never cached: a monitor must see the present.
 */
export function healthEndpoint({ token, ...places }: HealthPlaces & { token?: string }): Endpoint {
  return {
    path: '/health',
    method: 'get',
    handler: async (req) => {
      const report = await checkHealth(req.payload, places)
      const down = report.status === 'down'
      const headers: Record<string, string> = { 'Cache-Control': 'no-store' }
      if (down) headers['Retry-After'] = String(retryAfterSeconds)
      return Response.json(mayReadDetails(req, token) ? report : { status: report.status }, { status: down ? 503 : 200, headers })
    },
  }
}
