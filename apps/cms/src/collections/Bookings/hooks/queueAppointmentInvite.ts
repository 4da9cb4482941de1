import type { CollectionAfterChangeHook } from 'payload'

import type { Booking } from '@klinik/cms-types/payload-types'

import { sendInviteContext } from './recordStatusChange'

/**
 * Queues the patient's appointment confirmation when a request was scheduled (or its time
 * changed). Queued in the same transaction as the change: no change, no email.
 */
export const queueAppointmentInvite: CollectionAfterChangeHook<Booking> = async ({ doc, req }) => {
  if (!req.context[sendInviteContext]) return doc
  delete req.context[sendInviteContext]
  await req.payload.jobs.queue({ task: 'bookingAppointmentConfirmation', input: { bookingId: String(doc.id) }, req })
  return doc
}
