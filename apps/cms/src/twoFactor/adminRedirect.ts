import { headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { getPayload, type PayloadRequest, type SanitizedConfig } from 'payload'

import { awaitsSecondFactor } from './secondFactor'

/** Admin pages that stay reachable before the second factor: signing in and out, password resets, the code page itself. */
const beforeSecondFactor = new Set(['two-factor', 'login', 'logout', 'logout-inactivity', 'forgot', 'reset', 'create-first-user', 'verify', 'unauthorized'])

/**
 * Sends a signed-in user who still owes a code to /admin/two-factor before any other admin page
 * renders. Only the way there: what they may read is decided by the access gate
 * (twoFactorGate.ts), which the admin's own reads go through too.
 */
export async function redirectToSecondFactor(config: Promise<SanitizedConfig>, params: Promise<{ segments?: string[] }>): Promise<void> {
  const { segments } = await params
  if (segments?.[0] && beforeSecondFactor.has(segments[0])) return
  const payload = await getPayload({ config })
  const requestHeaders = await headers()
  const { user } = await payload.auth({ headers: requestHeaders })
  if (user && awaitsSecondFactor({ payload, user, headers: requestHeaders } as PayloadRequest)) redirect('/admin/two-factor')
}
