import 'server-only'

import { z } from 'zod'

import { ports } from '@klinik/config/site'

const url = (example: string) => z.url(`must be an absolute URL, e.g. ${example}`)

const schema = z.object({
  CMS_URL: url('http://localhost:3001').default(`http://localhost:${ports.cms}`),
  CMS_PUBLIC_URL: url('https://cms.example.com').optional(),
  WEB_PUBLIC_URL: url('https://klinik.example.com').default(`http://localhost:${ports.web}`),
  REVALIDATE_SECRET: z.string().min(16, 'must be at least 16 characters long').optional(),
  PREVIEW_SECRET: z.string().min(16, 'must be at least 16 characters long').optional(),
})

export type WebEnv = {
  /** Where this server reaches the CMS API. */
  cmsUrl: string
  /** Where browsers reach the CMS (images). */
  cmsPublicUrl: string
  /** This site's public origin, for canonical links, hreflang and the sitemap. */
  siteUrl: string
  revalidateSecret?: string
  previewSecret?: string
}

let cached: WebEnv | undefined

/** The web app's environment, validated once; a bad value names its variable. */
export function webEnv(source: Record<string, string | undefined> = process.env): WebEnv {
  if (cached && source === process.env) return cached
  const parsed = schema.safeParse(source)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new Error(`Invalid environment: ${String(issue.path[0])} ${issue.message}`)
  }
  const env = parsed.data
  const trim = (value: string) => value.replace(/\/+$/, '')
  const result: WebEnv = {
    cmsUrl: trim(env.CMS_URL),
    cmsPublicUrl: trim(env.CMS_PUBLIC_URL ?? env.CMS_URL),
    siteUrl: trim(env.WEB_PUBLIC_URL),
    revalidateSecret: env.REVALIDATE_SECRET,
    previewSecret: env.PREVIEW_SECRET,
  }
  if (source === process.env) cached = result
  return result
}
