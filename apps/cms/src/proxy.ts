import { NextResponse, type NextRequest } from 'next/server'

import { apiContentSecurityPolicy, newNonce, pageContentSecurityPolicy, strictTransportSecurity } from '@klinik/config/securityHeaders'

import { readEnv } from './env'

let publicUrl: string | undefined

/**
 * The content security policy and HSTS on every answer of the CMS. The admin is rendered per
 * request, so each of its pages gets a fresh nonce (Next.js puts it on its scripts when it finds
 * it in the request's policy); API answers load nothing.
 */
export default function proxy(request: NextRequest) {
  publicUrl ??= readEnv().publicUrl
  const hsts = strictTransportSecurity(publicUrl)
  const isAdminPage = request.nextUrl.pathname === '/admin' || request.nextUrl.pathname.startsWith('/admin/')
  const policy = isAdminPage ? pageContentSecurityPolicy({ nonce: newNonce(), development: process.env.NODE_ENV === 'development' }) : apiContentSecurityPolicy
  const forwarded = new Headers(request.headers)
  forwarded.set('Content-Security-Policy', policy)
  const response = NextResponse.next({ request: { headers: forwarded } })
  response.headers.set('Content-Security-Policy', policy)
  if (hsts) response.headers.set(hsts.key, hsts.value)
  return response
}

export const config = {
  // Every answer but Next.js's hashed build files.
  matcher: ['/((?!_next/static|_next/image).*)'],
}
