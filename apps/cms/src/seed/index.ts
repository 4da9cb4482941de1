import { randomBytes } from 'node:crypto'
import type { Payload } from 'payload'

import type { Locale } from '@klinik/config/locales'

import { slugifyTitle } from '../fields/slug/slugifyTitle'
import { clinicSettings } from './content/clinic'
import { contraindications } from './content/contraindications'
import { faqs } from './content/faqs'
import { homePage } from './content/home'
import { treatments } from './content/treatments'
import { gradientImage } from './heroImage'
import { richTextFromParagraphs } from './lexical'

export type SeedOptions = {
  /** Create the demo admin / editor / staff accounts (local mode only). */
  demoUsers: boolean
  /** Passwords for the demo accounts; a missing one is generated and printed once. */
  passwords?: Partial<Record<DemoRole, string>>
  log?: (line: string) => void
}

type DemoRole = 'admin' | 'editor' | 'staff'

export const demoUserEmails: Record<DemoRole, string> = {
  admin: 'admin@klinik.local',
  editor: 'editor@klinik.local',
  staff: 'staff@klinik.local',
}

export type SeedReport = Record<string, { created: number; present: number }>

/** Marks writes made by the seed, so hooks (revalidation later) can skip them. */
export const seedContext = { seeding: true }

/**
 * Loads the bilingual demo content. Idempotent: an entry that already exists (found by its
 * Turkish slug, name or question) is left exactly as it is, so editors' changes survive a
 * re-run and a second run changes nothing.
 */
export async function seed(payload: Payload, options: SeedOptions): Promise<SeedReport> {
  const log = options.log ?? ((line: string) => payload.logger.info(line))
  const report: SeedReport = {}
  const count = (kind: string, created: boolean) => {
    report[kind] ??= { created: 0, present: 0 }
    report[kind][created ? 'created' : 'present'] += 1
  }
  const base = { overrideAccess: true, context: seedContext } as const

  /** Creates a document in Turkish, then adds the English side; returns its id. */
  async function createBilingual<T extends 'treatments' | 'contraindications' | 'faqs'>(
    collection: T,
    data: (locale: Locale) => Record<string, unknown>,
  ): Promise<string> {
    const created = await payload.create({ ...base, collection, locale: 'tr', data: data('tr') as never })
    await payload.update({ ...base, collection, id: created.id, locale: 'en', data: data('en') as never })
    return String(created.id)
  }

  async function findId(collection: 'treatments' | 'contraindications' | 'faqs' | 'media', field: string, value: string) {
    const found = await payload.find({
      ...base,
      collection,
      locale: collection === 'media' ? undefined : 'tr',
      where: { [field]: { equals: value } },
      limit: 1,
      depth: 0,
      draft: true,
    })
    return found.docs[0] ? String(found.docs[0].id) : undefined
  }

  const contraindicationIds = new Map<string, string>()
  for (const entry of contraindications) {
    let id = await findId('contraindications', 'name', entry.name.tr)
    count('contraindications', !id)
    id ??= await createBilingual('contraindications', (locale) => ({
      name: entry.name[locale],
      explanation: entry.explanation[locale],
      screeningQuestion: entry.screeningQuestion[locale],
      severity: entry.severity,
      order: entry.order,
      _status: 'published',
    }))
    contraindicationIds.set(entry.key, id)
  }
  log(`contraindications: ${describe(report.contraindications)}`)

  const treatmentIds = new Map<string, string>()
  for (const entry of treatments) {
    const filename = `treatment-${entry.key}.png`
    let imageId = await findId('media', 'filename', filename)
    count('media', !imageId)
    if (!imageId) {
      const data = await gradientImage(entry.heroColors)
      const image = await payload.create({
        ...base,
        collection: 'media',
        locale: 'tr',
        data: { alt: entry.heroAlt.tr },
        file: { data, mimetype: 'image/png', name: filename, size: data.length },
      })
      await payload.update({ ...base, collection: 'media', id: image.id, locale: 'en', data: { alt: entry.heroAlt.en } })
      imageId = String(image.id)
    }

    let id = await findId('treatments', 'slug', slugifyTitle(entry.title.tr, 'tr'))
    count('treatments', !id)
    id ??= await createBilingual('treatments', (locale) => ({
      title: entry.title[locale],
      summary: entry.summary[locale],
      body: richTextFromParagraphs(entry.body[locale]),
      indications: texts(entry.indications[locale]),
      treatmentAreas: texts(entry.treatmentAreas[locale]),
      sessionSteps: texts(entry.sessionSteps[locale]),
      sessionPlan: { ...entry.sessionPlan, note: entry.sessionPlan.note[locale] },
      aftercare: texts(entry.aftercare[locale]),
      sideEffects: texts(entry.sideEffects[locale]),
      contraindications: entry.contraindications.map((key) => required(contraindicationIds, key, entry.key)),
      heroImage: imageId,
      seo: { title: entry.seo.title[locale], description: entry.seo.description[locale] },
      _status: 'published',
    }))
    treatmentIds.set(entry.key, id)
  }
  log(`treatments: ${describe(report.treatments)} (images: ${describe(report.media)})`)

  for (const entry of faqs) {
    const id = await findId('faqs', 'question', entry.question.tr)
    count('faqs', !id)
    if (id) continue
    await createBilingual('faqs', (locale) => ({
      question: entry.question[locale],
      answer: entry.answer[locale],
      category: entry.category,
      order: entry.order,
      treatments: entry.treatments.map((key) => required(treatmentIds, key, entry.key)),
      _status: 'published',
    }))
  }
  log(`faqs: ${describe(report.faqs)}`)

  const settings = await payload.findGlobal({ ...base, slug: 'clinic-settings', locale: 'tr', fallbackLocale: false, depth: 0 })
  count('clinic-settings', !settings.name)
  if (!settings.name) {
    for (const locale of ['tr', 'en'] as const) {
      await payload.updateGlobal({
        ...base,
        slug: 'clinic-settings',
        locale,
        data: {
          name: clinicSettings.name[locale],
          tagline: clinicSettings.tagline[locale],
          phone: clinicSettings.phone,
          whatsapp: clinicSettings.whatsapp,
          email: clinicSettings.email,
          address: clinicSettings.address[locale],
          openingHours: await openingHoursFor(payload, locale),
          medicalDisclaimer: clinicSettings.medicalDisclaimer[locale],
          privacyNoticeVersion: clinicSettings.privacyNoticeVersion,
          consentText: clinicSettings.consentText[locale],
          privacyNotice: richTextFromParagraphs(clinicSettings.privacyNotice[locale]),
        },
      })
    }
  }

  const home = await payload.findGlobal({ ...base, slug: 'home-page', locale: 'tr', fallbackLocale: false, depth: 0 })
  count('home-page', !home.heroHeading)
  if (!home.heroHeading) {
    for (const locale of ['tr', 'en'] as const) {
      await payload.updateGlobal({
        ...base,
        slug: 'home-page',
        locale,
        data: {
          heroHeading: homePage.heroHeading[locale],
          heroText: homePage.heroText[locale],
          intro: richTextFromParagraphs(homePage.intro[locale]),
          featuredTreatments: homePage.featuredTreatments.map((key) => required(treatmentIds, key, 'home-page')),
        },
      })
    }
  }
  log(
    `globals: clinic settings ${report['clinic-settings'].created ? 'created' : 'already present'}, home page ${report['home-page'].created ? 'created' : 'already present'}`,
  )

  if (options.demoUsers) {
    for (const role of ['admin', 'editor', 'staff'] as const) {
      const email = demoUserEmails[role]
      const existing = await payload.find({ ...base, collection: 'users', where: { email: { equals: email } }, limit: 1, depth: 0 })
      count('users', existing.docs.length === 0)
      if (existing.docs.length > 0) continue
      const given = options.passwords?.[role]
      const password = given || randomBytes(9).toString('base64url')
      await payload.create({
        ...base,
        collection: 'users',
        data: { email, password, role, name: demoNames[role] },
      })
      log(`demo user ${email} (${role}) created${given ? '' : ` with password ${password} (shown once)`}`)
    }
    log(`users: ${describe(report.users)}`)
  }
  return report

  /** The array rows of opening hours carry a localized `days`: keep row ids across locales. */
  async function openingHoursFor(payloadInstance: Payload, locale: Locale) {
    if (locale === 'tr') return clinicSettings.openingHours.map((row) => ({ days: row.days.tr, hours: row.hours }))
    const current = await payloadInstance.findGlobal({ ...base, slug: 'clinic-settings', locale: 'tr', depth: 0 })
    return clinicSettings.openingHours.map((row, index) => ({
      id: current.openingHours?.[index]?.id,
      days: row.days.en,
      hours: row.hours,
    }))
  }
}

const demoNames: Record<DemoRole, string> = {
  admin: 'Demo Yönetici',
  editor: 'Demo Editör',
  staff: 'Demo Personel',
}

const texts = (items: string[]) => items.map((text) => ({ text }))

function required(ids: Map<string, string>, key: string, from: string): string {
  const id = ids.get(key)
  if (!id) throw new Error(`Seed content: "${from}" refers to unknown key "${key}"`)
  return id
}

function describe(entry: { created: number; present: number } | undefined): string {
  return entry ? `${entry.created} created, ${entry.present} already present` : 'none'
}
