import { webEnv } from './env'

describe('webEnv', () => {
  it('defaults to the local CMS and site', () => {
    expect(webEnv({})).toEqual({
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
    const env = webEnv({ INTAKE_SECRET: 'a-shared-intake-secret', PATIENT_ADDRESS_HEADER: 'X-Real-IP', BOOKING_MIN_FILL_SECONDS: '5', PREVIEW_SECRET: '' })
    expect(env).toMatchObject({ intakeSecret: 'a-shared-intake-secret', patientAddressHeader: 'x-real-ip', bookingMinFillSeconds: 5, previewSecret: undefined })
    expect(() => webEnv({ BOOKING_MIN_FILL_SECONDS: 'soon' })).toThrow('Invalid environment: BOOKING_MIN_FILL_SECONDS')
    expect(() => webEnv({ PATIENT_ADDRESS_HEADER: 'x real ip' })).toThrow('Invalid environment: PATIENT_ADDRESS_HEADER')
  })

  it('names the variable that is wrong', () => {
    expect(() => webEnv({ CMS_URL: 'cms' })).toThrow('Invalid environment: CMS_URL must be an absolute URL')
    expect(() => webEnv({ REVALIDATE_SECRET: 'short' })).toThrow('Invalid environment: REVALIDATE_SECRET')
  })

  it('trims trailing slashes', () => {
    expect(webEnv({ WEB_PUBLIC_URL: 'https://klinik.example/' }).siteUrl).toBe('https://klinik.example')
  })
})
