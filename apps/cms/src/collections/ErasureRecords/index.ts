import type { CollectionConfig } from 'payload'

import { isAdmin } from '../../access/isAdmin'
import { nobody } from '../../access/nobody'
import { hasRole, roleLabels, type Role } from '../../access/roles'
import { label } from '../../i18n/label'
import { erasers, erasureReasons, erasureRecordsSlug, type ErasureReason, type Eraser } from './recordErasure'

const reasonLabels: Record<ErasureReason, { en: string; tr: string }> = {
  deleted: label('Request deleted (e.g. at the patient’s request)', 'Talep silindi (ör. hastanın isteğiyle)'),
  retentionScreeningAnswers: label('Retention: screening answers erased', 'Saklama süresi: tarama yanıtları silindi'),
  retentionRequests: label('Retention: request deleted', 'Saklama süresi: talep silindi'),
}

const eraserLabels: Record<Eraser, { en: string; tr: string }> = {
  ...roleLabels,
  schedule: label('Schedule (daily retention run)', 'Zamanlanmış görev (günlük saklama süresi çalışması)'),
  system: label('System (no user)', 'Sistem (kullanıcı yok)'),
}

/**
 * Records of deletion and destruction (KVKK): every deletion of booking requests and every
 * erasure by the retention job — when, why, by whom, how many, which references; never a
 * name, a contact detail or an answer. Written in the erasure's own transaction, read by
 * admins, changed by nobody; kept three years, then deleted by the retention job.
 */
export const ErasureRecords: CollectionConfig<'erasure-records'> = {
  slug: erasureRecordsSlug,
  labels: {
    singular: label('Erasure record', 'Silme ve yok etme kaydı'),
    plural: label('Erasure records', 'Silme ve yok etme kayıtları'),
  },
  access: { read: isAdmin, create: nobody, update: nobody, delete: nobody },
  admin: {
    defaultColumns: ['createdAt', 'reason', 'by', 'user', 'requestCount', 'answerCount', 'bookings'],
    group: label('Appointments', 'Randevular'),
    hidden: ({ user }) => !hasRole(user as { role?: Role } | null, 'admin'),
    description: label(
      'Every deletion of booking requests and every erasure by the retention periods. Kept three years; nobody can change them.',
      'Randevu taleplerinin her silinişi ve saklama süreleriyle yapılan her silme. Üç yıl saklanır; kimse değiştiremez.',
    ),
  },
  defaultSort: '-createdAt',
  lockDocuments: false,
  fields: [
    {
      name: 'reason',
      type: 'select',
      required: true,
      options: erasureReasons.map((value) => ({ value, label: reasonLabels[value] })),
      label: label('Why', 'Neden'),
    },
    {
      name: 'by',
      type: 'select',
      required: true,
      options: erasers.map((value) => ({ value, label: eraserLabels[value] })),
      label: label('By', 'Yapan'),
    },
    { name: 'user', type: 'relationship', relationTo: 'users', label: label('User', 'Kullanıcı') },
    // The same id kept as text: the relationship empties when the account is deleted, the record outlives it.
    { name: 'accountId', type: 'text', label: label('User id', 'Kullanıcı kimliği') },
    { name: 'requestCount', type: 'number', required: true, label: label('Requests', 'Talep sayısı') },
    { name: 'answerCount', type: 'number', required: true, label: label('Screening answers', 'Tarama yanıtı sayısı') },
    {
      name: 'bookings',
      type: 'text',
      hasMany: true,
      label: label('Booking references', 'Randevu referansları'),
      admin: { components: { Cell: '/collections/Bookings/components/BookingReferencesCell#BookingReferencesCell' } },
    },
  ],
}
