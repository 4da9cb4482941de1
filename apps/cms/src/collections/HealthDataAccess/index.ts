import type { CollectionConfig } from 'payload'

import { isAdmin } from '../../access/isAdmin'
import { nobody } from '../../access/nobody'
import { hasRole, type Role } from '../../access/roles'
import { healthDataAccessSlug } from '../../healthData/recordHealthDataAccess'
import { label } from '../../i18n/label'

/**
 * Who read patients' screening answers (health data) and who exported booking requests: who,
 * when, which bookings (references), never the content. Written by the CMS itself, read by
 * admins, changed by nobody; kept three years, as KVKK expects of records of processing.
 */
export const HealthDataAccess: CollectionConfig<'health-data-access'> = {
  slug: healthDataAccessSlug,
  labels: {
    singular: label('Health data access record', 'Sağlık verisi erişim kaydı'),
    plural: label('Health data access records', 'Sağlık verisi erişim kayıtları'),
  },
  access: { read: isAdmin, create: nobody, update: nobody, delete: nobody },
  admin: {
    useAsTitle: 'userEmail',
    defaultColumns: ['createdAt', 'action', 'userEmail', 'count', 'bookings'],
    group: label('Appointments', 'Randevular'),
    hidden: ({ user }) => !hasRole(user as { role?: Role } | null, 'admin'),
    description: label(
      'Every opening of screening answers by staff or admins and every export. Kept three years; nobody can change them.',
      'Personelin veya yöneticilerin tarama yanıtlarını her açışı ve her dışa aktarma. Üç yıl saklanır; kimse değiştiremez.',
    ),
  },
  defaultSort: '-createdAt',
  lockDocuments: false,
  fields: [
    {
      name: 'action',
      type: 'select',
      required: true,
      options: [
        { value: 'viewed', label: label('Viewed screening answers', 'Tarama yanıtlarını görüntüledi') },
        { value: 'exported', label: label('Exported booking requests', 'Randevu taleplerini dışa aktardı') },
      ],
      label: label('Action', 'İşlem'),
    },
    { name: 'user', type: 'relationship', relationTo: 'users', label: label('User', 'Kullanıcı') },
    // Kept apart from the relationship: the record outlives a deleted account.
    { name: 'userEmail', type: 'text', label: label('User email', 'Kullanıcı e-postası') },
    {
      name: 'bookings',
      type: 'text',
      hasMany: true,
      label: label('Booking references', 'Randevu referansları'),
      admin: { components: { Cell: '/collections/Bookings/components/BookingReferencesCell#BookingReferencesCell' } },
    },
    { name: 'count', type: 'number', required: true, label: label('Bookings', 'Talep sayısı') },
  ],
}
