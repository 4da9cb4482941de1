/**
 * Requests anybody can send to the public API. None may answer 500 or show a stack trace;
 * a bad query gets a 4xx (or is ignored) and changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { stringify } from 'qs-esm'

import { startTestCms, type TestCms } from './helpers/testPayload'
import { signInEveryRole, type Role } from './helpers/users'

let cms: TestCms
let tokens: Record<Role, string>

beforeAll(async () => {
  cms = await startTestCms()
  await cms.payload.create({ collection: 'treatments', locale: 'tr', data: { title: 'Mezoterapi', _status: 'published' } })
  const accounts = await signInEveryRole(cms.payload)
  tokens = { admin: accounts.admin.token, editor: accounts.editor.token, staff: accounts.staff.token }
})
afterAll(async () => {
  await cms?.cleanup()
})

const hostile = [
  '/treatments?where[title][near]=1,2',
  '/treatments?limit=-5&page=-1',
  '/treatments?limit=abc&page=xyz',
  '/treatments?page=0',
  '/treatments?where[createdAt][greater_than]=notadate',
  '/treatments?where[updatedAt][less_than]=2026-13-45',
  '/treatments?where[contraindications][equals]=00000000-0000-0000-0000-000000000000',
  '/treatments?where[contraindications][in]=not-a-uuid',
  '/treatments?where[heroImage][equals]=999999',
  '/treatments?where[id][equals]=not-a-uuid',
  '/treatments/not-a-uuid',
  '/treatments/00000000-0000-0000-0000-000000000000',
  '/treatments?where[nonexistent][equals]=1',
  '/treatments?where[title][like]=%25%27%22;--',
  '/treatments?where[title][in]=',
  '/treatments?where[sessionPlan.sessionsMin][greater_than]=abc',
  '/treatments?sort=nonexistent',
  '/treatments?sort=-title,password',
  '/treatments?locale=xx',
  '/treatments?locale=all&fallback-locale=xx',
  '/treatments?depth=1000',
  '/treatments?select[title]=true&select[__proto__]=true',
  '/treatments?where[__proto__][polluted]=1',
  '/treatments?where[or][0][and][0][or][0][title][equals]=x',
  '/faqs?where[treatments][equals]=00000000-0000-0000-0000-000000000000',
  '/faqs?where[order][equals]=abc',
  '/contraindications?where[severity][equals]=nonsense',
  '/media?where[filesize][greater_than]=abc',
  '/users?where[email][equals]=x',
  '/users/me',
  '/globals/clinic-settings?locale=xx',
  '/globals/nonexistent',
  '/nonexistent',
]

describe('hostile anonymous queries', () => {
  it.each(hostile)('%s answers without a server error', async (path) => {
    const response = await cms.rest('GET', path)
    const text = await response.text()
    expect([path, response.status < 500]).toEqual([path, true])
    expect(text).not.toMatch(/\bat [\w.<>]+ \(.*:\d+:\d+\)/)
  })

  it('explains a bad date or a location search in the asker’s language', async () => {
    for (const [path, language, expected] of [
      ['/treatments?where[createdAt][greater_than]=notadate', 'en', '"createdAt" needs a valid date.'],
      ['/treatments?where[createdAt][greater_than]=notadate', 'tr', '"createdAt" için geçerli bir tarih gerekir.'],
      ['/treatments?where[title][near]=1,2', 'en', '"title" cannot be searched by location.'],
    ] as const) {
      const response = await cms.rest('GET', path, { headers: { 'Accept-Language': language } })
      expect(response.status).toBe(400)
      const body = (await response.json()) as { errors: { message: string }[] }
      expect(body.errors[0].message).toBe(expected)
    }
  })

  it('still answers a valid date query', async () => {
    const response = await cms.rest('GET', '/treatments?where[createdAt][greater_than]=2020-01-01')
    expect(response.status).toBe(200)
    expect(((await response.json()) as { totalDocs: number }).totalDocs).toBe(1)
  })

  it('lets through queries built as Payload’s REST docs show (qs-esm, as the site builds its reads)', async () => {
    const queries = [
      { locale: 'tr', where: { and: [{ title: { exists: true } }, { slug: { exists: true } }] }, depth: 1, limit: 100, sort: 'title' },
      { locale: 'tr', 'fallback-locale': 'none', where: { slug: { equals: 'mezoterapi' } }, depth: 2, limit: 1 },
      {
        locale: 'tr',
        'fallback-locale': 'none',
        where: { 'previousSlugs.slug': { equals: 'eski-ad' } },
        depth: 0,
        limit: 1,
        select: { slug: true, title: true },
      },
      { locale: 'all', depth: 0, limit: 100, page: 1, select: { slug: true, previousSlugs: true } },
    ]
    const found = []
    for (const query of queries) {
      const response = await cms.rest('GET', `/treatments${stringify(query, { addQueryPrefix: true })}`)
      expect([query, response.status]).toEqual([query, 200])
      found.push(((await response.json()) as { totalDocs: number }).totalDocs)
    }
    // The conditions were applied, not dropped: the renamed-slug search finds nothing.
    expect(found).toEqual([1, 1, 0, 1])
  })

  it('caps the page size for anonymous readers', async () => {
    for (const query of ['limit=0', 'pagination=false', 'limit=100000']) {
      const response = await cms.rest('GET', `/treatments?${query}`)
      expect(response.status).toBe(200)
      const body = (await response.json()) as { limit: number }
      expect([query, body.limit]).toEqual([query, expect.any(Number)])
      expect(body.limit).toBeGreaterThan(0)
      expect(body.limit).toBeLessThanOrEqual(100)
    }
  })

  it('never drops related documents when it fills in a read (the cap is for what the asker lists)', async () => {
    const related = []
    for (let index = 0; index < 12; index += 1) {
      related.push(
        await cms.payload.create({
          collection: 'contraindications',
          locale: 'tr',
          data: { name: `Durum ${index}`, severity: 'caution', screeningQuestion: `Soru ${index}?`, _status: 'published' },
        }),
      )
    }
    const treatment = await cms.payload.create({
      collection: 'treatments',
      locale: 'tr',
      data: { title: 'Çok koşullu uygulama', contraindications: related.map((doc) => doc.id), _status: 'published' },
    })
    const response = await cms.rest('GET', `/treatments/${treatment.id}?depth=1&locale=tr`)
    const body = (await response.json()) as { contraindications: unknown[] }
    expect(body.contraindications).toHaveLength(12)
    expect(body.contraindications.every((entry) => typeof entry === 'object')).toBe(true)
  })

  it.each(['POST', 'PATCH', 'DELETE'] as const)('%s with a malformed body answers 4xx', async (method) => {
    const response = await cms.rest(method, method === 'POST' ? '/treatments' : '/treatments/not-a-uuid', {
      headers: { 'Content-Type': 'application/json' },
    })
    expect(response.status).toBeGreaterThanOrEqual(400)
    expect(response.status).toBeLessThan(500)
  })
})

/**
 * Odd operands that reached the database adapter and answered 500 (with the SQL and its
 * parameters in the log), for anonymous visitors and signed-in staff and editors alike.
 */
const oddOperands = [
  '/treatments?where[title][equals][x]=1',
  '/treatments?page=1e20',
  '/treatments?limit=1e20',
  '/treatments?where[createdAt][greater_than][0]=2020-01-01&where[createdAt][greater_than][1]=x',
  '/treatments?where[contraindications.treatments.title][equals]=x',
  '/treatments?where[title][in][0][x]=1',
  '/treatments?where[title][not_in][0][x]=1',
  '/treatments?where[title][all][0][x]=1',
  '/treatments?where[title][all]=0',
  '/treatments?where[title][contains][x]=1',
  '/treatments?where[createdAt][contains]=x',
  '/treatments?sort[x]=1',
  '/treatments?joins[faqs][sort][x]=1',
  '/contraindications?joins[treatments][sort]=title',
  '/treatments/versions?where[version.title][equals][x]=1',
  '/bookings?where[fullName][equals][x]=1',
  '/bookings?where[preferredDates.date][greater_than][0]=x',
  '/bookings?where[status][in][0][x]=1',
  '/media/file/x%00.png',
  '/media/file/missing.png',
  '/globals/clinic-settings/versions',
  '/bookings/versions',
]

describe('odd operands and paths, for every kind of reader', () => {
  it.each(['anonymous', 'staff', 'editor', 'admin'] as const)('answer 4xx with a readable message, never 500 (%s)', async (reader) => {
    for (const path of oddOperands) {
      const response = await cms.rest('GET', path, reader === 'anonymous' ? {} : { token: tokens[reader] })
      const body = (await response.json().catch(() => null)) as { errors?: { message: string }[] } | null
      expect([path, response.status >= 400 && response.status < 500]).toEqual([path, true])
      expect([path, typeof body?.errors?.[0]?.message]).toEqual([path, 'string'])
    }
  })

  it('names the parameter it cannot read, in the asker’s language', async () => {
    const refused = async (language: string) =>
      (await (await cms.rest('GET', '/treatments?where[title][equals][x]=1', { headers: { 'Accept-Language': language } })).json()) as {
        errors: { message: string }[]
      }
    expect((await refused('en')).errors[0].message).toBe('The query\'s "where[title][equals]" cannot be read; please correct its value.')
    expect((await refused('tr')).errors[0].message).toBe('Sorgudaki "where[title][equals]" okunamadı; lütfen değerini düzeltin.')
  })
})

describe('bodies', () => {
  it('refuses a sign-in body declared at 100 MB before reading it, and a 3 MB body sent without a length while reading it', async () => {
    const declared = await cms.rest('POST', '/users/login', {
      headers: { 'Content-Length': String(100 * 1024 * 1024), 'Accept-Language': 'en' },
      json: { email: 'a@b.c', password: 'x' },
    })
    expect(declared.status).toBe(413)
    expect(await declared.json()).toEqual({ errors: [{ message: 'What was sent is too large for this request.' }] })
    const chunk = new TextEncoder().encode(' '.repeat(64 * 1024))
    let sent = 0
    const streamed = new Request('http://localhost:3001/api/users/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: new ReadableStream({
        pull(controller) {
          sent += chunk.byteLength
          if (sent > 3 * 1024 * 1024) controller.close()
          else controller.enqueue(chunk)
        },
      }),
      duplex: 'half',
    } as RequestInit)
    const { restGate } = await import('../src/http/restQueryGate')
    const { default: config } = await import('../src/payload.config')
    const gated = await restGate(streamed, await config)
    expect(gated).toBeInstanceOf(Response)
    expect((gated as Response).status).toBe(413)
    expect(sent).toBeLessThan(2.5 * 1024 * 1024)
  })
})
