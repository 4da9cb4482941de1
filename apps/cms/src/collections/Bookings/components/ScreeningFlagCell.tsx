import type { DefaultServerCellComponentProps } from 'payload'

/** The list column for the screening flag: a warning staff cannot miss, or nothing. */
export function ScreeningFlagCell({ cellData, i18n }: DefaultServerCellComponentProps) {
  if (!cellData) return <span aria-label={i18n?.language === 'en' ? 'No flag' : 'Uyarı yok'}>–</span>
  return <strong className="screening-flag">{i18n?.language === 'en' ? '⚠ Absolute contraindication' : '⚠ Kesin kontrendikasyon'}</strong>
}
