/**
 * Payload's own collections (jobs, migrations, preferences, document locks) hold internal
 * data: nobody outside the admins reads the jobs queue or the migrations, and nobody writes
 * them through the API.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { createBooking } from './helpers/bookings'
import { startTestCms, type TestCms } from './helpers/testPayload'
import { signInEveryRole, type Role, type SignedIn } from './helpers/users'

let cms: TestCms
let accounts: Record<Role, SignedIn>
let treatmentLock: string
let bookingLock: string
let treatmentId: string

beforeAll(async () => {
  cms = await startTestCms()
  accounts = await signInEveryRole(cms.payload)
  // The admin is editing a treatment and a staff member a booking: Payload keeps a lock for each.
  const treatment = await cms.payload.create({ collection: 'treatments', locale: 'tr', data: { title: 'Kilitli tedavi', _status: 'published' } })
  const booking = await createBooking(cms.payload, treatment.id)
  const lock = (document: { relationTo: 'treatments' | 'bookings'; value: string }, user: string) =>
    cms.payload.create({ collection: 'payload-locked-documents', data: { document, user: { relationTo: 'users', value: user } }, overrideAccess: true })
  treatmentLock = (await lock({ relationTo: 'treatments', value: treatment.id }, accounts.admin.user.id)).id
  bookingLock = (await lock({ relationTo: 'bookings', value: booking.id }, accounts.staff.user.id)).id
  treatmentId = treatment.id
})
afterAll(async () => {
  await cms?.cleanup()
})

const token = (actor: 'anonymous' | Role) => (actor === 'anonymous' ? undefined : accounts[actor].token)

describe.each(['anonymous', 'editor', 'staff'] as const)('%s', (actor) => {
  it('sees only the locks of documents it may edit', async () => {
    const response = await cms.rest('GET', '/payload-locked-documents?depth=0', { token: token(actor) })
    if (actor === 'anonymous') return expect(response.status).toBe(403)
    const ids = ((await response.json()) as { docs: { id: string }[] }).docs.map((doc) => doc.id)
    expect(ids).toEqual(actor === 'editor' ? [treatmentLock] : [bookingLock])
  })

  it('cannot read payload-jobs', async () => {
    const response = await cms.rest('GET', '/payload-jobs', { token: token(actor) })
    expect(response.status).toBe(403)
  })

  it('cannot read payload-kv', async () => {
    const response = await cms.rest('GET', '/payload-kv', { token: token(actor) })
    expect(response.status).toBe(403)
  })

  it('gets nothing from payload-migrations', async () => {
    // Payload exposes no REST route for it: 501 Not Implemented.
    const response = await cms.rest('GET', '/payload-migrations', { token: token(actor) })
    expect(response.status).toBe(501)
    expect(await response.text()).not.toContain('_initial')
  })

  it('cannot queue or run jobs', async () => {
    const queued = await cms.rest('POST', '/payload-jobs', { token: token(actor), json: { taskSlug: 'schedulePublish', input: {} } })
    expect(queued.status).toBe(403)
    const run = await cms.rest('GET', '/payload-jobs/run', { token: token(actor) })
    expect(run.status).toBeGreaterThanOrEqual(400)
    expect(run.status).toBeLessThan(500)
  })
})

describe('signed-in users', () => {
  it('see only their own admin preferences', async () => {
    const written = await cms.rest('POST', '/payload-preferences/list-columns', { token: accounts.admin.token, json: { value: { columns: ['title'] } } })
    expect(written.ok).toBe(true)
    const own = await cms.rest('GET', '/payload-preferences/list-columns', { token: accounts.admin.token })
    expect(((await own.json()) as { value: unknown }).value).toEqual({ columns: ['title'] })
    const response = await cms.rest('GET', '/payload-preferences', { token: accounts.editor.token })
    if (response.status === 200) {
      const body = (await response.json()) as { docs: { user: { value: string } | string }[] }
      for (const doc of body.docs) {
        const owner = typeof doc.user === 'string' ? doc.user : doc.user.value
        expect(owner).toBe(String(accounts.editor.user.id))
      }
    } else {
      expect(response.status).toBe(403)
    }
  })
})

describe('document locks', () => {
  const owner = async (id: string) => {
    const lock = await cms.payload.findByID({ collection: 'payload-locked-documents', id, depth: 0, overrideAccess: true, disableErrors: true })
    return lock ? (lock.user as { value: string }).value : null
  }

  it('an editor cannot drop a staff member’s booking lock or take it over', async () => {
    const dropped = await cms.rest('DELETE', `/payload-locked-documents/${bookingLock}`, { token: accounts.editor.token })
    expect(dropped.status).toBeGreaterThanOrEqual(400)
    const taken = await cms.rest('PATCH', `/payload-locked-documents/${bookingLock}`, {
      token: accounts.editor.token,
      json: { user: { relationTo: 'users', value: accounts.editor.user.id } },
    })
    expect(taken.status).toBeGreaterThanOrEqual(400)
    expect(await owner(bookingLock)).toBe(accounts.staff.user.id)
  })

  it('nobody but an admin creates a lock through the API, least of all in another user’s name', async () => {
    for (const role of ['editor', 'staff'] as const) {
      const created = await cms.rest('POST', '/payload-locked-documents', {
        token: accounts[role].token,
        json: { document: { relationTo: 'treatments', value: treatmentId }, user: { relationTo: 'users', value: accounts.admin.user.id } },
      })
      expect(created.status).toBe(403)
    }
    const count = await cms.payload.count({ collection: 'payload-locked-documents', overrideAccess: true })
    expect(count.totalDocs).toBe(2)
  })

  it('an editor takes over a treatment in their own name only, as the admin’s "take over" does', async () => {
    const inAnotherName = await cms.rest('PATCH', `/payload-locked-documents/${treatmentLock}`, {
      token: accounts.editor.token,
      json: { user: { relationTo: 'users', value: accounts.staff.user.id } },
    })
    expect(inAnotherName.status).toBe(403)
    expect(await owner(treatmentLock)).toBe(accounts.admin.user.id)
    const taken = await cms.rest('PATCH', `/payload-locked-documents/${treatmentLock}`, {
      token: accounts.editor.token,
      json: { user: { relationTo: 'users', value: accounts.editor.user.id } },
    })
    expect(taken.status).toBe(200)
    expect(await owner(treatmentLock)).toBe(accounts.editor.user.id)
  })
})

describe('admin', () => {
  it('can read the jobs queue', async () => {
    const response = await cms.rest('GET', '/payload-jobs', { token: accounts.admin.token })
    expect(response.status).toBe(200)
  })
})
