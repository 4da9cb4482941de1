import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  transpilePackages: ['@klinik/config', '@klinik/signing', '@klinik/booking'],
  poweredByHeader: false,
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
