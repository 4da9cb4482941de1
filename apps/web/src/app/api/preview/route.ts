import { cookies, draftMode } from 'next/headers'
import { NextResponse } from 'next/server'

import { verifyPreviewToken } from '@klinik/signing/previewToken'

import { getPathname } from '@/i18n/navigation'
import { getTreatmentPreview } from '@/lib/cms/treatments'
import { webEnv } from '@/lib/env'
import { previewCookie } from '@/lib/preview'

/**
 * The admin's preview button lands here with a token the CMS signed for one draft in one
 * language. A valid token turns on draft mode and opens the page; anything else is refused.
 * The token, not the editor's CMS cookie, is the key: cookies do not cross hosts.
 */
export async function GET(request: Request) {
  const { previewSecret } = webEnv()
  if (!previewSecret) return new NextResponse('Previews are not configured on this site.', { status: 503, headers: { 'Cache-Control': 'no-store' } })
  const token = new URL(request.url).searchParams.get('token')
  const claims = verifyPreviewToken(token, previewSecret)
  // The CMS's start-up check: the token proves the two PREVIEW_SECRETs agree; nothing opens.
  if (claims?.purpose === 'secret-check') return new NextResponse(null, { status: 204, headers: { 'Cache-Control': 'no-store' } })
  if (!claims || !token || claims.collection !== 'treatments') {
    return new NextResponse('Invalid or expired preview link. Open the preview again from the admin.', { status: 401 })
  }
  const draft = await getTreatmentPreview(token)
  if (!draft) return new NextResponse('This draft no longer exists.', { status: 404 })

  ;(await draftMode()).enable()
  ;(await cookies()).set(previewCookie, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: webEnv().siteUrl.startsWith('https://'),
    path: '/',
    maxAge: Math.max(0, Math.floor((claims.expiresAt.getTime() - Date.now()) / 1000)),
  })
  const path = getPathname({ locale: claims.locale, href: { pathname: '/treatments/[slug]', params: { slug: draft.slug || draft.id } } })
  return NextResponse.redirect(new URL(path, webEnv().siteUrl), 307)
}
