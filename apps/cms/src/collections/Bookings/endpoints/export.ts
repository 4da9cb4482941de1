import { getTranslation, type I18n } from '@payloadcms/translations'
import { stringify } from 'csv-stringify/sync'
import type { Endpoint, PayloadRequest, Where } from 'payload'

import { contactChannelLabels, timeOfDayLabels } from '@klinik/booking/choices'
import type { Booking, Treatment } from '@klinik/cms-types/payload-types'
import { defaultLocale, isLocale, localeLabels } from '@klinik/config/locales'
import { clinicTimeZone } from '@klinik/config/site'

import { hasRole } from '../../../access/roles'
import { recordHealthDataAccess } from '../../../healthData/recordHealthDataAccess'
import { klinikT } from '../../../i18n/translations'
import { awaitsSecondFactor } from '../../../twoFactor/secondFactor'
import { twoFactorAdminPath } from '../../Users/endpoints/twoFactor'
import { bookingSearchWhere } from '../bookingSearch'
import { bookingStatusLabels } from '@klinik/booking/statuses'

/** The largest export in one file: a year of a busy clinic's requests. */
const maxRows = 10_000

/** The columns, in order: each names its header under `klinik:bookingExport:columns`. */
const columns = [
  'reference',
  'received',
  'status',
  'name',
  'phone',
  'email',
  'treatment',
  'preferredDates',
  'timeOfDay',
  'contactBy',
  'language',
  'screeningFlag',
  'confirmedAppointment',
] as const

/**
 * A spreadsheet program runs a cell that starts with = + - @ (or a tab or carriage return) as
 * a formula, and one that splits a cell on `;` or `,` (Turkish Excel uses `;`) or on a line break
 * runs each piece that starts so. Every such start gets an apostrophe, so it is shown as text.
 */
export function neutralizeCell(value: string): string {
  return value.replace(/(^|[;,\t\r\n])(\s*)(?=[=+\-@\t\r])/g, (_match, separator: string, space: string) => `${separator}${space}'`)
}

/** The rows of the file, header first, in the language of `i18n` (the person exporting). */
export function bookingRows(bookings: Booking[], i18n: I18n): string[][] {
  const t = klinikT(i18n)
  const instant = new Intl.DateTimeFormat(t('klinik:dateLocale'), { dateStyle: 'short', timeStyle: 'short', timeZone: clinicTimeZone })
  const formatInstant = (value: string | null | undefined) => (value ? instant.format(new Date(value)) : '')
  const header = columns.map((column) => t(`klinik:bookingExport:columns:${column}`))
  return [
    header,
    ...bookings.map((booking) => [
      booking.reference,
      formatInstant(booking.createdAt),
      getTranslation(bookingStatusLabels[booking.status], i18n),
      booking.fullName,
      booking.phone ?? '',
      booking.email ?? '',
      typeof booking.treatment === 'object' ? ((booking.treatment as Treatment).title ?? '') : '',
      (booking.preferredDates ?? []).map((row) => row.date).join(', '),
      getTranslation(timeOfDayLabels[booking.timeOfDay], i18n),
      getTranslation(contactChannelLabels[booking.contactChannel], i18n),
      getTranslation(localeLabels[booking.locale], i18n),
      i18n.t(booking.contraindicationFlag ? 'general:yes' : 'general:no'),
      formatInstant(booking.scheduledAt),
    ]),
  ]
}

function problem(status: number, message: string) {
  return Response.json({ errors: [{ message }] }, { status, headers: { 'Cache-Control': 'no-store' } })
}

/**
 * GET /api/bookings/export — the admin list as it is filtered (`where`, `search`), as a CSV
 * file for staff and admins. Streamed to the person asking and stored nowhere: Payload's
 * import-export plugin would keep every export as an upload (a file of patients' data at
 * rest, readable by whoever can read that collection). Screening answers, the patient's
 * message and internal notes are never part of it.
 */
export const bookingExport: Endpoint = {
  path: '/export',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    const t = klinikT(req)
    if (!req.user) return problem(401, t('klinik:bookingExport:signIn'))
    // Its find below would be refused too, but answered as a bad filter: say what is missing.
    if (awaitsSecondFactor(req)) return problem(403, t('klinik:twoFactor:required', { path: twoFactorAdminPath }))
    if (!hasRole(req.user, 'admin', 'staff')) return problem(403, t('klinik:bookingExport:forbidden'))

    const query = (req.query ?? {}) as { where?: Where; search?: unknown }
    const conditions: Where[] = []
    if (query.where && typeof query.where === 'object') conditions.push(query.where)
    if (typeof query.search === 'string' && query.search.trim()) conditions.push(bookingSearchWhere(query.search.trim().slice(0, 100)))

    let bookings: Booking[]
    try {
      const result = await req.payload.find({
        collection: 'bookings',
        where: conditions.length > 0 ? { and: conditions } : undefined,
        sort: '-createdAt',
        limit: maxRows + 1,
        depth: 1,
        // Treatment titles in the admin's language where it is a content language.
        locale: isLocale(req.i18n.language) ? req.i18n.language : defaultLocale,
        overrideAccess: false,
        user: req.user,
        req,
        select: { screeningAnswers: false, message: false, notes: false, statusHistory: false, consent: false },
        populate: { treatments: { title: true } },
      })
      bookings = result.docs as Booking[]
    } catch {
      return problem(400, t('klinik:bookingExport:badFilter'))
    }
    if (bookings.length > maxRows) return problem(413, t('klinik:bookingExport:tooMany', { max: maxRows }))
    recordHealthDataAccess(
      req,
      'exported',
      bookings.map((booking) => booking.reference),
    )

    const rows = bookingRows(bookings, req.i18n).map((row) => row.map(neutralizeCell))
    // A byte-order mark, so spreadsheet programs read ğ ş İ ı as UTF-8.
    // Every field quoted, so no program splits a cell on its own separator.
    const csv = stringify(rows, { bom: true, record_delimiter: '\r\n', quoted: true, quoted_empty: true })
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: clinicTimeZone }).format(new Date())
    req.payload.logger.info(`Booking export of ${bookings.length} requests by user ${req.user.id}`)
    return new Response(csv, {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${t('klinik:bookingExport:fileName')}-${day}.csv"`,
        'Cache-Control': 'no-store',
      },
    })
  },
}
