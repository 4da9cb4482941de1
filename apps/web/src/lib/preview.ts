import 'server-only'

import { cookies, draftMode } from 'next/headers'

import { verifyToken } from '@klinik/signing/token'

import { webEnv } from './env'

export const previewCookie = 'klinik_preview'

export type PreviewToken = { c: 'treatments'; id: string; l: string; exp: number }

/**
 * The signed preview token of the current request, when draft mode is on and the token is
 * still valid. The CMS made the token for one document in one language; it is the only key
 * the web app holds that can read a draft.
 */
export async function currentPreview(): Promise<{ token: string; payload: PreviewToken } | null> {
  const { previewSecret } = webEnv()
  if (!previewSecret || !(await draftMode()).isEnabled) return null
  const token = (await cookies()).get(previewCookie)?.value
  const payload = verifyToken<PreviewToken>(token, previewSecret)
  return payload && token ? { token, payload } : null
}
