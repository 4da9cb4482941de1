/** Behind https (production), the admin's session cookie is sent only over HTTPS and never to scripts. */
import { afterAll, beforeAll, expect, it } from '@jest/globals'

import { startTestCms, type TestCms } from './helpers/testPayload'

let cms: TestCms

beforeAll(async () => {
  cms = await startTestCms({ CMS_PUBLIC_URL: 'https://cms.klinik.example' })
  await cms.payload.create({ collection: 'users', data: { email: 'admin@test.klinik', password: 'admin-password-123', role: 'admin' } })
})
afterAll(async () => {
  await cms?.cleanup()
})

it('sets the session cookie Secure, HttpOnly and SameSite=Lax', async () => {
  const response = await cms.rest('POST', '/users/login', {
    json: { email: 'admin@test.klinik', password: 'admin-password-123' },
    headers: { 'X-Forwarded-For': '192.0.2.1' },
  })
  expect(response.status).toBe(200)
  const cookie = response.headers.get('set-cookie') ?? ''
  expect(cookie).toMatch(/^payload-token=/)
  expect(cookie).toMatch(/;\s*Secure/i)
  expect(cookie).toMatch(/;\s*HttpOnly/i)
  expect(cookie).toMatch(/;\s*SameSite=Lax/i)
})
