import type { CollectionConfig } from 'payload'

import { contactChannelLabels, contactChannels, timeOfDayLabels, timesOfDay } from '@klinik/booking/choices'
import { localeLabels, locales } from '@klinik/config/locales'

import { isStaffOrAdmin } from '../../access/isStaffOrAdmin'
import { noteScreeningRead, recordScreeningReads } from '../../healthData/recordHealthDataAccess'
import { sealedAnswerField } from '../../healthData/sealedAnswerField'
import type { AnswerKeys } from '../../healthData/screeningAnswerCipher'
import { nobody, nobodyField } from '../../access/nobody'
import { hasRole, type Role } from '../../access/roles'
import { label } from '../../i18n/label'
import { bookingSearchFields } from './bookingSearch'
import { emailDeliveryFields } from './emailDelivery'
import { bookingExport } from './endpoints/export'
import { bookingIntake, bookingIntakeCheck } from './endpoints/intake'
import { logBookingDeletion } from './hooks/logBookingDeletion'
import { normalizePhoneSearch } from './hooks/normalizePhoneSearch'
import { noteErasure, recordErasure } from './hooks/recordErasure'
import { queueAppointmentInvite } from './hooks/queueAppointmentInvite'
import { recordStatusChange } from './hooks/recordStatusChange'
import { bookingStatuses, bookingStatusLabels } from '@klinik/booking/statuses'

/** What the patient sent: nobody edits it through the API (the retention job erases with overrideAccess). */
const patientsWords = { update: nobodyField }
const statusOptions = bookingStatuses.map((value) => ({ value, label: bookingStatusLabels[value] }))

/**
 * Appointment requests. They hold personal and health data: only staff and admins read
 * them; nobody creates them through the API except the intake endpoint, which validates
 * with the shared booking rule. No versions, so an erasure removes everything at once.
 */
export function bookingsCollection({ answerKeys }: { answerKeys: AnswerKeys }): CollectionConfig<'bookings'> {
  return {
    slug: 'bookings',
    labels: {
      singular: label('Booking request', 'Randevu talebi'),
      plural: label('Booking requests', 'Randevu talepleri'),
    },
    access: {
      create: nobody,
      read: isStaffOrAdmin,
      update: isStaffOrAdmin,
      // Staff erase a patient's request when the patient asks (KVKK); each deletion leaves an erasure record without personal data.
      delete: isStaffOrAdmin,
    },
    admin: {
      // The list reads only its columns: opening the list is not reading every patient's screening answers.
      enableListViewSelectAPI: true,
      useAsTitle: 'reference',
      defaultColumns: ['reference', 'createdAt', 'fullName', 'treatment', 'preferredDates', 'timeOfDay', 'contactChannel', 'status', 'contraindicationFlag'],
      listSearchableFields: [...bookingSearchFields],
      components: { beforeList: ['/collections/Bookings/components/BookingDesk#BookingDesk'] },
      pagination: { defaultLimit: 50 },
      group: label('Appointments', 'Randevular'),
      hidden: ({ user }) => !hasRole(user as { role?: Role } | null, 'admin', 'staff'),
    },
    defaultSort: '-createdAt',
    endpoints: [bookingIntake, bookingIntakeCheck, bookingExport],
    hooks: {
      beforeOperation: [normalizePhoneSearch],
      beforeChange: [recordStatusChange],
      afterChange: [queueAppointmentInvite],
      beforeDelete: [noteErasure],
      afterDelete: [logBookingDeletion],
      // Who got screening answers (health data): one record per read (healthData/); what was
      // deleted: one erasure record per deletion, in its transaction (ErasureRecords/).
      afterOperation: [recordScreeningReads, recordErasure],
    },
    fields: [
      {
        // Above everything: an email to or about this request that has not reached its reader.
        name: 'emailDeliveryWarning',
        type: 'ui',
        admin: { disableListColumn: true, components: { Field: '/collections/Bookings/components/EmailDeliveryWarning#EmailDeliveryWarning' } },
      },
      {
        name: 'reference',
        type: 'text',
        required: true,
        unique: true,
        index: true,
        label: label('Reference', 'Referans'),
        admin: { readOnly: true },
        access: patientsWords,
      },
      {
        name: 'status',
        type: 'select',
        required: true,
        defaultValue: 'new',
        options: statusOptions,
        label: label('Status', 'Durum'),
        admin: {
          position: 'sidebar',
          components: { Field: '/collections/Bookings/components/StatusField#StatusField' },
          isClearable: false,
          description: label(
            'New → contacted → scheduled → completed; cancelled before the visit; no-show after a scheduled one.',
            'Yeni → iletişime geçildi → planlandı → tamamlandı; ziyaretten önce iptal; planlanan randevuya gelinmezse “gelmedi”.',
          ),
        },
      },
      {
        name: 'scheduledAt',
        type: 'date',
        label: label('Confirmed appointment', 'Kesinleşen randevu'),
        admin: {
          position: 'sidebar',
          date: { pickerAppearance: 'dayAndTime', timeIntervals: 15, displayFormat: 'd MMM yyyy HH:mm' },
          description: label(
            'Required to mark the request as scheduled; the patient is emailed an invite.',
            '“Planlandı” için gerekli; hastaya takvim davetiyle e-posta gider.',
          ),
        },
      },
      {
        name: 'contactPatient',
        type: 'ui',
        // Payload names fields by their label wherever it lists them; as a list column it has nothing to show.
        label: label('Contact the patient', 'Hastaya ulaşın'),
        admin: { position: 'sidebar', disableListColumn: true, components: { Field: '/collections/Bookings/components/ContactPatient#ContactPatient' } },
      },
      {
        name: 'contraindicationFlag',
        type: 'checkbox',
        defaultValue: false,
        label: label('Screening flag: an absolute contraindication was answered "yes"', 'Tarama uyarısı: kesin bir kontrendikasyona "evet" yanıtı verildi'),
        admin: { position: 'sidebar', readOnly: true, components: { Cell: '/collections/Bookings/components/ScreeningFlagCell#ScreeningFlagCell' } },
        access: patientsWords,
      },
      { name: 'fullName', type: 'text', required: true, label: label('Full name', 'Ad soyad'), admin: { readOnly: true }, access: patientsWords },
      {
        type: 'row',
        fields: [
          { name: 'phone', type: 'text', label: label('Phone', 'Telefon'), admin: { readOnly: true }, access: patientsWords },
          { name: 'email', type: 'email', label: label('Email', 'E-posta'), admin: { readOnly: true }, access: patientsWords },
        ],
      },
      {
        name: 'treatment',
        type: 'relationship',
        relationTo: 'treatments',
        required: true,
        label: label('Treatment', 'Tedavi'),
        admin: { readOnly: true },
        access: patientsWords,
      },
      {
        name: 'preferredDates',
        type: 'array',
        label: label('Preferred dates', 'Tercih edilen tarihler'),
        labels: { singular: label('Preferred date', 'Tercih edilen tarih'), plural: label('Preferred dates', 'Tercih edilen tarihler') },
        admin: { readOnly: true, components: { Cell: '/collections/Bookings/components/PreferredDatesCell#PreferredDatesCell' } },
        access: patientsWords,
        fields: [{ name: 'date', type: 'text', required: true, label: label('Date', 'Tarih') }],
      },
      {
        type: 'row',
        fields: [
          {
            name: 'timeOfDay',
            type: 'select',
            required: true,
            options: timesOfDay.map((value) => ({ value, label: timeOfDayLabels[value] })),
            label: label('Time of day', 'Zaman dilimi'),
            admin: { readOnly: true },
            access: patientsWords,
          },
          {
            name: 'contactChannel',
            type: 'select',
            required: true,
            options: contactChannels.map((value) => ({ value, label: contactChannelLabels[value] })),
            label: label('Contact by', 'İletişim kanalı'),
            admin: { readOnly: true },
            access: patientsWords,
          },
          {
            name: 'locale',
            type: 'select',
            required: true,
            options: locales.map((value) => ({ value, label: localeLabels[value] })),
            label: label('Language', 'Dil'),
            admin: { readOnly: true },
            access: patientsWords,
          },
        ],
      },
      { name: 'message', type: 'textarea', label: label('Message', 'Mesaj'), admin: { readOnly: true }, access: patientsWords },
      {
        name: 'notes',
        type: 'array',
        label: label('Internal notes (staff only)', 'İç notlar (yalnızca personel)'),
        labels: { singular: label('Note', 'Not'), plural: label('Notes', 'Notlar') },
        admin: { initCollapsed: false },
        fields: [
          { name: 'text', type: 'textarea', required: true, maxLength: 2000, label: label('Note', 'Not') },
          {
            type: 'row',
            fields: [
              {
                name: 'author',
                type: 'relationship',
                relationTo: 'users',
                label: label('Written by', 'Yazan'),
                admin: { readOnly: true },
                access: { update: nobodyField },
              },
              {
                name: 'writtenAt',
                type: 'date',
                label: label('Written at', 'Yazıldığı an'),
                admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime', displayFormat: 'd MMM yyyy HH:mm' } },
                access: { update: nobodyField },
              },
            ],
          },
        ],
      },
      {
        name: 'screeningAnswers',
        type: 'array',
        label: label('Screening answers (health data)', 'Tarama yanıtları (sağlık verisi)'),
        admin: { readOnly: true, initCollapsed: true, components: { RowLabel: '/collections/Bookings/components/ScreeningAnswerLabel#ScreeningAnswerLabel' } },
        access: patientsWords,
        hooks: { afterRead: [noteScreeningRead] },
        fields: [
          { name: 'contraindication', type: 'relationship', relationTo: 'contraindications', label: label('Condition', 'Durum') },
          { name: 'question', type: 'text', label: label('Question as asked', 'Sorulan soru') },
          // Health data: sealed in the database (healthData/), open for staff as before.
          sealedAnswerField(answerKeys, {
            label: label('Answer', 'Yanıt'),
            admin: { components: { Field: '/collections/Bookings/components/ScreeningAnswerField#ScreeningAnswerField' } },
          }),
          { name: 'severity', type: 'text', label: label('Severity', 'Önem derecesi') },
        ],
      },
      {
        name: 'consent',
        type: 'group',
        label: label('Consent receipt', 'Açık rıza kaydı'),
        admin: { readOnly: true },
        fields: [
          { name: 'noticeVersion', type: 'text', required: true, label: label('Privacy notice version', 'Aydınlatma metni sürümü'), access: patientsWords },
          {
            name: 'textHash',
            type: 'text',
            required: true,
            label: label('Fingerprint of the consent text (SHA-256)', 'Rıza metninin parmak izi (SHA-256)'),
            access: patientsWords,
          },
          {
            name: 'givenAt',
            type: 'date',
            required: true,
            label: label('Given at', 'Verildiği an'),
            admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'd MMM yyyy HH:mm' } },
            access: patientsWords,
          },
        ],
      },
      {
        name: 'statusHistory',
        type: 'array',
        label: label('Status history', 'Durum geçmişi'),
        admin: { readOnly: true, initCollapsed: true },
        // Written only by the workflow hook.
        access: { update: nobodyField },
        fields: [
          {
            type: 'row',
            fields: [
              { name: 'from', type: 'select', options: statusOptions, label: label('From', 'Önceki') },
              { name: 'to', type: 'select', required: true, options: statusOptions, label: label('To', 'Yeni') },
              { name: 'changedBy', type: 'relationship', relationTo: 'users', label: label('By', 'Değiştiren') },
              {
                name: 'changedAt',
                type: 'date',
                required: true,
                label: label('At', 'Zaman'),
                admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'd MMM yyyy HH:mm' } },
              },
            ],
          },
        ],
      },
      emailDeliveryFields(),
      {
        name: 'screeningErasedAt',
        type: 'date',
        label: label('Screening answers erased (retention)', 'Tarama yanıtları silindi (saklama süresi)'),
        admin: { position: 'sidebar', readOnly: true, date: { displayFormat: 'd MMM yyyy' }, condition: (data) => Boolean(data?.screeningErasedAt) },
        access: { update: nobodyField },
      },
      {
        // The per-render form key: a double click or a retry stores one request.
        name: 'idempotencyKey',
        type: 'text',
        required: true,
        unique: true,
        index: true,
        admin: { hidden: true },
        access: { read: nobodyField },
      },
      { name: 'requestHash', type: 'text', required: true, admin: { hidden: true }, access: { read: () => false } },
    ],
  }
}
