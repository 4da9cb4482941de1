import type { CollectionAfterDeleteHook } from 'payload'

import type { Booking } from '@klinik/cms-types/payload-types'

/** An erasure leaves a trace of who and when, never of whose request it was. */
export const logBookingDeletion: CollectionAfterDeleteHook<Booking> = ({ id, req }) => {
  const by = req.user ? `user ${req.user.id}` : 'the system'
  req.payload.logger.info(`Booking request ${id} deleted by ${by}`)
}
