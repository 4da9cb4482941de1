import type { CollectionConfig } from 'payload'

import { isAdmin } from '../../access/isAdmin'
import { isStaffOrAdmin } from '../../access/isStaffOrAdmin'
import { nobody, nobodyField } from '../../access/nobody'
import { hasRole, type Role } from '../../access/roles'
import { label } from '../../i18n/label'
import { bookingIntake } from './endpoints/intake'

export const bookingStatuses = ['new', 'contacted', 'scheduled', 'completed', 'cancelled', 'no-show'] as const

const statusLabels = {
  new: label('New', 'Yeni'),
  contacted: label('Contacted', 'İletişime geçildi'),
  scheduled: label('Scheduled', 'Planlandı'),
  completed: label('Completed', 'Tamamlandı'),
  cancelled: label('Cancelled', 'İptal edildi'),
  'no-show': label('No-show', 'Gelmedi'),
}

/**
 * Appointment requests. They hold personal and health data: only staff and admins read
 * them; nobody creates them through the API except the intake endpoint, which validates
 * with the shared booking rule. No versions, so an erasure removes everything at once.
 */
export const Bookings: CollectionConfig<'bookings'> = {
  slug: 'bookings',
  labels: {
    singular: label('Booking request', 'Randevu talebi'),
    plural: label('Booking requests', 'Randevu talepleri'),
  },
  access: {
    create: nobody,
    read: isStaffOrAdmin,
    update: isStaffOrAdmin,
    delete: isAdmin,
  },
  admin: {
    useAsTitle: 'reference',
    defaultColumns: ['reference', 'createdAt', 'fullName', 'treatment', 'timeOfDay', 'contactChannel', 'status', 'contraindicationFlag'],
    group: label('Appointments', 'Randevular'),
    hidden: ({ user }) => !hasRole(user as { role?: Role } | null, 'admin', 'staff'),
  },
  defaultSort: '-createdAt',
  endpoints: [bookingIntake],
  fields: [
    { name: 'reference', type: 'text', required: true, unique: true, index: true, label: label('Reference', 'Referans'), admin: { readOnly: true } },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'new',
      options: bookingStatuses.map((value) => ({ value, label: statusLabels[value] })),
      label: label('Status', 'Durum'),
      admin: { position: 'sidebar' },
    },
    {
      name: 'contraindicationFlag',
      type: 'checkbox',
      defaultValue: false,
      label: label('Screening flag: an absolute contraindication was answered "yes"', 'Tarama uyarısı: kesin bir kontrendikasyona "evet" yanıtı verildi'),
      admin: { position: 'sidebar', readOnly: true },
    },
    { name: 'fullName', type: 'text', required: true, label: label('Full name', 'Ad soyad'), admin: { readOnly: true } },
    {
      type: 'row',
      fields: [
        { name: 'phone', type: 'text', label: label('Phone', 'Telefon'), admin: { readOnly: true } },
        { name: 'email', type: 'email', label: label('Email', 'E-posta'), admin: { readOnly: true } },
      ],
    },
    { name: 'treatment', type: 'relationship', relationTo: 'treatments', required: true, label: label('Treatment', 'Tedavi'), admin: { readOnly: true } },
    {
      name: 'preferredDates',
      type: 'array',
      label: label('Preferred dates', 'Tercih edilen tarihler'),
      admin: { readOnly: true },
      fields: [{ name: 'date', type: 'text', required: true, label: label('Date', 'Tarih') }],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'timeOfDay',
          type: 'select',
          required: true,
          options: [
            { value: 'morning', label: label('Morning', 'Sabah') },
            { value: 'afternoon', label: label('Afternoon', 'Öğleden sonra') },
            { value: 'evening', label: label('Evening', 'Akşam') },
          ],
          label: label('Time of day', 'Zaman dilimi'),
          admin: { readOnly: true },
        },
        {
          name: 'contactChannel',
          type: 'select',
          required: true,
          options: [
            { value: 'phone', label: label('Phone', 'Telefon') },
            { value: 'whatsapp', label: label('WhatsApp', 'WhatsApp') },
            { value: 'email', label: label('Email', 'E-posta') },
          ],
          label: label('Contact by', 'İletişim kanalı'),
          admin: { readOnly: true },
        },
        {
          name: 'locale',
          type: 'select',
          required: true,
          options: [
            { value: 'tr', label: label('Turkish', 'Türkçe') },
            { value: 'en', label: label('English', 'İngilizce') },
          ],
          label: label('Language', 'Dil'),
          admin: { readOnly: true },
        },
      ],
    },
    { name: 'message', type: 'textarea', label: label('Message', 'Mesaj'), admin: { readOnly: true } },
    {
      name: 'screeningAnswers',
      type: 'array',
      label: label('Screening answers (health data)', 'Tarama yanıtları (sağlık verisi)'),
      admin: { readOnly: true },
      fields: [
        { name: 'contraindication', type: 'relationship', relationTo: 'contraindications', label: label('Condition', 'Durum') },
        { name: 'question', type: 'text', label: label('Question as asked', 'Sorulan soru') },
        {
          name: 'answer',
          type: 'select',
          options: [
            { value: 'yes', label: label('Yes', 'Evet') },
            { value: 'no', label: label('No', 'Hayır') },
            { value: 'unsure', label: label('Not sure', 'Emin değilim') },
          ],
          label: label('Answer', 'Yanıt'),
        },
        { name: 'severity', type: 'text', label: label('Severity', 'Önem derecesi') },
      ],
    },
    {
      name: 'consent',
      type: 'group',
      label: label('Consent receipt', 'Açık rıza kaydı'),
      admin: { readOnly: true },
      fields: [
        { name: 'noticeVersion', type: 'text', required: true, label: label('Privacy notice version', 'Aydınlatma metni sürümü') },
        { name: 'textHash', type: 'text', required: true, label: label('Fingerprint of the consent text (SHA-256)', 'Rıza metninin parmak izi (SHA-256)') },
        { name: 'givenAt', type: 'date', required: true, label: label('Given at', 'Verildiği an'), admin: { date: { pickerAppearance: 'dayAndTime' } } },
      ],
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
