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
 * the status history. A confirmed time only on a scheduled request, at most a year ahead. Notes
 * are append-only and get their author and time when first saved.
 */
export const recordStatusChange: CollectionBeforeChangeHook<Booking> = ({ data, originalDoc, operation, req, collection }) => {
  if (operation !== 'update' || !originalDoc) return data
  const t = klinikT(req)
  const from = originalDoc.status as BookingStatus
  const to = (data.status ?? from) as BookingStatus
  const refuse = (path: string, message: string): never => {
    // The field's own label, so the admin's notice names "İç notlar", not `notes`.
    const field = collection.fields.find((candidate) => 'name' in candidate && candidate.name === path)
    const fieldLabel = field && 'label' in field && (typeof field.label === 'string' || typeof field.label === 'object') ? field.label : undefined
    throw new ValidationError(
      { collection: collection.slug, id: originalDoc.id, errors: [{ path, message, ...(fieldLabel ? { label: fieldLabel } : {}) }], req },
      req.t,
    )
  }

  if (!canMoveBooking(from, to)) refuse('status', refusedMove(from, to, req.i18n))

  const scheduledAt = data.scheduledAt === undefined ? originalDoc.scheduledAt : data.scheduledAt
  const timeChanged = Boolean(scheduledAt) && !sameInstant(scheduledAt, originalDoc.scheduledAt)
  // Retention counts from the appointment: a time on an unscheduled request, or years ahead,
  // would keep the patient's screening answers for as long as it says.
  if (timeChanged && to !== 'scheduled') refuse('scheduledAt', t('klinik:bookingStatus:timeOnlyWhenScheduled'))
  if (to === 'scheduled' && !scheduledAt) refuse('scheduledAt', t('klinik:bookingStatus:scheduleNeedsTime'))
  if (to === 'scheduled' && (from !== 'scheduled' || timeChanged)) {
    const at = new Date(scheduledAt!).getTime()
    if (at < Date.now()) refuse('scheduledAt', t('klinik:bookingStatus:scheduleInPast'))
    if (at > Date.now() + maxScheduleAheadMs) refuse('scheduledAt', t('klinik:bookingStatus:scheduleTooFar'))
  }

  const now = new Date().toISOString()
  const userId = req.user?.collection === 'users' ? req.user.id : null
  if (to !== from) {
    data.statusHistory = [...(originalDoc.statusHistory ?? []), { from, to, changedBy: userId, changedAt: now }]
  }
  if (Array.isArray(data.notes)) {
    // Append-only: the saved notes stay as written, by whom and when; only new ones are added.
    const saved = originalDoc.notes ?? []
    const incoming = new Map(data.notes.filter((note) => note.id).map((note) => [note.id, note]))
    if (saved.some((note) => incoming.get(note.id)?.text !== note.text)) refuse('notes', t('klinik:bookingStatus:notesAppendOnly'))
    const savedIds = new Set(saved.map((note) => note.id))
    const added = data.notes.filter((note) => !note.id || !savedIds.has(note.id))
    data.notes = [...saved, ...added.map((note) => ({ id: note.id, text: note.text, author: userId, writtenAt: now }))]
  }
  return data
}

const maxScheduleAheadMs = 366 * 24 * 60 * 60 * 1000

const sameInstant = (a: string | null | undefined, b: string | null | undefined) => Boolean(a && b && new Date(a).getTime() === new Date(b).getTime())
