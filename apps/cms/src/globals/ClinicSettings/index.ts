import type { GlobalConfig } from 'payload'

import { anyone } from '../../access/anyone'
import { isContentEditor } from '../../access/isContentEditor'
import { phoneNumberField } from '../../fields/phoneNumber'
import { textEditor } from '../../fields/richTextEditor'
import { label } from '../../i18n/label'
import { revalidateGlobal } from '../../revalidation/revalidateHooks'
import { translationFields } from '../../translation/fields'
import { trackGlobalTranslations } from '../../translation/trackTranslations'

export const ClinicSettings: GlobalConfig<'clinic-settings'> = {
  slug: 'clinic-settings',
  label: label('Clinic settings', 'Klinik ayarları'),
  access: {
    read: anyone,
    update: isContentEditor,
    readVersions: isContentEditor,
  },
  hooks: { ...revalidateGlobal('clinic-settings'), beforeChange: [trackGlobalTranslations] },
  admin: { group: label('Settings', 'Ayarlar') },
  fields: [
    ...translationFields(),
    {
      type: 'tabs',
      tabs: [
        {
          label: label('Clinic', 'Klinik'),
          fields: [
            { name: 'name', type: 'text', required: true, localized: true, label: label('Clinic name', 'Klinik adı') },
            { name: 'tagline', type: 'text', localized: true, label: label('Tagline', 'Kısa tanıtım') },
            {
              type: 'row',
              fields: [
                phoneNumberField('phone', label('Phone', 'Telefon'), { required: true }),
                phoneNumberField('whatsapp', label('WhatsApp number', 'WhatsApp numarası')),
                { name: 'email', type: 'email', label: label('Email', 'E-posta') },
              ],
            },
            { name: 'address', type: 'textarea', localized: true, label: label('Address', 'Adres') },
            {
              name: 'openingHours',
              type: 'array',
              label: label('Opening hours', 'Çalışma saatleri'),
              labels: { singular: label('Line', 'Satır'), plural: label('Opening hours', 'Çalışma saatleri') },
              fields: [
                {
                  type: 'row',
                  fields: [
                    { name: 'days', type: 'text', required: true, localized: true, label: label('Days', 'Günler') },
                    { name: 'hours', type: 'text', required: true, label: label('Hours', 'Saatler'), admin: { placeholder: '09:00–19:00' } },
                  ],
                },
              ],
            },
            {
              name: 'medicalDisclaimer',
              type: 'textarea',
              localized: true,
              label: label('Medical disclaimer', 'Tıbbi uyarı'),
              admin: { description: label('Shown on every treatment page.', 'Her tedavi sayfasında gösterilir.') },
            },
          ],
        },
        {
          label: label('Privacy notice', 'Aydınlatma metni'),
          fields: [
            {
              name: 'privacyNoticeVersion',
              type: 'text',
              required: true,
              label: label('Version', 'Sürüm'),
              admin: {
                description: label(
                  'Change it whenever the notice changes: each booking records the version the patient agreed to.',
                  'Metin her değiştiğinde güncelleyin: her randevu talebi hastanın onayladığı sürümü kaydeder.',
                ),
              },
            },
            {
              name: 'consentText',
              type: 'textarea',
              localized: true,
              label: label('Consent statement (booking form)', 'Açık rıza metni (randevu formu)'),
              admin: {
                description: label(
                  'Shown next to the consent box. Each booking stores a fingerprint of the text the patient agreed to.',
                  'Onay kutusunun yanında gösterilir. Her talep, hastanın onayladığı metnin parmak izini saklar.',
                ),
              },
            },
            { name: 'privacyNotice', type: 'richText', editor: textEditor, localized: true, label: label('Privacy notice', 'Aydınlatma metni') },
          ],
        },
      ],
    },
  ],
}
