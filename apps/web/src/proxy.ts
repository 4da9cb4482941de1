import createMiddleware from 'next-intl/middleware'

import { routing } from './i18n/routing'

export default createMiddleware(routing)

export const config = {
  // Everything but API routes, Next.js internals and files (sitemap.xml, robots.txt, images).
  matcher: ['/((?!api|_next|_vercel|.*\\..*).*)'],
}
