import { readFileSync } from 'node:fs'
import path from 'node:path'

import { webEnv, webEnvironmentVariables } from './env'

const local = { KLINIK_DEPLOYMENT: 'local' }
const shared = { REVALIDATE_SECRET: 'r'.repeat(24), PREVIEW_SECRET: 'p'.repeat(24), INTAKE_SECRET: 'i'.repeat(24) }

describe('webEnv', () => {
  it('defaults to the local CMS and site', () => {
    expect(webEnv(local)).toEqual({
      deployment: 'local',
      cmsUrl: 'http://localhost:3001',
      cmsPublicUrl: 'http://localhost:3001',
      siteUrl: 'http://localhost:3000',
      revalidateSecret: undefined,
      previewSecret: undefined,
      intakeSecret: undefined,
      clientIpHeader: 'x-klinik-client-ip',
      patientAddressHeader: 'x-forwarded-for',
      bookingMinFillSeconds: 3,
    })
  })

  it('reads the booking settings and counts empty values as unset', () => {
    const env = webEnv({
      ...local,
      INTAKE_SECRET: 'a-shared-intake-secret',
      PATIENT_ADDRESS_HEADER: 'X-Real-IP',
      BOOKING_MIN_FILL_SECONDS: '5',
      PREVIEW_SECRET: '',
    })
    expect(env).toMatchObject({ intakeSecret: 'a-shared-intake-secret', patientAddressHeader: 'x-real-ip', bookingMinFillSeconds: 5, previewSecret: undefined })
    expect(() => webEnv({ ...local, BOOKING_MIN_FILL_SECONDS: 'soon' })).toThrow('Invalid environment: BOOKING_MIN_FILL_SECONDS')
    expect(() => webEnv({ ...local, PATIENT_ADDRESS_HEADER: 'x real ip' })).toThrow('Invalid environment: PATIENT_ADDRESS_HEADER')
  })

  it('names the variable that is wrong', () => {
    expect(() => webEnv({ ...local, CMS_URL: 'cms' })).toThrow('Invalid environment: CMS_URL must be an absolute URL')
    expect(() => webEnv({ ...local, REVALIDATE_SECRET: 'short' })).toThrow('Invalid environment: REVALIDATE_SECRET')
  })

  it('needs KLINIK_DEPLOYMENT, local or proxied', () => {
    expect(() => webEnv({})).toThrow(/^Invalid environment: KLINIK_DEPLOYMENT is missing or unknown: set local .* or proxied/)
    expect(() => webEnv({ KLINIK_DEPLOYMENT: 'prod' })).toThrow('Invalid environment: KLINIK_DEPLOYMENT')
  })

  it('proxied: the shared secrets are required and the patient address comes from the proxy header', () => {
    const proxied = { KLINIK_DEPLOYMENT: 'proxied', PATIENT_ADDRESS_HEADER: 'X-Real-IP', ...shared }
    expect(webEnv(proxied)).toMatchObject({ deployment: 'proxied', patientAddressHeader: 'x-real-ip' })
    expect(() => webEnv({ ...proxied, PATIENT_ADDRESS_HEADER: '' })).toThrow(
      'Invalid environment: PATIENT_ADDRESS_HEADER is required with KLINIK_DEPLOYMENT=proxied',
    )
    for (const name of Object.keys(shared)) {
      expect(() => webEnv({ ...proxied, [name]: '' })).toThrow(`Invalid environment: ${name} is required with KLINIK_DEPLOYMENT=proxied`)
    }
    expect(() => webEnv({ ...proxied, PATIENT_ADDRESS_HEADER: 'x-forwarded-for' })).toThrow(
      'Invalid environment: PATIENT_ADDRESS_HEADER must name the header the reverse proxy overwrites',
    )
  })

  it('trims trailing slashes', () => {
    expect(webEnv({ ...local, WEB_PUBLIC_URL: 'https://klinik.example/' }).siteUrl).toBe('https://klinik.example')
  })
})

describe('turbo passes every variable through', () => {
  it('lists each variable the site reads', () => {
    const turbo = JSON.parse(readFileSync(path.resolve(__dirname, '../../../../turbo.json'), 'utf8')) as { globalPassThroughEnv: string[] }
    expect(webEnvironmentVariables).toContain('INTAKE_SECRET')
    expect(webEnvironmentVariables.filter((name) => !turbo.globalPassThroughEnv.includes(name))).toEqual([])
  })
})
