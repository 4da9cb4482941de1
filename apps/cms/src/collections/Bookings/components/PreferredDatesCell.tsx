import type { DefaultServerCellComponentProps } from 'payload'

import { klinikT } from '../../../i18n/translations'

/** The list column for the 1–3 dates the patient would like, e.g. "2 Ara, 5 Ara". */
export function PreferredDatesCell({ cellData, i18n }: DefaultServerCellComponentProps) {
  const rows = Array.isArray(cellData) ? (cellData as { date?: string }[]) : []
  const format = new Intl.DateTimeFormat(klinikT(i18n)('klinik:dateLocale'), { day: 'numeric', month: 'short', timeZone: 'UTC' })
  const dates = rows
    .map((row) => row.date)
    .filter((date): date is string => typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date))
    .map((date) => format.format(new Date(`${date}T00:00:00Z`)))
  return <span>{dates.join(', ')}</span>
}
