'use client'

import { SelectField, useDocumentInfo } from '@payloadcms/ui'
import type { SelectFieldClientComponent } from 'payload'

import type { BookingStatus } from '@klinik/booking/statuses'

import { bookingTransitions } from '../statusWorkflow'

/**
 * The status select offers only what the saved status can move to (and the saved status
 * itself), from the same table the server enforces.
 */
export const StatusField: SelectFieldClientComponent = (props) => {
  const { savedDocumentData } = useDocumentInfo()
  const saved = savedDocumentData?.status as BookingStatus | undefined
  if (!saved || !(saved in bookingTransitions)) return <SelectField {...props} />
  const allowed = new Set<string>([saved, ...bookingTransitions[saved]])
  const options = props.field.options.filter((option) => allowed.has(typeof option === 'string' ? option : option.value))
  return <SelectField {...props} field={{ ...props.field, options }} />
}
