'use client'

import { useFormFields, useTranslation } from '@payloadcms/ui'

const texts = {
  en: { heading: 'Contact the patient', call: 'Call', whatsapp: 'WhatsApp', email: 'Email', none: 'No phone or email given.' },
  tr: { heading: 'Hastaya ulaşın', call: 'Ara', whatsapp: 'WhatsApp', email: 'E-posta', none: 'Telefon ya da e-posta verilmemiş.' },
}

/** Click-to-call, WhatsApp and email for the request on screen (the stored E.164 number and address). */
export function ContactPatient() {
  const { i18n } = useTranslation()
  const t = texts[i18n.language === 'en' ? 'en' : 'tr']
  const phone = useFormFields(([fields]) => fields.phone?.value) as string | undefined
  const email = useFormFields(([fields]) => fields.email?.value) as string | undefined
  const digits = phone?.replace(/\D/g, '')
  return (
    <div className="contact-patient">
      <p className="contact-patient__heading">{t.heading}</p>
      {!phone && !email && <p>{t.none}</p>}
      <ul className="contact-patient__links">
        {phone && (
          <li>
            <a className="btn btn--style-secondary btn--size-small" href={`tel:${phone}`}>
              {t.call} {phone}
            </a>
          </li>
        )}
        {digits && (
          <li>
            <a className="btn btn--style-secondary btn--size-small" href={`https://wa.me/${digits}`} target="_blank" rel="noopener noreferrer">
              {t.whatsapp}
            </a>
          </li>
        )}
        {email && (
          <li>
            <a className="btn btn--style-secondary btn--size-small" href={`mailto:${email}`}>
              {t.email} {email}
            </a>
          </li>
        )}
      </ul>
    </div>
  )
}
