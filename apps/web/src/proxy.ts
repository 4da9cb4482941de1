import createMiddleware from 'next-intl/middleware'
import type { NextRequest } from 'next/server'

import { bookingErrorMessages } from '@klinik/booking/messages'
import { defaultLocale, isLocale } from '@klinik/config/locales'

import { routing } from './i18n/routing'
import { isMalformedActionRequest } from './lib/actionRequestGuard'

const localize = createMiddleware(routing)

export default async function proxy(request: NextRequest) {
  if (await isMalformedActionRequest(request)) {
    const prefix = request.nextUrl.pathname.split('/')[1]
    const locale = isLocale(prefix) ? prefix : defaultLocale
    return new Response(bookingErrorMessages[locale].requestUnreadable, { status: 400, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } })
  }
  return localize(request)
}

export const config = {
  // Everything but API routes, Next.js internals and files (sitemap.xml, robots.txt, images).
  matcher: ['/((?!api|_next|_vercel|.*\\..*).*)'],
}
