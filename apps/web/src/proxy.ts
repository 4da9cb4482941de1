import createMiddleware from 'next-intl/middleware'
import { NextResponse, type NextRequest } from 'next/server'

import { bookingErrorMessages } from '@klinik/booking/messages'
import { defaultLocale, isLocale, type Locale } from '@klinik/config/locales'

import { routing } from './i18n/routing'
import { actionRequestProblem, type ActionRequestProblem } from './lib/actionRequestGuard'
import { isKnownTreatmentSlug } from './lib/knownTreatmentSlugs'
import { previewCookie } from './lib/preview'

const localize = createMiddleware(routing)

/** `/tr/tedaviler/<slug>`, `/en/treatments/<slug>`: the treatment page's address in each language. */
const treatmentAddress = new RegExp(
  `^/(?:${Object.entries(routing.pathnames['/treatments/[slug]'])
    .map(([locale, path]) => `(?<${locale}>${locale}${path.replace('[slug]', '')})`)
    .join('|')})([^/]+)$`,
)

/** The locale of a treatment address whose slug the CMS does not know, else null. */
async function unknownTreatmentLocale(request: NextRequest): Promise<Locale | null> {
  const match = treatmentAddress.exec(request.nextUrl.pathname)
  if (!match?.groups || request.cookies.has(previewCookie)) return null
  const locale = Object.keys(match.groups).find((name) => match.groups![name] !== undefined)
  if (!isLocale(locale)) return null
  let slug: string
  try {
    slug = decodeURIComponent(match[match.length - 1])
  } catch {
    return locale
  }
  return (await isKnownTreatmentSlug(locale, slug)) ? null : locale
}

/** How the proxy answers a server action request Next.js would answer with a 500. */
const actionRefusals: Record<ActionRequestProblem, { status: number; message: 'requestUnreadable' | 'requestTooLarge' | 'foreignOrigin' }> = {
  unreadable: { status: 400, message: 'requestUnreadable' },
  tooLarge: { status: 413, message: 'requestTooLarge' },
  foreignOrigin: { status: 403, message: 'foreignOrigin' },
}

export default async function proxy(request: NextRequest) {
  const problem = await actionRequestProblem(request)
  if (problem) {
    const prefix = request.nextUrl.pathname.split('/')[1]
    const locale = isLocale(prefix) ? prefix : defaultLocale
    const { status, message } = actionRefusals[problem]
    return new Response(bookingErrorMessages[locale][message], {
      status,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
    })
  }
  const unknownIn = await unknownTreatmentLocale(request)
  // Rendered per request by the catch-all page (its localized 404), never cached.
  if (unknownIn) return NextResponse.rewrite(new URL(`/${unknownIn}/_unknown-treatment`, request.url))
  return localize(request)
}

export const config = {
  // Everything but API routes, Next.js internals and files (sitemap.xml, robots.txt, images).
  matcher: ['/((?!api|_next|_vercel|.*\\..*).*)'],
}
