import type { Field } from 'payload'

import { clinicTimeZone } from '@klinik/config/site'

import { nobodyField } from '../../access/nobody'
import { emailKinds, type EmailKind } from '../../health/emailFailures'
import { label } from '../../i18n/label'
import type { KlinikT } from '../../i18n/translations'

/**
 * Where each booking email's delivery is seen by staff: one small group per kind on the booking,
 * written by the email tasks (jobs/bookingEmails.ts), never by a request. A group each, not one
 * group of three: each task writes only its own field, so two tasks finishing at once (the runner
 * runs jobs side by side) cannot overwrite each other's state (MongoDB replaces a nested object
 * as a whole). No address, subject or error: the job's own log keeps those, for admins.
 */
export const deliveryField = {
  'staff-notice': 'staffNoticeDelivery',
  'patient-confirmation': 'confirmationDelivery',
  'appointment-invite': 'inviteDelivery',
} as const satisfies Record<EmailKind, string>

export type DeliveryField = (typeof deliveryField)[EmailKind]

/**
 * pending: queued with the booking, not tried yet; sent; retrying: a try failed, the queue tries
 * again later (until `retryUntil`); failed: the last try failed, nobody will send it; skipped:
 * nothing to send when its turn came (no address, the day's confirmations already sent to this
 * mailbox, or the request was cancelled or erased).
 */
export const deliveryStates = ['pending', 'sent', 'retrying', 'failed', 'skipped'] as const
export type DeliveryState = (typeof deliveryStates)[number]

export const deliveryStateLabels: Record<DeliveryState, { en: string; tr: string }> = {
  pending: label('Queued', 'Sırada'),
  sent: label('Sent', 'Gönderildi'),
  retrying: label('Not delivered yet, retrying', 'Henüz iletilemedi, yeniden deneniyor'),
  failed: label('Could not be delivered', 'İletilemedi'),
  skipped: label('Not sent', 'Gönderilmedi'),
}

export type DeliveryStatus = { state?: DeliveryState | null; lastTryAt?: string | null; retryUntil?: string | null }

/** A booking as far as its delivery fields go (what the document, the desk and the tasks read). */
export type WithDeliveries = Partial<Record<DeliveryField, DeliveryStatus | null>>

/** The states staff must act on, or at least know of. */
export const undelivered: readonly DeliveryState[] = ['retrying', 'failed']

const readOnlyDate = { readOnly: true, date: { pickerAppearance: 'dayAndTime', displayFormat: 'd MMM yyyy HH:mm' } } as const

const kindLabels: Record<EmailKind, { en: string; tr: string }> = {
  'staff-notice': label('Email to the clinic', 'Kliniğe giden e-posta'),
  'patient-confirmation': label('Confirmation to the patient', 'Hastaya giden onay'),
  'appointment-invite': label('Appointment invite to the patient', 'Hastaya giden randevu daveti'),
}

/** The delivery groups, in a collapsible at the end of the booking; each shows once its email was queued. */
export function emailDeliveryFields(): Field {
  return {
    type: 'collapsible',
    label: label('Email delivery', 'E-posta gönderimi'),
    admin: { initCollapsed: true },
    fields: emailKinds.map((kind): Field => ({
      name: deliveryField[kind],
      type: 'group',
      label: kindLabels[kind],
      // Written by the email tasks with overrideAccess; nobody sets it through the API.
      access: { create: nobodyField, update: nobodyField },
      admin: { readOnly: true, condition: (data) => Boolean(data?.[deliveryField[kind]]?.state) },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'state',
              type: 'select',
              options: deliveryStates.map((value) => ({ value, label: deliveryStateLabels[value] })),
              label: label('State', 'Durum'),
              admin: { readOnly: true },
            },
            { name: 'lastTryAt', type: 'date', label: label('Last try', 'Son deneme'), admin: readOnlyDate },
            { name: 'retryUntil', type: 'date', label: label('Retried until', 'Şu zamana kadar denenecek'), admin: readOnlyDate },
          ],
        },
      ],
    })),
  }
}

export type DeliveryWarning = { kind: EmailKind; state: 'retrying' | 'failed'; text: string }

/**
 * What staff are told about a booking's emails, in the admin's language: each email not delivered
 * yet (with when the queue gives up) or not delivered at all (then the clinic phones the patient).
 */
export function emailDeliveryWarnings(booking: WithDeliveries, t: KlinikT): DeliveryWarning[] {
  const when = new Intl.DateTimeFormat(t('klinik:dateLocale'), { dateStyle: 'medium', timeStyle: 'short', timeZone: clinicTimeZone })
  return emailKinds.flatMap((kind): DeliveryWarning[] => {
    const status = booking[deliveryField[kind]]
    const email = t(`klinik:emailDelivery:${kind}`)
    if (status?.state === 'failed') return [{ kind, state: 'failed', text: t('klinik:emailDelivery:failed', { email }) }]
    if (status?.state !== 'retrying') return []
    const until = status.retryUntil ? when.format(new Date(status.retryUntil)) : '–'
    return [{ kind, state: 'retrying', text: t('klinik:emailDelivery:retrying', { email, until }) }]
  })
}
