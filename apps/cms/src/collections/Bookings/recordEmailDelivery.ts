import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'

import type { EmailKind } from '../../health/emailFailures'
import { deliveryField, type DeliveryStatus } from './emailDelivery'

/**
 * Writes the delivery state of some of a booking's emails, inside the request's transaction when
 * it has one (queued with the booking: both commit or neither), else in a short one of its own:
 * on SQLite a write beside an open transaction waits for its lock, while transactions take turns
 * (database.ts). Straight to the database: no hooks (this is not a staff change: no history, no
 * new `updatedAt`), and only the groups named, so the rest of the booking is left as it is.
 */
export async function recordEmailDelivery(req: PayloadRequest, bookingId: string, changes: Partial<Record<EmailKind, DeliveryStatus>>): Promise<void> {
  const data: Record<string, unknown> = { updatedAt: null }
  for (const [kind, status] of Object.entries(changes) as [EmailKind, DeliveryStatus][]) {
    data[deliveryField[kind]] = { state: status.state ?? null, lastTryAt: status.lastTryAt ?? null, retryUntil: status.retryUntil ?? null }
  }
  const ownTransaction = await initTransaction(req)
  try {
    await req.payload.db.updateOne({ collection: 'bookings', id: bookingId, data, req, returning: false })
    if (ownTransaction) await commitTransaction(req)
  } catch (error) {
    if (ownTransaction) await killTransaction(req)
    throw error
  }
}
