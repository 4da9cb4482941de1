import { cookies, draftMode } from 'next/headers'
import { NextResponse } from 'next/server'

import { webEnv } from '@/lib/env'
import { previewCookie } from '@/lib/preview'

/** Leaves preview: draft mode off, token gone, back to the published page. */
export async function GET(request: Request) {
  ;(await draftMode()).disable()
  ;(await cookies()).delete(previewCookie)
  const to = new URL(request.url).searchParams.get('to') ?? '/'
  // Only paths on this site, never another host.
  const safe = to.startsWith('/') && !to.startsWith('//') ? to : '/'
  return NextResponse.redirect(new URL(safe, webEnv().siteUrl), 303)
}
