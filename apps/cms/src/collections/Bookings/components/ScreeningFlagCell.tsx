import type { DefaultServerCellComponentProps } from 'payload'

import { klinikT } from '../../../i18n/translations'

/** The list column for the screening flag: a warning staff cannot miss, or nothing. */
export function ScreeningFlagCell({ cellData, i18n }: DefaultServerCellComponentProps) {
  const t = klinikT(i18n)
  if (!cellData) return <span aria-label={t('klinik:screeningFlag:none')}>–</span>
  return <strong className="screening-flag">{t('klinik:screeningFlag:raised')}</strong>
}
