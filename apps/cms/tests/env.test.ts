import { randomBytes } from 'node:crypto'
import { describe, expect, it } from '@jest/globals'
import path from 'node:path'

import { readFileSync } from 'node:fs'

import { EnvError } from '@klinik/config/environment'

import { chooseDatabase, cmsEnvironmentVariables, defaultSqliteFile, readEnv } from '../src/env'

const secret = 'x'.repeat(40)
const answersKey = randomBytes(32).toString('base64')
const shared = {
  ADMIN_CLIENT_IP_HEADER: 'x-real-ip',
  REVALIDATE_SECRET: 'r'.repeat(24),
  PREVIEW_SECRET: 'p'.repeat(24),
  INTAKE_SECRET: 'i'.repeat(24),
}

describe('readEnv', () => {
  it('stops with a message naming PAYLOAD_SECRET when it is missing', () => {
    expect(() => readEnv({ KLINIK_DEPLOYMENT: 'local' })).toThrow(EnvError)
    expect(() => readEnv({ KLINIK_DEPLOYMENT: 'local' })).toThrow(/PAYLOAD_SECRET is missing/)
  })

  it('stops naming KLINIK_DEPLOYMENT when it is missing or unknown, with the two values it takes', () => {
    expect(() => readEnv({ PAYLOAD_SECRET: secret })).toThrow(/^Invalid environment: KLINIK_DEPLOYMENT is missing or unknown: set local .* or proxied/)
    expect(() => readEnv({ KLINIK_DEPLOYMENT: 'production', PAYLOAD_SECRET: secret })).toThrow(/KLINIK_DEPLOYMENT/)
  })

  it('locally: demo accounts unless SEED_DEMO_USERS=false, the sign-in limit keyed on X-Forwarded-For', () => {
    const env = readEnv({ KLINIK_DEPLOYMENT: 'local', PAYLOAD_SECRET: secret })
    expect(env.deployment).toBe('local')
    expect(env.seedDemoUsers).toBe(true)
    expect(env.login.clientIpHeader).toBe('x-forwarded-for')
    expect(readEnv({ KLINIK_DEPLOYMENT: 'local', PAYLOAD_SECRET: secret, SEED_DEMO_USERS: 'false' }).seedDemoUsers).toBe(false)
  })

  it('proxied: never demo accounts, client addresses from the header the proxy overwrites', () => {
    const env = readEnv({ KLINIK_DEPLOYMENT: 'proxied', PAYLOAD_SECRET: secret, ...shared, SCREENING_ANSWERS_KEY: answersKey })
    expect(env.deployment).toBe('proxied')
    expect(env.seedDemoUsers).toBe(false)
    expect(env.login.clientIpHeader).toBe('x-real-ip')
    expect(() =>
      readEnv({ KLINIK_DEPLOYMENT: 'proxied', PAYLOAD_SECRET: secret, ...shared, SCREENING_ANSWERS_KEY: answersKey, SEED_DEMO_USERS: 'true' }),
    ).toThrow(/SEED_DEMO_USERS must not be true with KLINIK_DEPLOYMENT=proxied/)
    expect(() =>
      readEnv({
        KLINIK_DEPLOYMENT: 'proxied',
        PAYLOAD_SECRET: secret,
        ...shared,
        SCREENING_ANSWERS_KEY: answersKey,
        ADMIN_CLIENT_IP_HEADER: 'X-Forwarded-For',
      }),
    ).toThrow(/ADMIN_CLIENT_IP_HEADER must name the header the reverse proxy overwrites/)
  })

  it.each(Object.keys(shared))('proxied: stops naming %s when it is missing (no generated secrets there)', (name) => {
    const given: Record<string, string> = { KLINIK_DEPLOYMENT: 'proxied', PAYLOAD_SECRET: secret, ...shared }
    delete given[name]
    expect(() => readEnv(given)).toThrow(new RegExp(`${name} is required with KLINIK_DEPLOYMENT=proxied`))
  })

  it('seals screening answers with the configured key, which proxied requires, and keeps older keys for opening', () => {
    const previous = randomBytes(32).toString('base64')
    const env = readEnv({
      KLINIK_DEPLOYMENT: 'proxied',
      PAYLOAD_SECRET: secret,
      ...shared,
      SCREENING_ANSWERS_KEY: answersKey,
      SCREENING_ANSWERS_PREVIOUS_KEYS: previous,
    })
    expect(env.screeningAnswerKeys.current.toString('base64')).toBe(answersKey)
    expect(env.screeningAnswerKeys.readable.map((key) => key.toString('base64'))).toEqual([answersKey, previous])
    expect(() => readEnv({ KLINIK_DEPLOYMENT: 'proxied', PAYLOAD_SECRET: secret, ...shared })).toThrow(
      /SCREENING_ANSWERS_KEY is required with KLINIK_DEPLOYMENT=proxied/,
    )
    expect(() => readEnv({ KLINIK_DEPLOYMENT: 'local', PAYLOAD_SECRET: secret, SCREENING_ANSWERS_KEY: 'too-short' })).toThrow(
      /SCREENING_ANSWERS_KEY must be 32 random bytes/,
    )
    // Locally without a key: one derived from PAYLOAD_SECRET, the same on every start.
    expect(readEnv({ KLINIK_DEPLOYMENT: 'local', PAYLOAD_SECRET: secret }).screeningAnswerKeys.current).toEqual(
      readEnv({ KLINIK_DEPLOYMENT: 'local', PAYLOAD_SECRET: secret }).screeningAnswerKeys.current,
    )
  })

  it('refuses a short secret', () => {
    expect(() => readEnv({ KLINIK_DEPLOYMENT: 'local', PAYLOAD_SECRET: 'short' })).toThrow(/PAYLOAD_SECRET must be at least 32 characters/)
  })

  it('names CMS_PUBLIC_URL when it is not a URL', () => {
    expect(() => readEnv({ KLINIK_DEPLOYMENT: 'local', PAYLOAD_SECRET: secret, CMS_PUBLIC_URL: 'cms' })).toThrow(/CMS_PUBLIC_URL/)
  })

  it('defaults to the embedded SQLite file and plain-HTTP cookies locally', () => {
    const env = readEnv({ KLINIK_DEPLOYMENT: 'local', PAYLOAD_SECRET: secret })
    expect(env.database).toEqual({ kind: 'sqlite', file: defaultSqliteFile })
    expect(env.publicUrl).toBe('http://localhost:3001')
    expect(env.secureCookies).toBe(false)
  })

  it('treats empty values as unset, as docker-compose passes them', () => {
    const env = readEnv({ KLINIK_DEPLOYMENT: 'local', PAYLOAD_SECRET: secret, STAFF_NOTIFY_EMAIL: '', SMTP_HOST: '', DATABASE_URI: '', SMTP_PORT: '' })
    expect(env.smtp).toMatchObject({ host: undefined, port: 587, staffNotify: undefined })
    expect(env.database.kind).toBe('sqlite')
  })

  it('takes HEALTH_TOKEN when long enough, names it when short, and leaves it unset when empty', () => {
    const token = 'a'.repeat(32)
    expect(readEnv({ KLINIK_DEPLOYMENT: 'local', PAYLOAD_SECRET: secret, HEALTH_TOKEN: token }).healthToken).toBe(token)
    expect(() => readEnv({ KLINIK_DEPLOYMENT: 'local', PAYLOAD_SECRET: secret, HEALTH_TOKEN: 'short' })).toThrow(/HEALTH_TOKEN must be at least 32 characters/)
    expect(readEnv({ KLINIK_DEPLOYMENT: 'local', PAYLOAD_SECRET: secret, HEALTH_TOKEN: '' }).healthToken).toBeUndefined()
  })

  it('names STAFF_NOTIFY_EMAIL when it is not an address', () => {
    expect(() => readEnv({ KLINIK_DEPLOYMENT: 'local', PAYLOAD_SECRET: secret, STAFF_NOTIFY_EMAIL: 'desk' })).toThrow(
      /STAFF_NOTIFY_EMAIL must be an email address/,
    )
  })

  it('turns secure cookies on for an https public URL unless told otherwise', () => {
    expect(readEnv({ KLINIK_DEPLOYMENT: 'local', PAYLOAD_SECRET: secret, CMS_PUBLIC_URL: 'https://cms.example.com/' }).secureCookies).toBe(true)
    expect(
      readEnv({ KLINIK_DEPLOYMENT: 'local', PAYLOAD_SECRET: secret, CMS_PUBLIC_URL: 'https://cms.example.com', COOKIE_SECURE: 'false' }).secureCookies,
    ).toBe(false)
  })
})

describe('chooseDatabase', () => {
  it('picks MongoDB for mongodb:// and mongodb+srv:// URIs', () => {
    expect(chooseDatabase('mongodb://mongo:27017/klinik?replicaSet=rs0')).toEqual({ kind: 'mongodb', url: 'mongodb://mongo:27017/klinik?replicaSet=rs0' })
    expect(chooseDatabase('mongodb+srv://user:pw@cluster.example.net/klinik').kind).toBe('mongodb')
  })

  it('picks SQLite for file: URIs, relative to the CMS app', () => {
    const choice = chooseDatabase('file:./data/other.db')
    expect(choice).toEqual({ kind: 'sqlite', file: path.join(path.dirname(defaultSqliteFile), 'other.db') })
  })

  it('refuses anything else, naming DATABASE_URI', () => {
    expect(() => chooseDatabase('postgres://localhost/klinik')).toThrow(/DATABASE_URI must start with/)
    expect(() => chooseDatabase('file:')).toThrow(/DATABASE_URI/)
  })
})

describe('turbo passes every variable through', () => {
  it('lists each variable the CMS reads (strict mode drops the others: SMTP_HOST from the environment once gave no mail at all)', () => {
    const turbo = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../../turbo.json'), 'utf8')) as { globalPassThroughEnv: string[] }
    expect(cmsEnvironmentVariables).toContain('SMTP_HOST')
    expect(cmsEnvironmentVariables.filter((name) => !turbo.globalPassThroughEnv.includes(name))).toEqual([])
  })
})
