'use client'

import { Banner, useDocumentInfo, useTranslation } from '@payloadcms/ui'

import { klinikT, type KlinikTranslationKeys, type KlinikTranslations } from '../../../i18n/translations'
import { emailDeliveryWarnings, type WithDeliveries } from '../emailDelivery'

/**
 * At the top of a booking: its emails that have not reached their reader, as saved (the tasks
 * write the state). A warning while the queue still retries, an error once it gave up.
 */
export function EmailDeliveryWarning() {
  const { i18n } = useTranslation<KlinikTranslations, KlinikTranslationKeys>()
  const { savedDocumentData } = useDocumentInfo()
  const warnings = savedDocumentData ? emailDeliveryWarnings(savedDocumentData as WithDeliveries, klinikT(i18n)) : []
  if (warnings.length === 0) return null
  return (
    <Banner className="email-delivery-warning" type={warnings.some((warning) => warning.state === 'failed') ? 'error' : 'warning'}>
      {warnings.map((warning) => (
        <p key={warning.kind}>{warning.text}</p>
      ))}
    </Banner>
  )
}
