import type { GlobalConfig } from 'payload'

import { anyone } from '../../access/anyone'
import { isContentEditor } from '../../access/isContentEditor'
import { articleEditor } from '../../fields/richTextEditor'
import { label } from '../../i18n/label'
import { revalidateGlobal } from '../../revalidation/revalidateHooks'
import { translationFields } from '../../translation/fields'
import { trackGlobalTranslations } from '../../translation/trackTranslations'

export const HomePage: GlobalConfig<'home-page'> = {
  slug: 'home-page',
  label: label('Home page', 'Ana sayfa'),
  access: {
    read: anyone,
    update: isContentEditor,
    readVersions: isContentEditor,
  },
  hooks: { ...revalidateGlobal('home-page'), beforeChange: [trackGlobalTranslations] },
  admin: { group: label('Content', 'İçerik') },
  fields: [
    ...translationFields(),
    { name: 'heroHeading', type: 'text', required: true, localized: true, label: label('Heading', 'Başlık') },
    { name: 'heroText', type: 'textarea', localized: true, label: label('Text under the heading', 'Başlık altı metni') },
    { name: 'intro', type: 'richText', editor: articleEditor, localized: true, label: label('Introduction', 'Giriş') },
    {
      name: 'featuredTreatments',
      type: 'relationship',
      relationTo: 'treatments',
      hasMany: true,
      maxRows: 6,
      label: label('Featured treatments', 'Öne çıkan tedaviler'),
    },
  ],
}
