import { getTranslations } from 'next-intl/server'

import type { Clinic } from '@/lib/cms/clinicSettings'
import { formatPhone, telHref, whatsappHref } from '@/lib/contactLinks'

/** Call, WhatsApp (prefilled with the page's treatment) and email, as large tap targets. */
export async function ContactActions({ clinic, treatment, compact = false }: { clinic: Clinic; treatment?: string; compact?: boolean }) {
  const t = await getTranslations('Contact')
  const message = treatment ? t('whatsappTreatment', { treatment }) : t('whatsappGeneral')
  return (
    <ul className={compact ? 'contact-actions contact-actions--compact' : 'contact-actions'}>
      {clinic.phone && (
        <li>
          <a className="button button--secondary" href={telHref(clinic.phone)}>
            {t('call', { phone: formatPhone(clinic.phone) })}
          </a>
        </li>
      )}
      {clinic.whatsapp && (
        <li>
          <a className="button button--whatsapp" href={whatsappHref(clinic.whatsapp, message)} rel="noopener noreferrer" target="_blank">
            {t('whatsapp')}
          </a>
        </li>
      )}
      {clinic.email && !compact && (
        <li>
          <a className="button button--secondary" href={`mailto:${clinic.email}`}>
            {t('email')}
          </a>
        </li>
      )}
    </ul>
  )
}
