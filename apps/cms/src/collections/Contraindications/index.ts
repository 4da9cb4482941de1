import type { CollectionConfig } from 'payload'

import { contraindicationSeverities, contraindicationSeverityLabels } from '@klinik/config/contentChoices'

import { contentAccess } from '../../access/contentAccess'
import { label } from '../../i18n/label'
import { translationFields } from '../../translation/fields'
import { trackTranslations } from '../../translation/trackTranslations'
import { publishOneLanguage } from '../../publishing/publishOneLanguage'
import { revalidateCollection } from '../../revalidation/revalidateHooks'

export const Contraindications: CollectionConfig<'contraindications'> = {
  slug: 'contraindications',
  labels: {
    singular: label('Contraindication', 'Kontrendikasyon'),
    plural: label('Contraindications', 'Kontrendikasyonlar'),
  },
  access: contentAccess,
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'translationTr', 'translationEn', 'severity', 'order', '_status'],
    group: label('Content', 'İçerik'),
  },
  hooks: { ...revalidateCollection('contraindications'), beforeOperation: [publishOneLanguage()], beforeChange: [trackTranslations] },
  defaultSort: 'order',
  versions: { drafts: true, maxPerDoc: 30 },
  fields: [
    ...translationFields(),
    {
      name: 'name',
      type: 'text',
      required: true,
      localized: true,
      maxLength: 120,
      label: label('Name', 'Ad'),
    },
    {
      name: 'severity',
      type: 'select',
      required: true,
      defaultValue: 'absolute',
      options: contraindicationSeverities.map((value) => ({ value, label: contraindicationSeverityLabels[value] })),
      label: label('Severity', 'Önem derecesi'),
      admin: { position: 'sidebar' },
    },
    {
      name: 'order',
      type: 'number',
      defaultValue: 0,
      label: label('Order', 'Sıra'),
      admin: { position: 'sidebar' },
    },
    {
      name: 'explanation',
      type: 'textarea',
      localized: true,
      maxLength: 1000,
      label: label('Explanation', 'Açıklama'),
    },
    {
      name: 'screeningQuestion',
      type: 'text',
      localized: true,
      maxLength: 200,
      label: label('Screening question', 'Tarama sorusu'),
      admin: {
        description: label(
          'Asked in the booking form; phrase it so that "yes" means the condition applies.',
          'Randevu formunda sorulur; "evet" yanıtı durumun geçerli olduğu anlamına gelecek şekilde yazın.',
        ),
      },
    },
    {
      name: 'treatments',
      type: 'join',
      collection: 'treatments',
      on: 'contraindications',
      // Sorting a join by a localized field (the treatments' default sort, title) breaks the
      // SQLite adapter's drafts query ("no such column: _treatments_v.id"); sort by date instead.
      defaultSort: 'createdAt',
      label: label('Treatments', 'Tedaviler'),
      admin: {
        description: label('Link from the treatment page.', 'Bağlantı tedavi sayfasından kurulur.'),
      },
    },
  ],
}
