import { clinicToday } from '@klinik/booking/dates'

/** The clinic's calendar date `days` from today, as 'YYYY-MM-DD'. */
export function daysFromToday(days: number): string {
  const [year, month, day] = clinicToday().split('-').map(Number)
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10)
}
