import { getTranslation } from '@payloadcms/translations'
import { ValidationError, type CollectionBeforeChangeHook, type PayloadRequest } from 'payload'

import type { Booking } from '@klinik/cms-types/payload-types'

import { klinikT } from '../../../i18n/translations'
import { bookingStatusLabels, type BookingStatus } from '@klinik/booking/statuses'

import { bookingTransitions, canMoveBooking } from '../statusWorkflow'

/** Why a request cannot move from one status to another, and where it can go instead, in the asker's language. */
function refusedMove(from: BookingStatus, to: BookingStatus, i18n: PayloadRequest['i18n']): string {
  const t = klinikT(i18n)
  const name = (status: BookingStatus) => `“${getTranslation(bookingStatusLabels[status], i18n)}”`
  const next = bookingTransitions[from]
  const onward = next.length > 0 ? t('klinik:bookingStatus:canMoveTo', { statuses: next.map(name).join(', ') }) : t('klinik:bookingStatus:final')
  return t('klinik:bookingStatus:refused', { from: name(from), to: name(to), onward })
}

/**
 * Enforces the status workflow on every update (admin, REST, GraphQL, Local API alike),
 * requires a confirmed future time for `scheduled`, and appends who changed what and when to
 * the status history. Notes get their author and time the first time they are saved.
 */
export const recordStatusChange: CollectionBeforeChangeHook<Booking> = ({ data, originalDoc, operation, req, collection }) => {
  if (operation !== 'update' || !originalDoc) return data
  const t = klinikT(req)
  const from = originalDoc.status as BookingStatus
  const to = (data.status ?? from) as BookingStatus
  const refuse = (path: string, message: string): never => {
    throw new ValidationError({ collection: collection.slug, id: originalDoc.id, errors: [{ path, message }] }, req.t)
  }

  if (!canMoveBooking(from, to)) refuse('status', refusedMove(from, to, req.i18n))

  const scheduledAt = data.scheduledAt === undefined ? originalDoc.scheduledAt : data.scheduledAt
  const timeChanged = Boolean(scheduledAt) && scheduledAt !== originalDoc.scheduledAt
  if (to === 'scheduled' && (from !== 'scheduled' || timeChanged)) {
    if (!scheduledAt) refuse('scheduledAt', t('klinik:bookingStatus:scheduleNeedsTime'))
    if (new Date(scheduledAt!).getTime() < Date.now()) refuse('scheduledAt', t('klinik:bookingStatus:scheduleInPast'))
  }

  const now = new Date().toISOString()
  const userId = req.user?.collection === 'users' ? req.user.id : null
  if (to !== from) {
    data.statusHistory = [...(originalDoc.statusHistory ?? []), { from, to, changedBy: userId, changedAt: now }]
  }
  if (Array.isArray(data.notes)) {
    data.notes = data.notes.map((note) => (note.writtenAt ? note : { ...note, author: userId, writtenAt: now }))
  }
  return data
}
