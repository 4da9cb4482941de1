import type { Payload } from 'payload'

import { sharedSecretHeader } from '@klinik/signing/sharedSecret'

export type WebSettings = { internalUrl: string; publicUrl: string; revalidateSecret?: string; previewSecret?: string }

const retryDelaysMs = [0, 250, 1000]

/**
 * Asks the web app to drop its cached pages for these tags. Retries briefly; a failure is
 * logged (tags and status only, never content) and never thrown: a publish must not fail
 * because the site is down. Returns whether the web app confirmed.
 */
export async function sendRevalidation(payload: Payload, web: WebSettings, tags: string[]): Promise<boolean> {
  if (!web.revalidateSecret || tags.length === 0) return false
  let problem = ''
  for (const delay of retryDelaysMs) {
    if (delay) await new Promise((resolve) => setTimeout(resolve, delay))
    try {
      const response = await fetch(`${web.internalUrl}/api/revalidate`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', [sharedSecretHeader.revalidate]: web.revalidateSecret },
        body: JSON.stringify({ tags }),
        signal: AbortSignal.timeout(3000),
      })
      if (response.ok) return true
      problem = `HTTP ${response.status}`
      if (response.status < 500) break // a wrong secret or request will not fix itself
    } catch (error) {
      problem = error instanceof Error ? error.name : 'network error'
    }
  }
  payload.logger.warn(`Could not revalidate the web app for ${tags.join(', ')} (${problem}); pages refresh on their next revalidation`)
  return false
}
