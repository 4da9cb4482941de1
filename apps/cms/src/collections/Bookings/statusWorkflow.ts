import type { BookingStatus } from '@klinik/booking/statuses'

/**
 * The one table of how a request moves: new → contacted → scheduled → completed, cancelled
 * at any point before the visit, no-show only after a scheduled appointment. Completed,
 * cancelled and no-show are final.
 */
export const bookingTransitions: Record<BookingStatus, readonly BookingStatus[]> = {
  new: ['contacted', 'cancelled'],
  contacted: ['scheduled', 'cancelled'],
  scheduled: ['completed', 'no-show', 'cancelled'],
  completed: [],
  cancelled: [],
  'no-show': [],
}

export const canMoveBooking = (from: BookingStatus, to: BookingStatus) => from === to || bookingTransitions[from].includes(to)
