'use client'

import { useFormFields, useTranslation } from '@payloadcms/ui'

import type { KlinikTranslationKeys, KlinikTranslations } from '../../../i18n/translations'

/** Click-to-call, WhatsApp and email for the request on screen (the stored E.164 number and address). */
export function ContactPatient() {
  const { t } = useTranslation<KlinikTranslations, KlinikTranslationKeys>()
  const phone = useFormFields(([fields]) => fields.phone?.value) as string | undefined
  const email = useFormFields(([fields]) => fields.email?.value) as string | undefined
  const digits = phone?.replace(/\D/g, '')
  return (
    <div className="contact-patient">
      <p className="contact-patient__heading">{t('klinik:contactPatient:heading')}</p>
      {!phone && !email && <p>{t('klinik:contactPatient:none')}</p>}
      <ul className="contact-patient__links">
        {phone && (
          <li>
            <a className="btn btn--style-secondary btn--size-small" href={`tel:${phone}`}>
              {t('klinik:contactPatient:call')} {phone}
            </a>
          </li>
        )}
        {digits && (
          <li>
            <a className="btn btn--style-secondary btn--size-small" href={`https://wa.me/${digits}`} target="_blank" rel="noopener noreferrer">
              {t('klinik:contactPatient:whatsapp')}
            </a>
          </li>
        )}
        {email && (
          <li>
            <a className="btn btn--style-secondary btn--size-small" href={`mailto:${email}`}>
              {t('klinik:contactPatient:email')} {email}
            </a>
          </li>
        )}
      </ul>
    </div>
  )
}
