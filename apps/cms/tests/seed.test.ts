import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { demoUserEmails, seed, type SeedReport } from '../src/seed'
import { startTestCms, type TestCms } from './helpers/testPayload'

let cms: TestCms
let first: SeedReport
const lines: string[] = []

beforeAll(async () => {
  cms = await startTestCms()
  first = await seed(cms.payload, {
    demoUsers: true,
    passwords: { admin: 'admin-pass-123', editor: 'editor-pass-123' },
    log: (line) => lines.push(line),
  })
})
afterAll(async () => {
  await cms?.cleanup()
})

const bothLocales = async (collection: 'treatments' | 'faqs' | 'contraindications', fields: string[]) => {
  const { payload } = cms
  for (const locale of ['tr', 'en'] as const) {
    const { docs } = await payload.find({ collection, locale, fallbackLocale: false, limit: 100, overrideAccess: false })
    for (const doc of docs as unknown as Record<string, unknown>[]) {
      for (const field of fields)
        expect([collection, locale, field, typeof doc[field], String(doc[field]).length > 0]).toEqual([collection, locale, field, 'string', true])
    }
  }
}

describe('seed', () => {
  it('loads published bilingual content that anonymous readers can see in each language', async () => {
    const { payload } = cms
    const anonymous = { overrideAccess: false } as const
    expect((await payload.count({ collection: 'treatments', ...anonymous })).totalDocs).toBeGreaterThanOrEqual(4)
    expect((await payload.count({ collection: 'faqs', ...anonymous })).totalDocs).toBeGreaterThanOrEqual(12)
    expect((await payload.count({ collection: 'contraindications', ...anonymous })).totalDocs).toBeGreaterThanOrEqual(9)
    await bothLocales('treatments', ['title', 'slug', 'summary'])
    await bothLocales('faqs', ['question', 'answer'])
    await bothLocales('contraindications', ['name', 'explanation', 'screeningQuestion'])
  })

  it('covers the overview, face, hair and body treatments with Turkish slugs', async () => {
    const { docs } = await cms.payload.find({ collection: 'treatments', locale: 'tr', limit: 100 })
    const slugs = docs.map((doc) => doc.slug)
    expect(slugs).toEqual(expect.arrayContaining(['mezoterapi', 'sac-mezoterapisi']))
    for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
    for (const doc of docs) {
      expect(doc.contraindications?.length).toBeGreaterThan(0)
      expect(doc.heroImage).toBeTruthy()
    }
  })

  it('gives every contraindication a severity and both severities occur', async () => {
    const { docs } = await cms.payload.find({ collection: 'contraindications', limit: 100 })
    expect(new Set(docs.map((doc) => doc.severity))).toEqual(new Set(['absolute', 'caution']))
  })

  it('fills clinic settings and the home page in both languages', async () => {
    const { payload } = cms
    for (const locale of ['tr', 'en'] as const) {
      const settings = await payload.findGlobal({ slug: 'clinic-settings', locale, fallbackLocale: false })
      expect(settings.name).toBeTruthy()
      expect(settings.address).toBeTruthy()
      expect(settings.phone).toMatch(/^\+90\d{10}$/)
      expect(settings.privacyNoticeVersion).toBeTruthy()
      expect(settings.privacyNotice?.root.children.length).toBeGreaterThan(3)
      expect(settings.openingHours?.every((row) => row.days && row.hours)).toBe(true)
      const home = await payload.findGlobal({ slug: 'home-page', locale, fallbackLocale: false, depth: 1 })
      expect(home.heroHeading).toBeTruthy()
      expect(home.featuredTreatments).toHaveLength(3)
    }
  })

  it('creates the demo accounts with their roles and the given passwords', async () => {
    const { payload } = cms
    for (const [role, email] of Object.entries(demoUserEmails)) {
      const { docs } = await payload.find({ collection: 'users', where: { email: { equals: email } } })
      expect(docs[0]?.role).toBe(role)
    }
    await expect(payload.login({ collection: 'users', data: { email: demoUserEmails.admin, password: 'admin-pass-123' } })).resolves.toHaveProperty('token')
    // The staff password was not given: it was generated and printed once.
    expect(lines.some((line) => line.includes(demoUserEmails.staff) && line.includes('shown once'))).toBe(true)
    expect(lines.some((line) => line.includes('admin-pass-123'))).toBe(false)
  })

  it('changes nothing when run again, and keeps an editor’s change', async () => {
    const { payload } = cms
    const treatment = (await payload.find({ collection: 'treatments', locale: 'tr', limit: 1 })).docs[0]
    await payload.update({ collection: 'treatments', id: treatment.id, locale: 'tr', data: { summary: 'Editörün yazdığı özet' } })

    const snapshot = async () => {
      const result: Record<string, string[]> = {}
      for (const collection of ['treatments', 'faqs', 'contraindications', 'media', 'users'] as const) {
        const { docs } = await payload.find({ collection, limit: 1000, depth: 0, sort: 'createdAt' })
        result[collection] = docs.map((doc) => `${doc.id}@${doc.updatedAt}`)
      }
      for (const slug of ['clinic-settings', 'home-page'] as const) {
        result[slug] = [String((await payload.findGlobal({ slug })).updatedAt)]
      }
      return result
    }
    const before = await snapshot()
    const second = await seed(payload, { demoUsers: true, log: () => {} })
    expect(await snapshot()).toEqual(before)
    for (const [kind, entry] of Object.entries(second)) {
      expect([kind, entry.created]).toEqual([kind, 0])
      expect(entry.present).toBe(first[kind].created + first[kind].present)
    }
    const again = await payload.findByID({ collection: 'treatments', id: treatment.id, locale: 'tr' })
    expect(again.summary).toBe('Editörün yazdığı özet')
  })
})
