import type { CollectionConfig } from 'payload'

import { contentAccess } from '../../access/contentAccess'
import { articleEditor } from '../../fields/richTextEditor'
import { seoField } from '../../fields/seo'
import { localizedSlugField } from '../../fields/slug/localizedSlug'
import { textListField } from '../../fields/textList'
import { label } from '../../i18n/label'
import { publishOneLanguage } from '../../publishing/publishOneLanguage'
import { revalidateCollection } from '../../revalidation/revalidateHooks'
import { translationFields } from '../../translation/fields'
import { trackTranslations } from '../../translation/trackTranslations'
import { previewDraft } from './endpoints/previewDraft'
import { rememberPreviousSlug } from './hooks/rememberPreviousSlug'
import { treatmentPreviewUrl } from './previewUrl'

export const Treatments: CollectionConfig<'treatments'> = {
  slug: 'treatments',
  labels: {
    singular: label('Treatment', 'Tedavi'),
    plural: label('Treatments', 'Tedaviler'),
  },
  access: contentAccess,
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'translationTr', 'translationEn', '_status', 'updatedAt'],
    group: label('Content', 'İçerik'),
    preview: treatmentPreviewUrl,
  },
  endpoints: [previewDraft],
  hooks: {
    ...revalidateCollection('treatments'),
    beforeChange: [rememberPreviousSlug, trackTranslations],
    beforeOperation: [publishOneLanguage()],
  },
  defaultSort: 'title',
  versions: {
    drafts: { schedulePublish: true },
    maxPerDoc: 50,
  },
  fields: [
    ...translationFields(),
    {
      name: 'title',
      type: 'text',
      required: true,
      localized: true,
      maxLength: 120,
      label: label('Title', 'Başlık'),
    },
    localizedSlugField(),
    {
      // An array rather than a hasMany text field: querying a localized hasMany text field
      // answers 500 on the SQLite adapter, and the site looks old slugs up by query.
      name: 'previousSlugs',
      type: 'array',
      localized: true,
      // Filled by the CMS, not written by editors (src/translation).
      custom: { translated: false },
      label: label('Earlier addresses', 'Önceki adresler'),
      labels: { singular: label('Earlier address', 'Önceki adres'), plural: label('Earlier addresses', 'Önceki adresler') },
      fields: [{ name: 'slug', type: 'text', required: true, label: label('Address', 'Adres') }],
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: label(
          'Filled when a published address changes; these redirect to the current one.',
          'Yayındaki adres değişince dolar; bu adresler güncel adrese yönlendirilir.',
        ),
      },
    },
    {
      name: 'heroImage',
      type: 'upload',
      relationTo: 'media',
      label: label('Hero image', 'Kapak görseli'),
      admin: { position: 'sidebar' },
    },
    {
      type: 'tabs',
      tabs: [
        {
          label: label('Article', 'Makale'),
          fields: [
            {
              name: 'summary',
              type: 'textarea',
              localized: true,
              maxLength: 400,
              label: label('Summary', 'Özet'),
              admin: { description: label('One or two sentences for lists and previews.', 'Listelerde ve önizlemelerde görünen bir iki cümle.') },
            },
            {
              name: 'body',
              type: 'richText',
              editor: articleEditor,
              localized: true,
              label: label('Article body', 'Makale metni'),
            },
          ],
        },
        {
          label: label('Treatment details', 'Tedavi bilgileri'),
          fields: [
            textListField('indications', label('Who it is for', 'Kimler için'), label('Indication', 'Endikasyon')),
            textListField('treatmentAreas', label('Treatment areas', 'Uygulama bölgeleri'), label('Area', 'Bölge')),
            textListField('sessionSteps', label('How a session goes', 'Seans nasıl geçer'), label('Step', 'Adım')),
            {
              name: 'sessionPlan',
              type: 'group',
              label: label('Session plan', 'Seans planı'),
              fields: [
                {
                  type: 'row',
                  fields: [
                    { name: 'sessionsMin', type: 'number', min: 1, max: 50, label: label('Sessions (min.)', 'Seans sayısı (en az)') },
                    { name: 'sessionsMax', type: 'number', min: 1, max: 50, label: label('Sessions (max.)', 'Seans sayısı (en çok)') },
                  ],
                },
                {
                  type: 'row',
                  fields: [
                    { name: 'intervalWeeksMin', type: 'number', min: 0, max: 52, label: label('Interval in weeks (min.)', 'Seans aralığı, hafta (en az)') },
                    { name: 'intervalWeeksMax', type: 'number', min: 0, max: 52, label: label('Interval in weeks (max.)', 'Seans aralığı, hafta (en çok)') },
                  ],
                },
                { name: 'sessionMinutes', type: 'number', min: 5, max: 480, label: label('Session duration (minutes)', 'Seans süresi (dakika)') },
                { name: 'note', type: 'textarea', localized: true, label: label('Note', 'Not') },
              ],
            },
            textListField('aftercare', label('Aftercare', 'Uygulama sonrası bakım'), label('Advice', 'Öneri')),
            textListField('sideEffects', label('Possible side effects', 'Olası yan etkiler'), label('Side effect', 'Yan etki')),
          ],
        },
        {
          label: label('Safety and questions', 'Güvenlik ve sorular'),
          fields: [
            {
              name: 'contraindications',
              type: 'relationship',
              relationTo: 'contraindications',
              hasMany: true,
              label: label('Contraindications', 'Kontrendikasyonlar'),
              admin: {
                description: label(
                  'Conditions that rule out or limit this treatment. Their screening questions are asked in the booking form.',
                  'Bu tedaviyi engelleyen ya da sınırlayan durumlar. Tarama soruları randevu formunda sorulur.',
                ),
              },
            },
            {
              name: 'faqs',
              type: 'join',
              collection: 'faqs',
              on: 'treatments',
              defaultSort: 'order',
              label: label('Questions about this treatment', 'Bu tedaviyle ilgili sorular'),
              admin: {
                description: label('Link a question to this treatment from the question itself.', 'Bir soruyu bu tedaviye sorunun kendi sayfasından bağlayın.'),
              },
            },
          ],
        },
        {
          label: label('Search engines', 'Arama motorları'),
          fields: [seoField()],
        },
      ],
    },
  ],
}
