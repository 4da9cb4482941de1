import createNextIntlPlugin from 'next-intl/plugin'

import staticSecurityHeaders from '@klinik/config/staticSecurityHeaders.json' with { type: 'json' }

const withNextIntl = createNextIntlPlugin('./src/i18n/request.ts')

/** @type {import('next').NextConfig} */
const nextConfig = {
  transpilePackages: ['@klinik/booking', '@klinik/config', '@klinik/signing'],
  poweredByHeader: false,
  // The same on every response; the content security policy is set at run time by
  // the proxy (src/proxy.ts), which knows the request and the environment; HSTS by nginx.
  async headers() {
    return [{ source: '/:path*', headers: staticSecurityHeaders }]
  },
}

export default withNextIntl(nextConfig)
