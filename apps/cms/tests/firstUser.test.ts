import { afterAll, beforeAll, expect, it } from '@jest/globals'

import { startTestCms, type TestCms } from './helpers/testPayload'

let cms: TestCms

beforeAll(async () => {
  cms = await startTestCms()
})
afterAll(async () => {
  await cms?.cleanup()
})

it('makes the first account on an empty system an admin, whatever role was sent, and refuses a second first account', async () => {
  const first = await cms.rest('POST', '/users/first-register', {
    json: { email: 'first@test.klinik', password: 'first-password-1', 'confirm-password': 'first-password-1', role: 'editor' },
  })
  expect(first.status).toBe(200)
  const stored = await cms.payload.find({ collection: 'users', where: { email: { equals: 'first@test.klinik' } } })
  expect(stored.docs[0]?.role).toBe('admin')

  const second = await cms.rest('POST', '/users/first-register', {
    json: { email: 'second@test.klinik', password: 'second-password-1', 'confirm-password': 'second-password-1' },
  })
  expect(second.status).toBe(403)
  expect((await cms.payload.count({ collection: 'users' })).totalDocs).toBe(1)
})

it('gives later accounts the role an admin chose, not admin', async () => {
  const user = await cms.payload.create({ collection: 'users', data: { email: 'later@test.klinik', password: 'later-password-1', role: 'staff' } })
  expect(user.role).toBe('staff')
})
