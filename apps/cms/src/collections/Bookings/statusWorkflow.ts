import { label } from '../../i18n/label'

export const bookingStatuses = ['new', 'contacted', 'scheduled', 'completed', 'cancelled', 'no-show'] as const
export type BookingStatus = (typeof bookingStatuses)[number]

export const statusLabels: Record<BookingStatus, { en: string; tr: string }> = {
  new: label('New', 'Yeni'),
  contacted: label('Contacted', 'İletişime geçildi'),
  scheduled: label('Scheduled', 'Planlandı'),
  completed: label('Completed', 'Tamamlandı'),
  cancelled: label('Cancelled', 'İptal edildi'),
  'no-show': label('No-show', 'Gelmedi'),
}

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
