import type { CollectionConfig } from 'payload'

import { anyone } from '../../access/anyone'
import { isContentEditor } from '../../access/isContentEditor'
import { label } from '../../i18n/label'
import { revalidateCollection } from '../../revalidation/revalidateHooks'

export function mediaCollection(staticDir: string): CollectionConfig<'media'> {
  return {
    slug: 'media',
    labels: {
      singular: label('Image', 'Görsel'),
      plural: label('Media', 'Medya'),
    },
    access: {
      create: isContentEditor,
      read: anyone,
      update: isContentEditor,
      delete: isContentEditor,
    },
    admin: {
      group: label('Content', 'İçerik'),
      defaultColumns: ['filename', 'alt', 'updatedAt'],
    },
    hooks: revalidateCollection('media'),
    upload: {
      staticDir,
      mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif'],
      focalPoint: true,
      imageSizes: [
        { name: 'thumbnail', width: 400, height: 300, formatOptions: { format: 'webp', options: { quality: 80 } } },
        { name: 'card', width: 768, height: 512, formatOptions: { format: 'webp', options: { quality: 80 } } },
        { name: 'hero', width: 1600, height: 800, formatOptions: { format: 'webp', options: { quality: 80 } } },
      ],
      adminThumbnail: 'thumbnail',
    },
    fields: [
      {
        name: 'alt',
        type: 'text',
        required: true,
        localized: true,
        maxLength: 200,
        label: label('Alternative text', 'Alternatif metin'),
        admin: {
          description: label(
            'Describes the image for people who cannot see it. Write it in each language.',
            'Görseli göremeyenler için tarif eder. Her dilde ayrı yazın.',
          ),
        },
      },
    ],
  }
}
