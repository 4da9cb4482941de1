import { afterAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { z } from 'zod'

import { EnvError, parseEnv, sharedEnvSchema, sharedSecretNames } from './environment'

const secrets = { REVALIDATE_SECRET: 'r'.repeat(24), PREVIEW_SECRET: 'p'.repeat(24), INTAKE_SECRET: 'i'.repeat(24) }

/** The error parseEnv throws, for a look at the variable it names. */
function refusal(schema: z.ZodType, source: Record<string, string>): EnvError {
  try {
    parseEnv(schema, source)
  } catch (error) {
    if (error instanceof EnvError) return error
    throw error
  }
  throw new Error(`accepted ${JSON.stringify(source)}`)
}

describe('the environment both apps read', () => {
  it.each(sharedSecretNames)('refuses a short %s, naming it', (name) => {
    const error = refusal(sharedEnvSchema, { KLINIK_DEPLOYMENT: 'local', ...secrets, [name]: 'short' })
    expect(error.variable).toBe(name)
    expect(error.message).toBe(`Invalid environment: ${name} must be at least 16 characters long`)
  })

  it.each(sharedSecretNames)('proxied: refuses a missing or empty %s, naming it', (name) => {
    const without: Record<string, string> = { KLINIK_DEPLOYMENT: 'proxied', ...secrets }
    delete without[name]
    for (const source of [without, { ...without, [name]: '' }]) {
      const error = refusal(sharedEnvSchema, source)
      expect(error.variable).toBe(name)
      expect(error.message).toBe(`Invalid environment: ${name} is required with KLINIK_DEPLOYMENT=proxied (the same value in the CMS and the site)`)
    }
  })

  it('locally: the secrets may be missing (their features are off) and proxied accepts all three', () => {
    expect(parseEnv(sharedEnvSchema, { KLINIK_DEPLOYMENT: 'local' })).toEqual({ KLINIK_DEPLOYMENT: 'local' })
    expect(parseEnv(sharedEnvSchema, { KLINIK_DEPLOYMENT: 'proxied', ...secrets })).toEqual({ KLINIK_DEPLOYMENT: 'proxied', ...secrets })
  })

  it('names KLINIK_DEPLOYMENT when it is missing or unknown', () => {
    expect(refusal(sharedEnvSchema, secrets).message).toMatch(/^Invalid environment: KLINIK_DEPLOYMENT is missing or unknown: set local .* or proxied/)
    expect(refusal(sharedEnvSchema, { KLINIK_DEPLOYMENT: 'production' }).variable).toBe('KLINIK_DEPLOYMENT')
  })

  it("keeps the proxied rule in an app's schema that extends it, after the app's own variables", () => {
    const appSchema = sharedEnvSchema.safeExtend({ APP_URL: z.url('must be an absolute URL') })
    expect(refusal(appSchema, { KLINIK_DEPLOYMENT: 'proxied', APP_URL: 'https://a.example' }).variable).toBe('REVALIDATE_SECRET')
    expect(refusal(appSchema, { KLINIK_DEPLOYMENT: 'proxied', APP_URL: 'nowhere' }).variable).toBe('APP_URL')
    expect(parseEnv(appSchema, { KLINIK_DEPLOYMENT: 'proxied', APP_URL: 'https://a.example', ...secrets })).toMatchObject({ APP_URL: 'https://a.example' })
  })
})

describe('the local .env generator and the shared schema', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'klinik-shared-env-'))
  afterAll(() => rmSync(root, { recursive: true, force: true }))

  it('generates the same names the schema reads, with values it accepts, locally and behind the proxy alike', () => {
    mkdirSync(path.join(root, 'packages/config/scripts'), { recursive: true })
    for (const app of ['cms', 'web']) mkdirSync(path.join(root, 'apps', app), { recursive: true })
    const script = path.join(root, 'packages/config/scripts/ensure-local-env.mjs')
    copyFileSync(path.join(__dirname, '../scripts/ensure-local-env.mjs'), script)
    const { PATH, HOME } = process.env
    execFileSync(process.execPath, [script], { env: { PATH, HOME }, encoding: 'utf8' })

    const generatorNames = execFileSync(
      process.execPath,
      ['--input-type=module', '-e', `import { sharedSecretNames } from ${JSON.stringify(script)}; console.log(JSON.stringify(sharedSecretNames))`],
      {
        encoding: 'utf8',
      },
    )
    expect(JSON.parse(generatorNames)).toEqual([...sharedSecretNames])

    for (const app of ['cms', 'web']) {
      const values = Object.fromEntries(
        readFileSync(path.join(root, 'apps', app, '.env'), 'utf8')
          .split('\n')
          .filter((line) => /^[A-Z0-9_]+=/.test(line))
          .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
      )
      const shared = parseEnv(sharedEnvSchema, values)
      expect(shared.KLINIK_DEPLOYMENT).toBe('local')
      for (const name of sharedSecretNames) expect(shared[name]).toEqual(expect.any(String))
      expect(() => parseEnv(sharedEnvSchema, { ...values, KLINIK_DEPLOYMENT: 'proxied' })).not.toThrow()
    }
  })
})
