import 'server-only'

import { cookies, draftMode } from 'next/headers'

import { verifyPreviewToken, type DocumentPreviewClaims } from '@klinik/signing/previewToken'

import { webEnv } from './env'

export const previewCookie = 'klinik_preview'

/**
 * The signed preview token of the current request, when draft mode is on and the token is
 * still valid. The CMS made the token for one document in one language; it is the only key
 * the web app holds that can read a draft.
 */
export async function currentPreview(): Promise<{ token: string; claims: DocumentPreviewClaims } | null> {
  const { previewSecret } = webEnv()
  if (!previewSecret || !(await draftMode()).isEnabled) return null
  const token = (await cookies()).get(previewCookie)?.value
  const claims = verifyPreviewToken(token, previewSecret)
  return claims?.purpose === 'preview' && token ? { token, claims } : null
}
