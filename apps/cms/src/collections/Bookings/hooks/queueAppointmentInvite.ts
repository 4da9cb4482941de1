import type { CollectionAfterChangeHook } from 'payload'

import type { Booking } from '@klinik/cms-types/payload-types'

import { recordEmailDelivery } from '../recordEmailDelivery'

/** Whether this change owes the patient an invite: newly scheduled, or a scheduled time moved. */
export function invitesPatient(previous: Pick<Booking, 'status' | 'scheduledAt'> | undefined, current: Pick<Booking, 'status' | 'scheduledAt'>): boolean {
  if (current.status !== 'scheduled' || !current.scheduledAt || !previous) return false
  const moved = !previous.scheduledAt || new Date(previous.scheduledAt).getTime() !== new Date(current.scheduledAt).getTime()
  return previous.status !== 'scheduled' || moved
}

/**
 * Queues the patient's appointment confirmation when a request was scheduled (or its time
 * changed), deciding from this document's before and after: in a bulk change every document
 * shares one `req.context`, so a flag passed there reached only one of them. Queued in the same
 * transaction as the change, with its delivery state: no change, no email (and a change always
 * has its email queued). The jobs runner sees the job only once the change has committed.
 */
export const queueAppointmentInvite: CollectionAfterChangeHook<Booking> = async ({ doc, previousDoc, operation, req }) => {
  if (operation !== 'update' || !invitesPatient(previousDoc, doc)) return doc
  await req.payload.jobs.queue({ task: 'bookingAppointmentConfirmation', input: { bookingId: String(doc.id) }, req })
  await recordEmailDelivery(req, String(doc.id), { 'appointment-invite': { state: 'pending' } })
  return { ...doc, inviteDelivery: { state: 'pending', lastTryAt: null, retryUntil: null } }
}
