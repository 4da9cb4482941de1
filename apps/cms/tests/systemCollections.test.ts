/**
 * Payload's own collections (jobs, migrations, preferences, document locks) hold internal
 * data: nobody outside the admins reads the jobs queue or the migrations, and nobody writes
 * them through the API.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

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

const token = (actor: 'anonymous' | Role) => (actor === 'anonymous' ? undefined : accounts[actor].token)

describe.each(['anonymous', 'editor', 'staff'] as const)('%s', (actor) => {
  it('cannot read payload-jobs', async () => {
    const response = await cms.rest('GET', '/payload-jobs', { token: token(actor) })
    expect(response.status).toBe(403)
  })

  it.each(['payload-kv', 'payload-locked-documents'])('cannot read %s', async (collection) => {
    const response = await cms.rest('GET', `/${collection}`, { token: token(actor) })
    if (response.ok) {
      // Payload's lock list is readable by signed-in users (it shows who edits what); it must
      // hold nothing for someone who edits nothing.
      const body = (await response.json()) as { docs: unknown[] }
      expect([collection, actor, body.docs]).toEqual([collection, actor, []])
    } else {
      expect(response.status).toBeGreaterThanOrEqual(400)
      expect(response.status).toBeLessThan(500)
    }
  })

  it('gets nothing from payload-migrations', async () => {
    // Payload exposes no REST route for it (answers 501 Not Implemented).
    const response = await cms.rest('GET', '/payload-migrations', { token: token(actor) })
    expect(response.ok).toBe(false)
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
    await cms.rest('POST', '/payload-preferences/list-columns', { token: accounts.admin.token, json: { value: { columns: ['title'] } } })
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

describe('admin', () => {
  it('can read the jobs queue', async () => {
    const response = await cms.rest('GET', '/payload-jobs', { token: accounts.admin.token })
    expect(response.status).toBe(200)
  })
})
