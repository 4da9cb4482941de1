import type { DefaultServerCellComponentProps } from 'payload'

/** The booking references of an access or erasure record as a readable list ("KL-ABCDE, KL-FGHJK, … 12 in all"). */
export function BookingReferencesCell({ cellData }: DefaultServerCellComponentProps) {
  const references = Array.isArray(cellData) ? cellData.map(String) : []
  const shown = references.slice(0, 5).join(', ')
  return <span>{references.length > 5 ? `${shown}, … (${references.length})` : shown || '–'}</span>
}
