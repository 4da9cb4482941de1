import { clinicTimeZone } from '@klinik/config/site'

/** Calendar dates as the clinic sees them (Europe/Istanbul), as 'YYYY-MM-DD' strings. */

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/

/** Today's date in the clinic's time zone. */
export function clinicToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: clinicTimeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now)
}

/** True for a real calendar date: '2027-02-30' and '2026-13-01' are not. */
export function isCalendarDate(value: string): boolean {
  const match = isoDate.exec(value)
  if (!match) return false
  const [, year, month, day] = match.map(Number)
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

/** The same day `months` later, clamped to the month's end (31 Aug + 6 months = 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number)
  const target = new Date(Date.UTC(year, month - 1 + months, 1))
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate()
  target.setUTCDate(Math.min(day, lastDay))
  return target.toISOString().slice(0, 10)
}
