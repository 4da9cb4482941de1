import createMiddleware from 'next-intl/middleware'
import { NextRequest, NextResponse } from 'next/server'

import { bookingErrorMessages } from '@klinik/booking/messages'
import { defaultLocale, isLocale, locales, type Locale } from '@klinik/config/locales'
import { apiContentSecurityPolicy, newNonce, originOf, pageContentSecurityPolicy } from '@klinik/config/securityHeaders'

import { routing } from './i18n/routing'
import { actionRequestProblem, type ActionRequestProblem } from './lib/actionRequestGuard'
import { webEnv } from './lib/env'
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

/** Pages rendered for each visitor (a signed form token, a receipt): they get a nonce policy. */
const perRequestPages = new Set(
  locales.flatMap((locale) => (['/appointment', '/appointment/received'] as const).map((page) => `/${locale}${routing.pathnames[page][locale]}`)),
)

/** The files the app serves at the root (app/robots.ts, app/sitemap.ts). */
const rootFiles = new Set(['/robots.txt', '/sitemap.xml'])

/** Answers that are not pages: API routes and the root files. */
const isNotAPage = (pathname: string) => pathname.startsWith('/api/') || pathname === '/api' || rootFiles.has(pathname)

/**
 * Any other address with a file extension (/favicon.ico, /wp-login.php, /tr/x.png): no page and
 * no file here. Sent to the localized catch-all, which answers 404; left alone, Next.js took the
 * first segment for a language and the page failed with a 500.
 */
const unknownFile = (pathname: string) => /\.[^/]*$/.test(pathname)

/**
 * The content security policy, on the answer and (for Next.js to find the nonce) on the request.
 * HSTS is nginx's (deploy/nginx): only it knows that the visitor came over https.
 */
function securityHeaders(request: NextRequest): { policy: string } {
  const env = webEnv()
  if (isNotAPage(request.nextUrl.pathname)) return { policy: apiContentSecurityPolicy }
  const nonce = perRequestPages.has(request.nextUrl.pathname) ? newNonce() : undefined
  const policy = pageContentSecurityPolicy({ nonce, imageOrigins: [originOf(env.cmsPublicUrl)], development: process.env.NODE_ENV === 'development' })
  return { policy }
}

/**
 * How long nginx's micro-cache (deploy/nginx) may keep this page: until the end of the current
 * second, as an absolute time (`@<unix seconds>`), which nginx reads and never passes on.
 * nginx counts in whole seconds: with its own `proxy_cache_valid 1s` a copy lives one to two
 * seconds, and a publish took up to 2.3 s to show. Ending the copy with the current second keeps
 * it under one second (a publish shows within the site's render plus a second), while the site
 * still renders each page about once a second under any load. Pages rendered per visitor are
 * never stored by nginx anyway (`private, no-store`).
 */
export const microCacheHeader = 'X-Accel-Expires'
export const microCacheUntil = (now = Date.now()) => `@${Math.floor(now / 1000)}`

function secured(response: Response, { policy }: ReturnType<typeof securityHeaders>): Response {
  response.headers.set('Content-Security-Policy', policy)
  return response
}

export default async function proxy(request: NextRequest) {
  const headers = securityHeaders(request)
  if (isNotAPage(request.nextUrl.pathname)) return secured(NextResponse.next(), headers)
  const problem = await actionRequestProblem(request)
  if (problem) {
    const prefix = request.nextUrl.pathname.split('/')[1]
    const locale = isLocale(prefix) ? prefix : defaultLocale
    const { status, message } = actionRefusals[problem]
    const refusal = new Response(bookingErrorMessages[locale][message], {
      status,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
    })
    return secured(refusal, { ...headers, policy: apiContentSecurityPolicy })
  }
  const forwarded = new Headers(request.headers)
  forwarded.set('Content-Security-Policy', headers.policy)
  if (unknownFile(request.nextUrl.pathname)) {
    const prefix = request.nextUrl.pathname.split('/')[1]
    const inLocale = isLocale(prefix) ? request.nextUrl.pathname : `/${defaultLocale}${request.nextUrl.pathname}`
    return secured(NextResponse.rewrite(new URL(inLocale, request.url), { request: { headers: forwarded } }), headers)
  }
  const unknownIn = await unknownTreatmentLocale(request)
  // Rendered per request by the catch-all page (its localized 404), never cached.
  if (unknownIn) return secured(NextResponse.rewrite(new URL(`/${unknownIn}/_unknown-treatment`, request.url), { request: { headers: forwarded } }), headers)
  const page = secured(localize(new NextRequest(request, { headers: forwarded })), headers)
  if (page.status === 200 && !perRequestPages.has(request.nextUrl.pathname)) page.headers.set(microCacheHeader, microCacheUntil())
  return page
}

export const config = {
  // Every answer but Next.js's hashed build files; API routes and files only get headers.
  matcher: ['/((?!_next/static|_next/image).*)'],
}
