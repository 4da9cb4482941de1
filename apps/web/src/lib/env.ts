import 'server-only'

import { z } from 'zod'

import { addressHeaderProblem, localAddressHeader } from '@klinik/config/clientAddress'
import type { Deployment } from '@klinik/config/deployment'
import { EnvError, parseEnv, sharedEnvSchema } from '@klinik/config/environment'
import { ports } from '@klinik/config/site'

const url = (example: string) => z.url(`must be an absolute URL, e.g. ${example}`)

/** The deployment and the shared secrets (with the rule that proxied needs them) come from the schema both apps extend. */
const schema = sharedEnvSchema.safeExtend({
  CMS_URL: url('http://localhost:3001').default(`http://localhost:${ports.cms}`),
  CMS_PUBLIC_URL: url('https://cms.example.com').optional(),
  WEB_PUBLIC_URL: url('https://klinik.example.com').default(`http://localhost:${ports.web}`),
  CLIENT_IP_HEADER: z
    .string()
    .regex(/^[a-z0-9-]+$/i, 'must be a header name, e.g. x-klinik-client-ip')
    .default('x-klinik-client-ip'),
  PATIENT_ADDRESS_HEADER: z
    .string()
    .regex(/^[a-z0-9-]+$/i, 'must be a header name, e.g. x-real-ip')
    .optional(),
  BOOKING_MIN_FILL_SECONDS: z.coerce.number('must be a number of seconds').min(0, 'must not be negative').max(120, 'must be at most 120').default(3),
})

/** Every variable the site reads, so that turbo passes each one through (turbo.json; a test holds the two together). */
export const webEnvironmentVariables = Object.keys(schema.shape)

/** What a proxied deployment may not do besides running without the shared secrets (the shared schema refuses that): believe a client-written address. */
function proxiedProblem(env: z.infer<typeof schema>): EnvError | undefined {
  const problem = addressHeaderProblem(env.PATIENT_ADDRESS_HEADER, 'proxied')
  return problem ? new EnvError('PATIENT_ADDRESS_HEADER', problem) : undefined
}

export type WebEnv = {
  /** local (npm start / dev) or proxied (behind the reverse proxy): see README, "Deployment". */
  deployment: Deployment
  /** Where this server reaches the CMS API. */
  cmsUrl: string
  /** Where browsers reach the CMS (images). */
  cmsPublicUrl: string
  /** This site's public origin, for canonical links, hreflang and the sitemap. */
  siteUrl: string
  revalidateSecret?: string
  previewSecret?: string
  /** Shared with the CMS: with it, the CMS believes the patient's address the site forwards. */
  intakeSecret?: string
  /** The header the site forwards the patient's address in (the CMS reads the same variable). */
  clientIpHeader: string
  /** Where this server reads the patient's address: a header the reverse proxy in front of it sets. */
  patientAddressHeader: string
  /** A booking form sent sooner than this after it was shown is treated as a bot's. */
  bookingMinFillSeconds: number
}

let cached: WebEnv | undefined

/** The web app's environment, validated once; a bad value names its variable. */
export function webEnv(source: Record<string, string | undefined> = process.env): WebEnv {
  if (cached && source === process.env) return cached
  const env = parseEnv(schema, source)
  const proxied = env.KLINIK_DEPLOYMENT === 'proxied'
  const problem = proxied ? proxiedProblem(env) : undefined
  if (problem) throw problem
  const trim = (value: string) => value.replace(/\/+$/, '')
  const result: WebEnv = {
    deployment: env.KLINIK_DEPLOYMENT,
    cmsUrl: trim(env.CMS_URL),
    cmsPublicUrl: trim(env.CMS_PUBLIC_URL ?? env.CMS_URL),
    siteUrl: trim(env.WEB_PUBLIC_URL),
    revalidateSecret: env.REVALIDATE_SECRET,
    previewSecret: env.PREVIEW_SECRET,
    intakeSecret: env.INTAKE_SECRET,
    clientIpHeader: env.CLIENT_IP_HEADER.toLowerCase(),
    patientAddressHeader: (env.PATIENT_ADDRESS_HEADER ?? localAddressHeader).toLowerCase(),
    bookingMinFillSeconds: env.BOOKING_MIN_FILL_SECONDS,
  }
  if (source === process.env) cached = result
  return result
}
