import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

import type { Booking } from '@klinik/cms-types/payload-types'

import { canMoveBooking, workflowMessages, type BookingStatus } from '../statusWorkflow'

/**
 * Enforces the status workflow on every update (admin, REST, GraphQL, Local API alike),
 * requires a confirmed future time for `scheduled`, and appends who changed what and when to
 * the status history. Notes get their author and time the first time they are saved.
 */
export const recordStatusChange: CollectionBeforeChangeHook<Booking> = ({ data, originalDoc, operation, req, collection }) => {
  if (operation !== 'update' || !originalDoc) return data
  const language = req.i18n?.language === 'en' ? 'en' : 'tr'
  const from = originalDoc.status as BookingStatus
  const to = (data.status ?? from) as BookingStatus
  const refuse = (path: string, message: string): never => {
    throw new ValidationError({ collection: collection.slug, id: originalDoc.id, errors: [{ path, message }] }, req.t)
  }

  if (!canMoveBooking(from, to)) refuse('status', workflowMessages.refused(from, to, language))

  const scheduledAt = data.scheduledAt === undefined ? originalDoc.scheduledAt : data.scheduledAt
  const timeChanged = Boolean(scheduledAt) && scheduledAt !== originalDoc.scheduledAt
  if (to === 'scheduled' && (from !== 'scheduled' || timeChanged)) {
    if (!scheduledAt) refuse('scheduledAt', workflowMessages.scheduleNeedsTime[language])
    if (new Date(scheduledAt!).getTime() < Date.now()) refuse('scheduledAt', workflowMessages.scheduleInPast[language])
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
