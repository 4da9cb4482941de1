import { getTranslation, type I18nClient } from '@payloadcms/translations'
import type { ServerProps } from 'payload'

import { hasRole } from '../../../access/roles'
import { klinikT } from '../../../i18n/translations'
import { bookingDeskStats, undeliveredEmails, type UndeliveredEmails, type WeekCount } from '../bookingDeskStats'
import { emailDeliveryWarnings } from '../emailDelivery'
import { bookingStatuses, bookingStatusLabels } from '@klinik/booking/statuses'

type Props = Pick<ServerProps, 'payload' | 'user' | 'i18n' | 'searchParams'>

/** Carries the list's filter and search over to the export. */
function exportHref(searchParams: Props['searchParams'] = {}) {
  const query = new URLSearchParams()
  for (const [key, value] of Object.entries(searchParams)) {
    if (!(key === 'search' || key.startsWith('where'))) continue
    for (const entry of [value].flat()) if (typeof entry === 'string') query.append(key, entry)
  }
  const text = query.toString()
  return `/api/bookings/export${text ? `?${text}` : ''}`
}

function WeeklyChart({ weeks, i18n }: { weeks: WeekCount[]; i18n: I18nClient }) {
  const t = klinikT(i18n)
  const width = 600
  const height = 180
  const top = 20
  const bottom = 30
  const max = Math.max(1, ...weeks.map((week) => week.count))
  const slot = width / weeks.length
  const bar = slot * 0.62
  const total = weeks.reduce((sum, week) => sum + week.count, 0)
  const format = new Intl.DateTimeFormat(t('klinik:dateLocale'), { day: 'numeric', month: 'short', timeZone: 'UTC' })
  const chartTitle = t('klinik:bookingDesk:chartTitle')
  return (
    <figure className="booking-desk__chart">
      <figcaption>{chartTitle}</figcaption>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={`${chartTitle}. ${t('klinik:bookingDesk:chartSummary', { total, last: weeks.at(-1)?.count ?? 0 })}`}
        width="100%"
      >
        <line x1="0" x2={width} y1={height - bottom} y2={height - bottom} stroke="currentColor" strokeOpacity="0.3" />
        {weeks.map((week, index) => {
          const barHeight = ((height - top - bottom) * week.count) / max
          const x = index * slot + (slot - bar) / 2
          const y = height - bottom - barHeight
          const label = format.format(new Date(`${week.weekStart}T00:00:00Z`))
          return (
            <g key={week.weekStart}>
              <title>{t('klinik:bookingDesk:weekOf', { week: label, requests: week.count })}</title>
              <rect x={x} y={y} width={bar} height={Math.max(barHeight, week.count > 0 ? 2 : 0)} rx="3" fill="#1f5f5b" />
              <text x={x + bar / 2} y={y - 5} textAnchor="middle" fontSize="12" fill="currentColor">
                {week.count}
              </text>
              {(weeks.length - 1 - index) % 2 === 0 && (
                <text x={x + bar / 2} y={height - 10} textAnchor="middle" fontSize="11" fill="currentColor" fillOpacity="0.75">
                  {label}
                </text>
              )}
            </g>
          )
        })}
      </svg>
    </figure>
  )
}

/** Requests whose emails have not reached their reader, each a link to the request, with what to do. */
function UndeliveredEmailList({ undelivered, i18n }: { undelivered: UndeliveredEmails; i18n: I18nClient }) {
  const t = klinikT(i18n)
  if (undelivered.total === 0) return null
  const failed = undelivered.bookings.some((booking) => emailDeliveryWarnings(booking, t).some((warning) => warning.state === 'failed'))
  return (
    <div className={`booking-desk__undelivered booking-desk__undelivered--${failed ? 'failed' : 'retrying'}`} role="status">
      <p className="booking-desk__undelivered-heading">
        {t('klinik:emailDelivery:heading')} ({undelivered.total})
      </p>
      <ul>
        {undelivered.bookings.map((booking) => (
          <li key={booking.id}>
            <a href={`/admin/collections/bookings/${booking.id}`}>{booking.reference}</a>:{' '}
            {emailDeliveryWarnings(booking, t)
              .map((warning) => warning.text)
              .join(' ')}
          </li>
        ))}
      </ul>
    </div>
  )
}

/**
 * The staff desk panel above the booking list (and on the admin's dashboard): how many
 * requests wait in each status (each a link to that filter), requests per week as a small
 * chart, the export of the list as it is filtered, and first, any request whose emails have not
 * been delivered.
 */
export async function BookingDesk({ payload, user, i18n, searchParams }: Props) {
  if (!user || !hasRole(user, 'admin', 'staff')) return null
  const t = klinikT(i18n)
  const [stats, undelivered] = await Promise.all([bookingDeskStats(payload, user), undeliveredEmails(payload, user)])
  return (
    <section className="booking-desk" aria-label={t('klinik:bookingDesk:heading')}>
      <UndeliveredEmailList undelivered={undelivered} i18n={i18n} />
      <ul className="booking-desk__counts">
        {bookingStatuses.map((status) => (
          <li key={status}>
            <a href={`/admin/collections/bookings?where[status][equals]=${status}`} className={`booking-desk__count booking-desk__count--${status}`}>
              <span className="booking-desk__number">{stats.byStatus[status]}</span>
              <span>{getTranslation(bookingStatusLabels[status], i18n)}</span>
            </a>
          </li>
        ))}
      </ul>
      <WeeklyChart weeks={stats.perWeek} i18n={i18n} />
      <p className="booking-desk__export">
        <a className="btn btn--style-secondary btn--size-small" href={exportHref(searchParams)} download>
          {t('klinik:bookingDesk:export')}
        </a>{' '}
        <span>{t('klinik:bookingDesk:exportNote')}</span>
      </p>
    </section>
  )
}
