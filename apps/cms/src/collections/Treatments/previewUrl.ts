import type { PayloadRequest } from 'payload'

import { isLocale } from '@klinik/config/locales'
import { issuePreviewToken } from '@klinik/signing/previewToken'

import { hasRole } from '../../access/roles'
import type { WebSettings } from '../../revalidation/sendRevalidation'

/** Ten minutes: long enough to look, short enough that a leaked link is soon useless. */
export const previewTokenSeconds = 10 * 60

/** The admin's preview link for a treatment in the language being edited; editors and admins only. */
export function treatmentPreviewUrl(doc: { id?: string | number }, { locale, req }: { locale: string; req: PayloadRequest }): string | null {
  const web = (req.payload.config.custom as { web?: WebSettings }).web
  if (!web?.previewSecret || !doc.id || !isLocale(locale) || !hasRole(req.user as { role?: 'admin' | 'editor' | 'staff' } | null, 'admin', 'editor'))
    return null
  const token = issuePreviewToken({ purpose: 'preview', collection: 'treatments', id: String(doc.id), locale }, web.previewSecret, previewTokenSeconds)
  return `${web.publicUrl}/api/preview?token=${encodeURIComponent(token)}`
}
