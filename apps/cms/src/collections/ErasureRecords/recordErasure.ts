import type { PayloadRequest } from 'payload'

import { roles, type Role } from '../../access/roles'

export const erasureRecordsSlug = 'erasure-records'

/** Why patients' data was erased: a person deleted requests, or the retention job erased answers or deleted requests. */
export const erasureReasons = ['deleted', 'retentionScreeningAnswers', 'retentionRequests'] as const
export type ErasureReason = (typeof erasureReasons)[number]

/** Who erased: a signed-in user's role, the daily retention job, or server code without a user (a script). */
export const erasers = [...roles, 'schedule', 'system'] as const
export type Eraser = (typeof erasers)[number]

export type Erasure = {
  reason: ErasureReason
  /** The requests' human references (KL-…), never their content. */
  references: string[]
  /** How many screening answers went with them. */
  answerCount: number
}

type SignedIn = { id: string | number; role?: Role | null }

/**
 * Writes one record of an erasure inside `req`'s transaction: it commits with the erasure and
 * rolls back with it. Holds who, when, why, how many and which references; never a name, a
 * contact detail or an answer.
 */
export async function writeErasureRecord(req: PayloadRequest, { reason, references, answerCount }: Erasure): Promise<void> {
  const user = req.user as SignedIn | null
  const byPerson = reason === 'deleted'
  const by: Eraser = byPerson ? (user?.role ?? 'system') : 'schedule'
  await req.payload.create({
    collection: erasureRecordsSlug,
    data: {
      reason,
      by,
      user: byPerson && user ? String(user.id) : undefined,
      accountId: byPerson && user ? String(user.id) : undefined,
      bookings: references,
      requestCount: references.length,
      answerCount,
    },
    overrideAccess: true,
    depth: 0,
    req,
  })
}
