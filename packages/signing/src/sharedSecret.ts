import { timingSafeEqual } from 'node:crypto'

/**
 * The secrets the CMS and the site share, and how each proves it has the right one. Both apps
 * read REVALIDATE_SECRET, PREVIEW_SECRET and INTAKE_SECRET; locally they come from the two
 * generated .env files, behind the proxy from the operator. PREVIEW_SECRET is checked with a
 * `secret-check` preview token (previewToken.ts), the other two by header.
 */
export const sharedSecretHeader = {
  /** CMS → site: POST /api/revalidate after a publish. */
  revalidate: 'x-revalidate-secret',
  /** Site → CMS: POST /api/bookings/intake with the patient's request. */
  intake: 'x-intake-secret',
} as const

/** Constant-time comparison of a secret a caller sent with ours; false when either is missing. */
export function sameSecret(given: string | null | undefined, expected: string | null | undefined): boolean {
  if (!given || !expected) return false
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

/**
 * The answer of a secret check endpoint: 204 when the secret matches, 401/403 when it does
 * not, 503 when the app has no such secret. Anything else means "not there yet" (still
 * starting, an older version, not our app).
 */
export type SecretCheck = 'accepted' | 'refused' | 'not-configured' | 'no-answer'

export async function askAcceptsSecret(url: string, headers: Record<string, string> = {}, timeoutMs = 5_000): Promise<SecretCheck> {
  try {
    const response = await fetch(url, { headers, redirect: 'manual', cache: 'no-store', signal: AbortSignal.timeout(timeoutMs) })
    await response.body?.cancel()
    if (response.status >= 200 && response.status < 300) return 'accepted'
    if (response.status === 401 || response.status === 403) return 'refused'
    if (response.status === 503) return 'not-configured'
    return 'no-answer'
  } catch {
    return 'no-answer'
  }
}

export type SharedSecretProbe = {
  /** The variable both apps must agree on, e.g. REVALIDATE_SECRET. */
  variable: string
  /** The check endpoint of the other app, with our secret in a header or a signed token in the URL. */
  url: string
  headers?: Record<string, string>
  /** What breaks while the two values differ, for the message. */
  consequence: string
}

export type SharedSecretWatch = {
  /** This app and the other one, as a person calls them: "the CMS", "the site". */
  self: string
  other: string
  /** Where a person sets the values: the two .env files locally, the environment behind the proxy. */
  where: string
  probes: SharedSecretProbe[]
  /** Called once with the message when the other app refuses a value; the app stops there. */
  onMismatch: (message: string) => void
  /** Called once when the other app never answered in time (it may start later; nothing stops). */
  onGiveUp?: (message: string) => void
  intervalMs?: number
  giveUpAfterMs?: number
}

/**
 * At start-up: waits until the other app answers, then checks that it accepts each shared
 * secret of ours. A refusal means the two apps were configured apart (an edited .env, a
 * deployment with two different values): publishes would never reach the site, previews or
 * booking requests would be refused. That is reported once, naming the variable and where to
 * fix it, and `onMismatch` stops the app rather than letting it run half-broken.
 */
export async function watchSharedSecrets(watch: SharedSecretWatch): Promise<'agreed' | 'mismatch' | 'gave-up'> {
  const { intervalMs = 1_000, giveUpAfterMs = 10 * 60_000 } = watch
  const deadline = Date.now() + giveUpAfterMs
  const pending = [...watch.probes]
  while (pending.length > 0) {
    const probe = pending[0]
    const answer = await askAcceptsSecret(probe.url, probe.headers)
    if (answer === 'accepted') {
      pending.shift()
      continue
    }
    if (answer === 'refused' || answer === 'not-configured') {
      const why =
        answer === 'refused'
          ? `${probe.variable} differs between ${watch.self} and ${watch.other}: ${watch.other} at ${new URL(probe.url).origin} refused ${watch.self}'s value`
          : `${probe.variable} is set for ${watch.self} but not for ${watch.other} at ${new URL(probe.url).origin}`
      watch.onMismatch(
        `${why}, so ${probe.consequence}. Set the same ${probe.variable} in ${watch.where} ` +
          `(locally you can delete the line from both files and run npm start again to generate a new pair). ${capitalize(watch.self)} stops here.`,
      )
      return 'mismatch'
    }
    if (Date.now() > deadline) {
      watch.onGiveUp?.(
        `${capitalize(watch.other)} did not answer at ${new URL(probe.url).origin} within ${Math.round(giveUpAfterMs / 1000)} s: ${probe.variable} and the other shared secrets were not checked.`,
      )
      return 'gave-up'
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs))
  }
  return 'agreed'
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)
