import { webEnv } from './env'

describe('webEnv', () => {
  it('defaults to the local CMS and site', () => {
    expect(webEnv({})).toEqual({
      cmsUrl: 'http://localhost:3001',
      cmsPublicUrl: 'http://localhost:3001',
      siteUrl: 'http://localhost:3000',
      revalidateSecret: undefined,
      previewSecret: undefined,
    })
  })

  it('names the variable that is wrong', () => {
    expect(() => webEnv({ CMS_URL: 'cms' })).toThrow('Invalid environment: CMS_URL must be an absolute URL')
    expect(() => webEnv({ REVALIDATE_SECRET: 'short' })).toThrow('Invalid environment: REVALIDATE_SECRET')
  })

  it('trims trailing slashes', () => {
    expect(webEnv({ WEB_PUBLIC_URL: 'https://klinik.example/' }).siteUrl).toBe('https://klinik.example')
  })
})
