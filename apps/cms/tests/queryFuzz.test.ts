/**
 * Property-based: thousands of generated REST queries over every collection and global, as an
 * anonymous visitor and as staff, with every operator, nested and/or, sort, select, populate,
 * joins, depth, paging, locales and versions, and with operands of the wrong shape (objects,
 * lists, numbers where dates belong). Not one may answer 5xx. Fixed seed: a failure repeats.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { stringify } from 'qs-esm'
import { validOperators } from 'payload/shared'

import { createBooking } from './helpers/bookings'
import { startTestCms, type TestCms } from './helpers/testPayload'
import { signInEveryRole } from './helpers/users'

let cms: TestCms
let staffToken = ''
let treatmentId = ''

beforeAll(async () => {
  cms = await startTestCms()
  const { payload } = cms
  const contraindication = await payload.create({
    collection: 'contraindications',
    locale: 'tr',
    data: { name: 'Gebelik', severity: 'absolute', screeningQuestion: 'Hamile misiniz?', _status: 'published' },
  })
  const treatment = await payload.create({
    collection: 'treatments',
    locale: 'tr',
    data: { title: 'Saç Mezoterapisi', contraindications: [contraindication.id], _status: 'published' },
  })
  treatmentId = String(treatment.id)
  await payload.create({
    collection: 'faqs',
    locale: 'tr',
    data: { question: 'Kaç seans?', answer: 'Dört ila altı.', category: 'general', treatments: [treatment.id], _status: 'published' },
  })
  await createBooking(payload, treatmentId)
  staffToken = (await signInEveryRole(payload)).staff.token
})
afterAll(async () => {
  await cms?.cleanup()
})

/** Mostly a well-formed value, sometimes anything. */
const mostly = <T>(good: fc.Arbitrary<T>, odd: fc.Arbitrary<unknown>) => fc.oneof({ weight: 24, arbitrary: good }, { weight: 1, arbitrary: odd })

const collections = ['treatments', 'faqs', 'contraindications', 'media', 'users', 'bookings', 'payload-jobs', 'payload-preferences', 'nonexistent']
const paths = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...collections).map((slug) => `/${slug}`) },
  fc.constantFrom('treatments', 'faqs', 'contraindications', 'bookings', 'media').map((slug) => `/${slug}/versions`),
  fc.constantFrom('clinic-settings', 'home-page', 'nonexistent').chain((slug) => fc.constantFrom(`/globals/${slug}`, `/globals/${slug}/versions`)),
  fc.constantFrom('/treatments/', '/faqs/', '/bookings/').chain((prefix) =>
    fc.oneof(
      fc.constant(`${prefix}${treatmentId}`),
      fc.uuid().map((id) => `${prefix}${id}`),
      fc.string({ maxLength: 12 }).map((id) => `${prefix}${encodeURIComponent(id)}`),
    ),
  ),
  fc.constantFrom('/media/file/', '/bookings/export').chain((prefix) => fc.string({ maxLength: 10 }).map((tail) => `${prefix}${encodeURIComponent(tail)}`)),
)

const fieldPaths = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.constantFrom(
      'title',
      'slug',
      '_status',
      'createdAt',
      'order',
      'category',
      'severity',
      'status',
      'contraindications.name',
      'sessionPlan.sessionsMin',
    ),
  },
  fc.constantFrom(
    'id',
    'title',
    'slug',
    'summary',
    'createdAt',
    'updatedAt',
    '_status',
    'order',
    'severity',
    'category',
    'question',
    'name',
    'sessionPlan.sessionsMin',
    'sessionPlan.sessionMinutes',
    'contraindications',
    'contraindications.name',
    'contraindications.treatments',
    'contraindications.treatments.title',
    'faqs.question',
    'treatments.title',
    'heroImage',
    'heroImage.alt',
    'previousSlugs.slug',
    'version.title',
    'version._status',
    'parent',
    'latest',
    'fullName',
    'phone',
    'status',
    'preferredDates.date',
    'reference',
    'contraindicationFlag',
    'email',
    'role',
    'filesize',
    'alt',
    'seo.title',
    'privacyNoticeVersion',
  ),
  fc.stringMatching(/^[a-z_]{1,8}(\.[a-z_]{1,8}){0,2}$/),
)
const scalar = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('', 'true', 'false', '1', '-1', '1e20', 'NaN', '2026-11-29', '2026-13-45', 'not-a-date', '1,2', '00000000-0000-0000-0000-000000000000'),
  fc.integer().map(String),
)
/** What a field's value usually looks like in a query: most generated queries should get past the gate. */
const plausible = fc.constantFrom(
  'Saç',
  'mezoterapi',
  'published',
  'draft',
  'general',
  'absolute',
  'new',
  '2026-11-29',
  '2025-01-01T00:00:00.000Z',
  '3',
  '0',
  'true',
  'false',
)
const operand = fc.oneof(
  { weight: 8, arbitrary: plausible },
  { weight: 4, arbitrary: scalar },
  { weight: 1, arbitrary: fc.array(scalar, { maxLength: 3 }) },
  { weight: 1, arbitrary: fc.dictionary(fc.string({ minLength: 1, maxLength: 4 }), scalar, { maxKeys: 2 }) },
  { weight: 1, arbitrary: fc.array(fc.dictionary(fc.constantFrom('x', 'equals', 'in'), scalar, { maxKeys: 2 }), { maxLength: 2 }) },
)
const everydayOperators = validOperators.filter((name) => !['near', 'within', 'intersects', 'all'].includes(name))
const operator = fc.oneof(
  { weight: 24, arbitrary: fc.constantFrom(...everydayOperators) },
  { weight: 3, arbitrary: fc.constantFrom(...validOperators) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
)

const { where } = fc.letrec<{ where: Record<string, unknown>; condition: Record<string, unknown> }>((tie) => ({
  condition: fc.dictionary(operator, operand, { minKeys: 1, maxKeys: 2 }),
  where: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.dictionary(fieldPaths, fc.oneof({ weight: 12, arbitrary: tie('condition') }, { weight: 1, arbitrary: scalar }), { minKeys: 1, maxKeys: 2 }),
    fc.record({ and: fc.array(tie('where'), { maxLength: 3 }) }),
    fc.record({ or: fc.array(tie('where'), { maxLength: 3 }) }),
  ),
})) as unknown as { where: fc.Arbitrary<Record<string, unknown>> }

const flags = fc.dictionary(
  fc.constantFrom('title', 'slug', 'faqs', 'contraindications', 'heroImage', 'x', '__proto__'),
  mostly(fc.constantFrom('true', 'false', '1'), fc.dictionary(fc.constantFrom('name', 'url'), fc.constantFrom('true', 'x'), { maxKeys: 1 })),
  { maxKeys: 3 },
)
const joins = fc.oneof(
  fc.constant('false'),
  fc.dictionary(
    fc.constantFrom('faqs', 'treatments', 'x'),
    fc.oneof(
      fc.constant('false'),
      fc.record(
        {
          limit: mostly(fc.constantFrom('1', '5', '100000'), scalar),
          page: mostly(fc.constant('1'), scalar),
          sort: mostly(fc.constantFrom('title', '-createdAt'), fc.dictionary(fc.string({ maxLength: 2 }), scalar, { maxKeys: 1 })),
          where,
        },
        { requiredKeys: [] },
      ),
    ),
    { maxKeys: 2 },
  ),
)
const query = fc.record(
  {
    where,
    sort: mostly(
      fc.constantFrom('title', '-createdAt', 'order', '-version.updatedAt', 'title,-slug'),
      fc.oneof(scalar, fc.array(scalar, { maxLength: 2 }), fc.dictionary(fc.string({ maxLength: 2 }), scalar, { maxKeys: 1 })),
    ),
    select: flags,
    populate: fc.oneof(flags, fc.dictionary(fc.constantFrom('media', 'faqs'), flags, { maxKeys: 1 })),
    joins,
    depth: mostly(fc.constantFrom('0', '1', '2', '3', '12', '100'), scalar),
    limit: mostly(fc.constantFrom('0', '1', '10', '100000'), scalar),
    page: mostly(fc.constantFrom('1', '2', '999999'), scalar),
    locale: mostly(fc.constantFrom('tr', 'en', 'all'), fc.constantFrom('xx', '', '*')),
    'fallback-locale': fc.constantFrom('none', 'tr', 'null', 'xx'),
    draft: mostly(fc.constantFrom('true', 'false'), scalar),
    pagination: mostly(fc.constantFrom('true', 'false'), scalar),
    trash: fc.constantFrom('true', 'false'),
  },
  { requiredKeys: [] },
)

describe('generated REST queries', () => {
  it('never answer 5xx, as an anonymous visitor or as staff (5,200 queries)', async () => {
    const statuses = new Map<number, number>()
    const failures: string[] = []
    await fc
      .assert(
        fc.asyncProperty(paths, query, fc.boolean(), async (path, params, asStaff) => {
          const search = stringify(params, { encodeValuesOnly: true })
          const response = await cms.rest('GET', `${path}${search ? `?${search}` : ''}`, asStaff ? { token: staffToken } : {})
          statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1)
          const text = await response.text()
          if (response.status >= 500) failures.push(`${response.status} ${asStaff ? 'staff' : 'anonymous'} ${path}?${decodeURIComponent(search)}`)
          expect(text).not.toMatch(/\bat [\w.<>]+ \(.*:\d+:\d+\)/)
          return response.status < 500
        }),
        { seed: Number(process.env.QUERY_FUZZ_SEED ?? 20261129), numRuns: 5_200, endOnFailure: false },
      )
      .catch((error: unknown) => {
        throw new Error(`${failures.slice(0, 10).join('\n')}\n${error instanceof Error ? error.message.slice(0, 2000) : String(error)}`)
      })
    console.log(`generated REST queries by status: ${JSON.stringify(Object.fromEntries([...statuses].sort(([a], [b]) => a - b)))}`)
    expect([...statuses.values()].reduce((sum, count) => sum + count, 0)).toBeGreaterThanOrEqual(5_000)
  }, 600_000)
})
