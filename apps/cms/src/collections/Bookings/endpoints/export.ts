import { stringify } from 'csv-stringify/sync'
import type { Endpoint, PayloadRequest, Where } from 'payload'

import type { Booking, Treatment } from '@klinik/cms-types/payload-types'
import { clinicTimeZone } from '@klinik/config/site'

import { hasRole } from '../../../access/roles'
import { bookingSearchWhere } from '../bookingSearch'
import { statusLabels } from '../statusWorkflow'

/** The largest export in one file: a year of a busy clinic's requests. */
const maxRows = 10_000

type Language = 'en' | 'tr'

const columns = {
  en: [
    'Reference',
    'Received',
    'Status',
    'Name',
    'Phone',
    'Email',
    'Treatment',
    'Preferred dates',
    'Time of day',
    'Contact by',
    'Language',
    'Screening flag',
    'Confirmed appointment',
  ],
  tr: [
    'Referans',
    'Geliş zamanı',
    'Durum',
    'Ad soyad',
    'Telefon',
    'E-posta',
    'Tedavi',
    'Tercih edilen tarihler',
    'Zaman dilimi',
    'İletişim kanalı',
    'Dil',
    'Tarama uyarısı',
    'Kesinleşen randevu',
  ],
}
const words = {
  en: {
    morning: 'morning',
    afternoon: 'afternoon',
    evening: 'evening',
    phone: 'phone',
    whatsapp: 'WhatsApp',
    email: 'email',
    yes: 'yes',
    no: 'no',
    tr: 'Turkish',
    'en-locale': 'English',
  },
  tr: {
    morning: 'sabah',
    afternoon: 'öğleden sonra',
    evening: 'akşam',
    phone: 'telefon',
    whatsapp: 'WhatsApp',
    email: 'e-posta',
    yes: 'evet',
    no: 'hayır',
    tr: 'Türkçe',
    'en-locale': 'İngilizce',
  },
}
const messages = {
  signIn: { en: 'Please sign in.', tr: 'Lütfen giriş yapın.' },
  forbidden: { en: 'Only staff and administrators can export booking requests.', tr: 'Randevu taleplerini yalnızca personel ve yöneticiler dışa aktarabilir.' },
  badFilter: {
    en: 'This filter cannot be exported. Please change it and try again.',
    tr: 'Bu süzgeçle dışa aktarma yapılamıyor. Lütfen süzgeci değiştirip yeniden deneyin.',
  },
  tooMany: {
    en: `More than ${maxRows} requests match. Please narrow the filter (for example by date).`,
    tr: `${maxRows} talepten fazlası eşleşiyor. Lütfen süzgeci daraltın (örneğin tarihe göre).`,
  },
}

/**
 * A spreadsheet program runs a cell that starts with = + - @ (or a tab or carriage return) as
 * a formula. Such cells get a leading apostrophe, so they are shown as text.
 */
export function neutralizeCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
}

function formatInstant(value: string | null | undefined, language: Language): string {
  if (!value) return ''
  return new Intl.DateTimeFormat(language === 'tr' ? 'tr-TR' : 'en-GB', { dateStyle: 'short', timeStyle: 'short', timeZone: clinicTimeZone }).format(
    new Date(value),
  )
}

export function bookingRows(bookings: Booking[], language: Language): string[][] {
  const say = words[language]
  return bookings.map((booking) => [
    booking.reference,
    formatInstant(booking.createdAt, language),
    statusLabels[booking.status][language],
    booking.fullName,
    booking.phone ?? '',
    booking.email ?? '',
    typeof booking.treatment === 'object' ? ((booking.treatment as Treatment).title ?? '') : '',
    (booking.preferredDates ?? []).map((row) => row.date).join(', '),
    say[booking.timeOfDay],
    say[booking.contactChannel],
    booking.locale === 'tr' ? say.tr : say['en-locale'],
    booking.contraindicationFlag ? say.yes : say.no,
    formatInstant(booking.scheduledAt, language),
  ])
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
    const language: Language = req.i18n?.language === 'en' ? 'en' : 'tr'
    if (!req.user) return problem(401, messages.signIn[language])
    if (!hasRole(req.user, 'admin', 'staff')) return problem(403, messages.forbidden[language])

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
        locale: language,
        overrideAccess: false,
        user: req.user,
        req,
        select: { screeningAnswers: false, message: false, notes: false, statusHistory: false, consent: false },
        populate: { treatments: { title: true } },
      })
      bookings = result.docs as Booking[]
    } catch {
      return problem(400, messages.badFilter[language])
    }
    if (bookings.length > maxRows) return problem(413, messages.tooMany[language])

    const rows = [columns[language], ...bookingRows(bookings, language)].map((row) => row.map(neutralizeCell))
    // A byte-order mark, so spreadsheet programs read ğ ş İ ı as UTF-8.
    const csv = stringify(rows, { bom: true, record_delimiter: '\r\n' })
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: clinicTimeZone }).format(new Date())
    req.payload.logger.info(`Booking export of ${bookings.length} requests by user ${req.user.id}`)
    return new Response(csv, {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${language === 'tr' ? 'randevu-talepleri' : 'booking-requests'}-${day}.csv"`,
        'Cache-Control': 'no-store',
      },
    })
  },
}
