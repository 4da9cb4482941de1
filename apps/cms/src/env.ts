/**
 * The CMS's environment, validated once. A wrong or missing variable stops the process
 * with a message that names it, instead of every request failing later.
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'

import { addressHeaderProblem, localAddressHeader } from '@klinik/config/clientAddress'
import type { Deployment } from '@klinik/config/deployment'
import { EnvError, parseEnv, sharedEnvSchema } from '@klinik/config/environment'
import { ports } from '@klinik/config/site'

import { derivedAnswerKey, parseAnswerKey, type AnswerKeys } from './healthData/screeningAnswerCipher'

/**
 * The CMS app's folder, found by its package.json: this module runs from src/ (tests,
 * Next.js) and from the bundled scripts in dist/, so no fixed relative path fits both.
 */
export const appDir = findAppDir(path.dirname(fileURLToPath(import.meta.url)))

function findAppDir(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json')
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name === '@klinik/cms') return dir
    if (path.dirname(dir) === dir) throw new Error(`Cannot find the @klinik/cms folder above ${from}`)
  }
}

/** The embedded default: a SQLite file inside the CMS app's data folder. */
export const defaultSqliteFile = path.join(appDir, 'data', 'klinik.db')

export type DatabaseChoice = { kind: 'mongodb'; url: string } | { kind: 'sqlite'; file: string }

export function chooseDatabase(uri: string | undefined): DatabaseChoice {
  const value = uri?.trim()
  if (!value) return { kind: 'sqlite', file: defaultSqliteFile }
  if (/^mongodb(\+srv)?:\/\//.test(value)) return { kind: 'mongodb', url: value }
  if (value.startsWith('file:')) {
    const file = value.slice('file:'.length)
    if (!file) throw new EnvError('DATABASE_URI', 'file: needs a path, e.g. file:./data/klinik.db')
    return { kind: 'sqlite', file: path.resolve(appDir, file) }
  }
  throw new EnvError('DATABASE_URI', 'must start with mongodb://, mongodb+srv:// or file: (leave it unset for the embedded SQLite file)')
}

const booleanFlag = z.enum(['true', 'false', '1', '0']).transform((value) => value === 'true' || value === '1')

/** The deployment and the shared secrets (with the rule that proxied needs them) come from the schema both apps extend. */
const envSchema = sharedEnvSchema.safeExtend({
  PAYLOAD_SECRET: z
    .string({ error: 'is missing. Set it to a random string of at least 32 characters (npm start generates one for local use).' })
    .min(32, 'must be at least 32 characters long'),
  DATABASE_URI: z.string().optional(),
  CMS_PUBLIC_URL: z.url('must be an absolute URL, e.g. https://cms.example.com').default(`http://localhost:${ports.cms}`),
  COOKIE_SECURE: booleanFlag.optional(),
  MEDIA_DIR: z.string().optional(),
  PAYLOAD_JOBS_AUTORUN: booleanFlag.optional(),
  WEB_URL: z.url('must be an absolute URL, e.g. http://web:3000').default(`http://localhost:${ports.web}`),
  WEB_PUBLIC_URL: z.url('must be an absolute URL, e.g. https://klinik.example.com').optional(),
  CLIENT_IP_HEADER: z
    .string()
    .regex(/^[a-z0-9-]+$/i, 'must be a header name, e.g. x-klinik-client-ip')
    .default('x-klinik-client-ip'),
  SMTP_HOST: z.string().optional(),
  SMTP_PORT: z.coerce.number().int().min(1).max(65535).default(587),
  SMTP_SECURE: booleanFlag.optional(),
  SMTP_USER: z.string().optional(),
  SMTP_PASS: z.string().optional(),
  EMAIL_FROM: z.string().default('Klinik <no-reply@klinik.local>'),
  STAFF_NOTIFY_EMAIL: z.email('must be an email address').optional(),
  BOOKING_RATE_LIMIT: z
    .string()
    .regex(/^\d+\/\d+$/, 'must look like 10/600 (requests per seconds)')
    .default('10/600'),
  RETENTION_SCREENING_DAYS: z.coerce
    .number('must be a number of days')
    .int('must be a whole number of days')
    .min(1, 'must be at least 1')
    .max(3650, 'must be at most 3650')
    .default(30),
  RETENTION_REQUEST_DAYS: z.coerce
    .number('must be a number of days')
    .int('must be a whole number of days')
    .min(1, 'must be at least 1')
    .max(3650, 'must be at most 3650')
    .default(180),
  LOGIN_RATE_LIMIT: z
    .string()
    .regex(/^\d+\/\d+$/, 'must look like 5/900 (failed sign-ins per seconds)')
    .default('5/900'),
  ADMIN_CLIENT_IP_HEADER: z
    .string()
    .regex(/^[a-z0-9-]+$/i, 'must be a header name, e.g. x-real-ip')
    .optional(),
  SEED_DEMO_USERS: booleanFlag.optional(),
  SCREENING_ANSWERS_KEY: z
    .string()
    .refine((text) => parseAnswerKey(text) !== null, 'must be 32 random bytes in base64 (openssl rand -base64 32)')
    .optional(),
  SCREENING_ANSWERS_PREVIOUS_KEYS: z
    .string()
    .refine((text) => text.split(',').every((key) => parseAnswerKey(key) !== null), 'must be keys of 32 bytes in base64, separated by commas')
    .optional(),
  HEALTH_TOKEN: z.string().min(32, 'must be at least 32 characters long (openssl rand -hex 32)').optional(),
})

/**
 * Every variable the CMS reads (its schema's, the seed's), so that turbo passes each one through
 * (turbo.json `globalPassThroughEnv`; a test holds the two together).
 */
export const cmsEnvironmentVariables = [...Object.keys(envSchema.shape), 'SEED_ON_START', 'SEED_ADMIN_PASSWORD', 'SEED_EDITOR_PASSWORD', 'SEED_STAFF_PASSWORD']

function proxiedProblems(env: z.infer<typeof envSchema>): [string, string] | undefined {
  if (env.SEED_DEMO_USERS) return ['SEED_DEMO_USERS', 'must not be true with KLINIK_DEPLOYMENT=proxied: demo accounts exist only locally']
  const addressProblem = addressHeaderProblem(env.ADMIN_CLIENT_IP_HEADER, 'proxied')
  if (addressProblem) return ['ADMIN_CLIENT_IP_HEADER', addressProblem]
  if (!env.SCREENING_ANSWERS_KEY)
    return ['SCREENING_ANSWERS_KEY', 'is required with KLINIK_DEPLOYMENT=proxied: it seals the screening answers (openssl rand -base64 32)']
  return undefined
}

/** The current key (or, locally without one, the key derived from PAYLOAD_SECRET) and the ones that still open. */
function answerKeys(env: z.infer<typeof envSchema>): AnswerKeys {
  const derived = derivedAnswerKey(env.PAYLOAD_SECRET)
  const current = env.SCREENING_ANSWERS_KEY ? parseAnswerKey(env.SCREENING_ANSWERS_KEY)! : derived
  const previous = (env.SCREENING_ANSWERS_PREVIOUS_KEYS?.split(',') ?? []).map((key) => parseAnswerKey(key)!)
  // Locally, answers sealed before a key was configured stay readable.
  if (env.KLINIK_DEPLOYMENT === 'local' && current !== derived) previous.push(derived)
  return { current, readable: [current, ...previous] }
}

export type CmsEnv = {
  /** local (npm start / dev) or proxied (behind the reverse proxy): see README, "Deployment". */
  deployment: Deployment
  /** Create the demo accounts when seeding: only locally, unless SEED_DEMO_USERS=false. */
  seedDemoUsers: boolean
  payloadSecret: string
  /** Seal and open the screening answers (healthData/screeningAnswerCipher.ts). */
  screeningAnswerKeys: AnswerKeys
  database: DatabaseChoice
  publicUrl: string
  /** Cookies only over HTTPS; on by default whenever the public URL is https. */
  secureCookies: boolean
  /** Where uploaded images are stored. */
  mediaDir: string
  /** Run queued jobs (scheduled publishing) in this process every minute. Off in tests. */
  runJobs: boolean
  /** Outgoing mail; without a host Payload only logs that it would have sent something. */
  smtp: { host?: string; port: number; secure: boolean; user?: string; pass?: string; from: string; staffNotify?: string }
  /** How long booking data is kept: screening answers after the visit (or request), whole requests after that. */
  retention: { screeningDays: number; requestDays: number }
  /** Failed sign-ins allowed per client address per period, before Payload's per-account lockout. */
  login: { points: number; durationSeconds: number; clientIpHeader: string }
  /** Booking intake: who may vouch for the patient's address, and how many requests per address. */
  intake: { secret?: string; clientIpHeader: string; points: number; durationSeconds: number }
  /** The patient site, as the CMS reaches it (revalidation) and as editors' browsers do (preview). */
  web: { internalUrl: string; publicUrl: string; revalidateSecret?: string; previewSecret?: string }
  /** The bearer token that shows a monitor the health check's details (`GET /api/health`); without it only an admin sees them. */
  healthToken?: string
}

export function readEnv(source: Record<string, string | undefined> = process.env): CmsEnv {
  const env = parseEnv(envSchema, source)
  const proxied = env.KLINIK_DEPLOYMENT === 'proxied'
  const problem = proxied ? proxiedProblems(env) : undefined
  if (problem) throw new EnvError(...problem)
  const publicUrl = env.CMS_PUBLIC_URL.replace(/\/+$/, '')
  return {
    deployment: env.KLINIK_DEPLOYMENT,
    seedDemoUsers: !proxied && env.SEED_DEMO_USERS !== false,
    payloadSecret: env.PAYLOAD_SECRET,
    screeningAnswerKeys: answerKeys(env),
    database: chooseDatabase(env.DATABASE_URI),
    publicUrl,
    secureCookies: env.COOKIE_SECURE ?? publicUrl.startsWith('https://'),
    mediaDir: path.resolve(appDir, env.MEDIA_DIR ?? 'media'),
    runJobs: env.PAYLOAD_JOBS_AUTORUN ?? true,
    smtp: {
      host: env.SMTP_HOST || undefined,
      port: env.SMTP_PORT,
      secure: env.SMTP_SECURE ?? env.SMTP_PORT === 465,
      user: env.SMTP_USER || undefined,
      pass: env.SMTP_PASS || undefined,
      from: env.EMAIL_FROM,
      staffNotify: env.STAFF_NOTIFY_EMAIL,
    },
    intake: {
      secret: env.INTAKE_SECRET,
      clientIpHeader: env.CLIENT_IP_HEADER.toLowerCase(),
      points: Number(env.BOOKING_RATE_LIMIT.split('/')[0]),
      durationSeconds: Number(env.BOOKING_RATE_LIMIT.split('/')[1]),
    },
    retention: { screeningDays: env.RETENTION_SCREENING_DAYS, requestDays: env.RETENTION_REQUEST_DAYS },
    login: {
      points: Number(env.LOGIN_RATE_LIMIT.split('/')[0]),
      durationSeconds: Number(env.LOGIN_RATE_LIMIT.split('/')[1]),
      clientIpHeader: (env.ADMIN_CLIENT_IP_HEADER ?? localAddressHeader).toLowerCase(),
    },
    web: {
      internalUrl: env.WEB_URL.replace(/\/+$/, ''),
      publicUrl: (env.WEB_PUBLIC_URL ?? env.WEB_URL).replace(/\/+$/, ''),
      revalidateSecret: env.REVALIDATE_SECRET,
      previewSecret: env.PREVIEW_SECRET,
    },
    healthToken: env.HEALTH_TOKEN,
  }
}
