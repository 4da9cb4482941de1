import { NextResponse, type NextRequest } from 'next/server'

import { apiContentSecurityPolicy, newNonce, pageContentSecurityPolicy } from '@klinik/config/securityHeaders'

/**
 * The content security policy on every answer of the CMS (HSTS is nginx's: deploy/nginx). The admin is rendered per
 * request, so each of its pages gets a fresh nonce (Next.js puts it on its scripts when it finds
 * it in the request's policy); API answers load nothing.
 */
export default function proxy(request: NextRequest) {
  const isAdminPage = request.nextUrl.pathname === '/admin' || request.nextUrl.pathname.startsWith('/admin/')
  const policy = isAdminPage ? pageContentSecurityPolicy({ nonce: newNonce(), development: process.env.NODE_ENV === 'development' }) : apiContentSecurityPolicy
  const forwarded = new Headers(request.headers)
  forwarded.set('Content-Security-Policy', policy)
  const response = NextResponse.next({ request: { headers: forwarded } })
  response.headers.set('Content-Security-Policy', policy)
  return response
}

export const config = {
  // Every answer but Next.js's hashed build files.
  matcher: ['/((?!_next/static|_next/image).*)'],
}
