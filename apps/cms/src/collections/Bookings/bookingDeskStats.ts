import type { Payload, TypedUser, Where } from 'payload'

import { clinicTimeZone } from '@klinik/config/site'

import { bookingStatuses, type BookingStatus } from '@klinik/booking/statuses'

import { emailKinds } from '../../health/emailFailures'
import { deliveryField, undelivered, type WithDeliveries } from './emailDelivery'

export type WeekCount = { weekStart: string; count: number }
export type BookingDeskStats = { byStatus: Record<BookingStatus, number>; perWeek: WeekCount[] }

const dayMs = 24 * 60 * 60 * 1000

/** The clinic's calendar date of an instant, as YYYY-MM-DD. */
const clinicDate = (instant: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: clinicTimeZone }).format(instant)

/** The Monday (clinic calendar) of the week `date` falls in. */
export function weekStart(date: string): string {
  const day = new Date(`${date}T00:00:00Z`)
  const sinceMonday = (day.getUTCDay() + 6) % 7
  return new Date(day.getTime() - sinceMonday * dayMs).toISOString().slice(0, 10)
}

/** Requests per clinic week for the last `weeks` weeks, oldest first, empty weeks included. */
export function countPerWeek(createdAt: string[], weeks: number, now = new Date()): WeekCount[] {
  const thisWeek = weekStart(clinicDate(now))
  const starts = Array.from({ length: weeks }, (_, index) =>
    new Date(new Date(`${thisWeek}T00:00:00Z`).getTime() - (weeks - 1 - index) * 7 * dayMs).toISOString().slice(0, 10),
  )
  const counts = new Map(starts.map((start) => [start, 0]))
  for (const instant of createdAt) {
    const start = weekStart(clinicDate(new Date(instant)))
    if (counts.has(start)) counts.set(start, counts.get(start)! + 1)
  }
  return starts.map((start) => ({ weekStart: start, count: counts.get(start)! }))
}

/** Counts per status and requests per week, as the signed-in user may see them. */
export async function bookingDeskStats(payload: Payload, user: TypedUser, weeks = 12): Promise<BookingDeskStats> {
  const counts = await Promise.all(
    bookingStatuses.map((status) => payload.count({ collection: 'bookings', where: { status: { equals: status } }, overrideAccess: false, user })),
  )
  const since = new Date(Date.now() - (weeks * 7 + 7) * dayMs).toISOString()
  const recent = await payload.find({
    collection: 'bookings',
    where: { createdAt: { greater_than_equal: since } },
    select: { createdAt: true },
    pagination: false,
    depth: 0,
    overrideAccess: false,
    user,
  })
  return {
    byStatus: Object.fromEntries(bookingStatuses.map((status, index) => [status, counts[index].totalDocs])) as Record<BookingStatus, number>,
    perWeek: countPerWeek(
      recent.docs.map((doc) => doc.createdAt),
      weeks,
    ),
  }
}

/** The desk lists at most this many requests with undelivered emails (newest first); more means a wider outage. */
export const undeliveredListLimit = 20

export type UndeliveredEmails = { bookings: (WithDeliveries & { id: string; reference: string })[]; total: number }

/**
 * Requests with an email not delivered yet (retrying) or not at all (failed), newest first, as
 * the signed-in user may see them: the desk's warning list.
 */
export async function undeliveredEmails(payload: Payload, user: TypedUser): Promise<UndeliveredEmails> {
  const where: Where = { or: emailKinds.map((kind) => ({ [`${deliveryField[kind]}.state`]: { in: undelivered } })) }
  const found = await payload.find({
    collection: 'bookings',
    where,
    select: { reference: true, ...Object.fromEntries(emailKinds.map((kind) => [deliveryField[kind], true])) },
    sort: '-createdAt',
    limit: undeliveredListLimit,
    depth: 0,
    overrideAccess: false,
    user,
  })
  return { bookings: found.docs.map((doc) => ({ ...doc, id: String(doc.id) })), total: found.totalDocs }
}
