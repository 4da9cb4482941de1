import { withPayload } from '@payloadcms/next/withPayload'

import staticSecurityHeaders from '@klinik/config/staticSecurityHeaders.json' with { type: 'json' }

/** @type {import('next').NextConfig} */
const nextConfig = {
  transpilePackages: ['@klinik/config', '@klinik/signing', '@klinik/booking'],
  poweredByHeader: false,
  // Loaded by Node at run time, not bundled: rate-limiter-flexible imports its database driver
  // (drizzle-orm) by a name it computes, which a bundle cannot resolve (every sign-in answered
  // 500 in the built CMS).
  serverExternalPackages: ['rate-limiter-flexible'],
  // The same on every response; the content security policy is set at run time by
  // the proxy (src/proxy.ts); HSTS by nginx (deploy/nginx).
  async headers() {
    return [{ source: '/:path*', headers: staticSecurityHeaders }]
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
