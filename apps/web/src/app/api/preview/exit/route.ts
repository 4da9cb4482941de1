import { cookies, draftMode } from 'next/headers'
import { NextResponse } from 'next/server'

import { webEnv } from '@/lib/env'
import { previewCookie } from '@/lib/preview'
import { sameOriginPath } from '@/lib/sameOriginPath'

/** Leaves preview: draft mode off, token gone, back to the published page. */
export async function GET(request: Request) {
  ;(await draftMode()).disable()
  ;(await cookies()).delete(previewCookie)
  const siteUrl = webEnv().siteUrl
  const to = sameOriginPath(new URL(request.url).searchParams.get('to'), siteUrl)
  return NextResponse.redirect(new URL(to, siteUrl), 303)
}
