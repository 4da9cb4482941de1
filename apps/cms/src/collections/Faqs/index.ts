import type { CollectionConfig } from 'payload'

import { faqCategories, faqCategoryLabels } from '@klinik/config/contentChoices'

import { contentAccess } from '../../access/contentAccess'
import { label } from '../../i18n/label'
import { translationFields } from '../../translation/fields'
import { trackTranslations } from '../../translation/trackTranslations'
import { publishOneLanguage } from '../../publishing/publishOneLanguage'
import { revalidateCollection } from '../../revalidation/revalidateHooks'

export const Faqs: CollectionConfig<'faqs'> = {
  slug: 'faqs',
  labels: {
    singular: label('FAQ entry', 'SSS kaydı'),
    plural: label('FAQ', 'Sık sorulan sorular'),
  },
  access: contentAccess,
  admin: {
    useAsTitle: 'question',
    defaultColumns: ['question', 'translationTr', 'translationEn', 'category', 'order', '_status'],
    group: label('Content', 'İçerik'),
  },
  hooks: { ...revalidateCollection('faqs'), beforeOperation: [publishOneLanguage()], beforeChange: [trackTranslations] },
  defaultSort: 'order',
  versions: { drafts: true, maxPerDoc: 30 },
  fields: [
    ...translationFields(),
    {
      name: 'question',
      type: 'text',
      required: true,
      localized: true,
      maxLength: 200,
      label: label('Question', 'Soru'),
    },
    {
      name: 'answer',
      type: 'textarea',
      required: true,
      localized: true,
      maxLength: 2000,
      label: label('Answer', 'Yanıt'),
    },
    {
      name: 'category',
      type: 'select',
      required: true,
      defaultValue: 'general',
      options: faqCategories.map((value) => ({ value, label: faqCategoryLabels[value] })),
      label: label('Category', 'Kategori'),
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
      name: 'treatments',
      type: 'relationship',
      relationTo: 'treatments',
      hasMany: true,
      label: label('Treatments', 'Tedaviler'),
      admin: {
        position: 'sidebar',
        description: label('Leave empty for a general question.', 'Genel bir soru için boş bırakın.'),
      },
    },
  ],
}
