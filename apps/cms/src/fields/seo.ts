import type { GroupField } from 'payload'

import { label } from '../i18n/label'

/** Search-engine title and description, per locale. Empty values fall back to title and summary on the site. */
export function seoField(overrides: Partial<GroupField> = {}): GroupField {
  return {
    name: 'seo',
    type: 'group',
    label: label('Search engines', 'Arama motorları'),
    fields: [
      {
        name: 'title',
        type: 'text',
        localized: true,
        maxLength: 70,
        label: label('Page title', 'Sayfa başlığı'),
        admin: { description: label('About 60 characters.', 'Yaklaşık 60 karakter.') },
      },
      {
        name: 'description',
        type: 'textarea',
        localized: true,
        maxLength: 200,
        label: label('Description', 'Açıklama'),
        admin: { description: label('About 155 characters.', 'Yaklaşık 155 karakter.') },
      },
    ],
    ...overrides,
  }
}
