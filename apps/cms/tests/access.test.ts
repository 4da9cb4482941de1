/**
 * The content access matrix: every actor × collection × operation, through the Local API
 * with overrideAccess: false and through REST. A refused operation must also leave the
 * data unchanged; a refused read must not reveal drafts.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { CollectionSlug } from 'payload'

import { tinyPng } from './helpers/png'
import { startTestCms, type TestCms } from './helpers/testPayload'
import { signInEveryRole, type Role, type SignedIn } from './helpers/users'

type Actor = 'anonymous' | Role
type Op = 'create' | 'read' | 'update' | 'delete'
type Channel = 'local' | 'rest'
/** What a read returns: everything, only published documents, only the actor's own record, or a refusal. */
type ReadScope = 'all' | 'published' | 'own' | 'none'
type Collection = 'treatments' | 'faqs' | 'contraindications' | 'media' | 'users'

type Rule = { create: Actor[]; update: Actor[]; delete: Actor[]; read: Record<Actor, ReadScope> }

const editors: Actor[] = ['editor', 'admin']
const contentRule: Rule = {
  create: editors,
  update: editors,
  delete: editors,
  read: { anonymous: 'published', editor: 'all', staff: 'all', admin: 'all' },
}

const matrix: Record<Collection, Rule> = {
  treatments: contentRule,
  faqs: contentRule,
  contraindications: contentRule,
  media: { create: editors, update: editors, delete: editors, read: { anonymous: 'all', editor: 'all', staff: 'all', admin: 'all' } },
  // update/delete are tried on somebody else's account; updating yourself is tested below.
  users: { create: ['admin'], update: ['admin'], delete: ['admin'], read: { anonymous: 'none', editor: 'own', staff: 'own', admin: 'all' } },
}

const actors: Actor[] = ['anonymous', 'editor', 'staff', 'admin']
const ops: Op[] = ['create', 'read', 'update', 'delete']
const channels: Channel[] = ['local', 'rest']
const versioned = new Set<Collection>(['treatments', 'faqs', 'contraindications'])

let cms: TestCms
let accounts: Record<Role, SignedIn>
let png: Buffer
let serial = 0

function newData(collection: Collection, status: 'draft' | 'published' = 'published'): Record<string, unknown> {
  serial += 1
  switch (collection) {
    case 'treatments':
      return { title: `Tedavi ${serial}`, summary: 'Özet', _status: status }
    case 'faqs':
      return { question: `Soru ${serial}?`, answer: 'Yanıt.', category: 'general', _status: status }
    case 'contraindications':
      return { name: `Durum ${serial}`, severity: 'caution', _status: status }
    case 'media':
      return { alt: `Görsel ${serial}` }
    case 'users':
      return { email: `user${serial}@test.klinik`, password: 'a-long-password-1', role: 'staff' }
  }
}

const changeFor: Record<Collection, { field: string; value: unknown }> = {
  treatments: { field: 'summary', value: 'Changed summary' },
  faqs: { field: 'answer', value: 'Changed answer.' },
  contraindications: { field: 'explanation', value: 'Changed explanation.' },
  media: { field: 'alt', value: 'Changed alt' },
  users: { field: 'name', value: 'Changed Name' },
}

/** Creates a fixture as the system (no access checks). */
async function fixture(collection: Collection, status: 'draft' | 'published' = 'published') {
  const { payload } = cms
  const doc = await payload.create({
    collection,
    data: newData(collection, status) as never,
    draft: status === 'draft',
    ...(collection === 'media' ? { file: { data: png, mimetype: 'image/png', name: 'fixture.png', size: png.length } } : {}),
  })
  return String(doc.id)
}

async function readAsSystem(collection: Collection, id: string) {
  const found = await cms.payload.find({ collection, where: { id: { equals: id } }, draft: true, depth: 0 })
  return found.docs[0] as unknown as Record<string, unknown> | undefined
}

const actorUser = (actor: Actor) => (actor === 'anonymous' ? undefined : accounts[actor].user)
const actorToken = (actor: Actor) => (actor === 'anonymous' ? undefined : accounts[actor].token)

/** Runs one operation; returns the ids it could see for reads, or whether it went through. */
async function attempt(channel: Channel, actor: Actor, collection: Collection, op: Op, id?: string): Promise<{ ok: boolean; ids?: string[] }> {
  const { payload, rest } = cms
  if (channel === 'local') {
    const base = { collection: collection as CollectionSlug, overrideAccess: false, user: actorUser(actor), depth: 0 } as const
    try {
      if (op === 'create') {
        const file = collection === 'media' ? { file: { data: png, mimetype: 'image/png', name: 'new.png', size: png.length } } : {}
        await payload.create({ ...base, data: newData(collection) as never, ...file })
      } else if (op === 'read') {
        const found = await payload.find({ ...base, limit: 1000 })
        return { ok: true, ids: found.docs.map((doc) => String(doc.id)) }
      } else if (op === 'update') {
        const { field, value } = changeFor[collection]
        await payload.update({ ...base, id: id!, data: { [field]: value } as never })
      } else {
        await payload.delete({ ...base, id: id! })
      }
      return { ok: true }
    } catch (error) {
      const status = (error as { status?: number }).status
      if (status === 403 || status === 404 || status === 401) return { ok: false }
      throw error
    }
  }

  const token = actorToken(actor)
  let response: Response
  if (op === 'create') {
    if (collection === 'media') {
      const form = new FormData()
      form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'new.png')
      form.append('_payload', JSON.stringify(newData(collection)))
      response = await rest('POST', `/${collection}`, { token, form })
    } else {
      response = await rest('POST', `/${collection}`, { token, json: newData(collection) })
    }
  } else if (op === 'read') {
    response = await rest('GET', `/${collection}?limit=1000&depth=0`, { token })
    if (response.ok) {
      const body = (await response.json()) as { docs: { id: string }[] }
      return { ok: true, ids: body.docs.map((doc) => String(doc.id)) }
    }
  } else if (op === 'update') {
    const { field, value } = changeFor[collection]
    response = await rest('PATCH', `/${collection}/${id}`, { token, json: { [field]: value } })
  } else {
    response = await rest('DELETE', `/${collection}/${id}`, { token })
  }
  if (response.status >= 500) throw new Error(`REST ${op} ${collection} answered ${response.status}`)
  return { ok: response.ok }
}

beforeAll(async () => {
  cms = await startTestCms()
  accounts = await signInEveryRole(cms.payload)
  png = await tinyPng()
})
afterAll(async () => {
  await cms?.cleanup()
})

const cells = (Object.keys(matrix) as Collection[]).flatMap((collection) =>
  actors.flatMap((actor) => ops.flatMap((op) => channels.map((channel) => ({ collection, actor, op, channel })))),
)

describe.each(cells.map((cell) => [`${cell.collection} · ${cell.actor} · ${cell.op} · ${cell.channel}`, cell] as const))(
  '%s',
  (_name, { collection, actor, op, channel }) => {
    const rule = matrix[collection]

    if (op === 'read') {
      const scope = rule.read[actor]
      it(`reads ${scope}`, async () => {
        const published = await fixture(collection)
        const draft = versioned.has(collection) ? await fixture(collection, 'draft') : undefined
        const result = await attempt(channel, actor, collection, 'read')
        if (scope === 'none') {
          expect(result.ok).toBe(false)
          return
        }
        expect(result.ok).toBe(true)
        const ids = result.ids ?? []
        if (scope === 'own') {
          expect(ids).toEqual([String(accounts[actor as Role].user.id)])
          return
        }
        expect(ids).toContain(published)
        if (draft) {
          if (scope === 'all') expect(ids).toContain(draft)
          else expect(ids).not.toContain(draft)
        }
      })
      return
    }

    const allowed = rule[op].includes(actor)
    it(allowed ? `${op} is allowed` : `${op} is refused and changes nothing`, async () => {
      if (op === 'create') {
        const before = await cms.payload.count({ collection })
        const result = await attempt(channel, actor, collection, op)
        const after = await cms.payload.count({ collection })
        expect(result.ok).toBe(allowed)
        expect(after.totalDocs - before.totalDocs).toBe(allowed ? 1 : 0)
        return
      }
      const id = await fixture(collection)
      const result = await attempt(channel, actor, collection, op, id)
      expect(result.ok).toBe(allowed)
      const stored = await readAsSystem(collection, id)
      if (op === 'delete') {
        expect(stored === undefined).toBe(allowed)
      } else {
        const { field, value } = changeFor[collection]
        expect(stored?.[field] === value).toBe(allowed)
      }
    })
  },
)

describe('users', () => {
  it('lets editors and staff change their own name but never their role', async () => {
    for (const role of ['editor', 'staff'] as const) {
      const { user, token } = accounts[role]
      const response = await cms.rest('PATCH', `/users/${user.id}`, { token, json: { name: `Own ${role}`, role: 'admin' } })
      expect(response.status).toBe(200)
      const stored = await readAsSystem('users', String(user.id))
      expect(stored?.name).toBe(`Own ${role}`)
      expect(stored?.role).toBe(role)
    }
  })
})
