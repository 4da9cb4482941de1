import type { Locale } from '@klinik/config/locales'

/** Where a booking request stands, as staff move it (the CMS's workflow table says how). */
export const bookingStatuses = ['new', 'contacted', 'scheduled', 'completed', 'cancelled', 'no-show'] as const
export type BookingStatus = (typeof bookingStatuses)[number]

/** How staff see each status (the admin, the desk panel, the CSV export). */
export const bookingStatusLabels: Record<BookingStatus, Record<Locale, string>> = {
  new: { en: 'New', tr: 'Yeni' },
  contacted: { en: 'Contacted', tr: 'İletişime geçildi' },
  scheduled: { en: 'Scheduled', tr: 'Planlandı' },
  completed: { en: 'Completed', tr: 'Tamamlandı' },
  cancelled: { en: 'Cancelled', tr: 'İptal edildi' },
  'no-show': { en: 'No-show', tr: 'Gelmedi' },
}
