import type { Payload, TaskConfig } from 'payload'

/** The booking emails, as the health check names them: what kind failed, never for whom. */
export const emailKinds = ['staff-notice', 'patient-confirmation', 'appointment-invite'] as const

export type EmailKind = (typeof emailKinds)[number]

export type EmailFailure = { at: string; kind: EmailKind }

/**
 * One entry in Payload's key-value store (the `payload-kv` collection, a unique key): the jobs
 * queue deletes a job once it succeeds, and the log of its failed tries with it, so a failure
 * that a retry later fixed would leave no trace the health check could read.
 */
const lastEmailFailureKey = 'klinik:health:last-email-failure'

/**
 * A task's `onFail`: keeps when an email of this kind last failed. Only the kind and the time:
 * the error (which can name the recipient) stays in the job's own log.
 */
export function recordEmailFailure(kind: EmailKind): NonNullable<TaskConfig['onFail']> {
  return async ({ req }) => {
    try {
      await req.payload.kv.set(lastEmailFailureKey, { at: new Date().toISOString(), kind } satisfies EmailFailure)
    } catch (error) {
      // Payload records the failed try after this: a problem here must not stop that.
      req.payload.logger.error(`Could not record an email failure: ${error instanceof Error ? error.name : 'error'}`)
    }
  }
}

/** The last recorded failure, or null; throws when the database does not answer (the health check's database probe). */
export async function lastEmailFailure(payload: Payload): Promise<EmailFailure | null> {
  const stored = await payload.kv.get<Partial<EmailFailure>>(lastEmailFailureKey)
  if (!stored || typeof stored.at !== 'string' || !emailKinds.includes(stored.kind as EmailKind)) return null
  return { at: stored.at, kind: stored.kind as EmailKind }
}
