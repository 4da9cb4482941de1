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

type Language = 'en' | 'tr'

export const workflowMessages = {
  refused: (from: BookingStatus, to: BookingStatus, language: Language) => {
    const names = (status: BookingStatus) => `“${statusLabels[status][language]}”`
    const next = bookingTransitions[from]
    if (language === 'tr') {
      const allowed = next.length > 0 ? `Bu durumdan geçilebilecek durumlar: ${next.map(names).join(', ')}.` : 'Bu durum son durumdur, değiştirilemez.'
      return `Talep ${names(from)} durumundan ${names(to)} durumuna geçirilemez. ${allowed}`
    }
    const allowed = next.length > 0 ? `From here it can move to ${next.map(names).join(', ')}.` : 'This status is final and cannot change.'
    return `A request cannot move from ${names(from)} to ${names(to)}. ${allowed}`
  },
  scheduleNeedsTime: {
    en: 'To mark the request as scheduled, enter the confirmed appointment date and time.',
    tr: 'Talebi “Planlandı” yapmak için kesinleşen randevu tarihini ve saatini girin.',
  },
  scheduleInPast: {
    en: 'The appointment date and time is in the past. Please check it.',
    tr: 'Randevu tarihi ve saati geçmişte kalıyor. Lütfen kontrol edin.',
  },
} as const
