import type { CollectionBeforeOperationHook } from 'payload'

import { normalizePhoneConditions } from '../bookingSearch'

/** Lets staff find a request by the phone number as the patient says it. */
export const normalizePhoneSearch: CollectionBeforeOperationHook<'bookings'> = ({ args, operation }) => {
  if (operation === 'read' || operation === 'count') normalizePhoneConditions((args as { where?: Parameters<typeof normalizePhoneConditions>[0] }).where)
  return args
}
