import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  transpilePackages: ['@klinik/config', '@klinik/signing', '@klinik/booking'],
  poweredByHeader: false,
  // Loaded by Node at run time, not bundled: rate-limiter-flexible imports its database driver
  // (drizzle-orm) by a name it computes, which a bundle cannot resolve (every sign-in answered
  // 500 in the built CMS).
  serverExternalPackages: ['rate-limiter-flexible'],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
