/**
 * Several people saving at the same moment on the embedded SQLite database: each write waits
 * its turn instead of failing with SQLITE_BUSY (a 500 for whoever loses).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { createBooking } from './helpers/bookings'
import { startTestCms, type TestCms } from './helpers/testPayload'
import { signInEveryRole, type Role, type SignedIn } from './helpers/users'

let cms: TestCms
let accounts: Record<Role, SignedIn>

beforeAll(async () => {
  cms = await startTestCms()
  accounts = await signInEveryRole(cms.payload)
})
afterAll(async () => {
  await cms?.cleanup()
})

describe('concurrent writes on SQLite', () => {
  it('eight editors publishing and eight staff updates at once all succeed', async () => {
    const treatments = await Promise.all(
      Array.from({ length: 8 }, (_, index) =>
        cms.payload.create({ collection: 'treatments', locale: 'tr', data: { title: `Eşzamanlı ${index}`, _status: 'published' } }),
      ),
    )
    const bookings = []
    for (let index = 0; index < 8; index += 1) bookings.push(await createBooking(cms.payload, String(treatments[0].id)))
    const responses = await Promise.all([
      ...treatments.map((doc, index) =>
        cms.rest('PATCH', `/treatments/${doc.id}?locale=tr`, { token: accounts.editor.token, json: { summary: `Özet ${index}`, _status: 'published' } }),
      ),
      ...bookings.map((doc, index) => cms.rest('PATCH', `/bookings/${doc.id}`, { token: accounts.staff.token, json: { notes: [{ text: `Not ${index}` }] } })),
    ])
    expect(responses.map((response) => response.status)).toEqual(Array(16).fill(200))
    const saved = await cms.payload.find({ collection: 'treatments', where: { summary: { like: 'Özet' } }, locale: 'tr', limit: 20 })
    expect(saved.totalDocs).toBe(8)
  })
})
