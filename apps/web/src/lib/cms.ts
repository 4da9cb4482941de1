import 'server-only'

import type { ClinicSetting, Contraindication, Faq, HomePage, Media, Treatment } from '@klinik/cms-types/payload-types'
import { bookingReferencePattern } from '@klinik/booking/reference'
import type { BookingRequest } from '@klinik/booking/schema'
import { screeningQuestionsOf } from '@klinik/booking/screening'
import { cacheTags, type CacheTag } from '@klinik/config/cacheTags'
import type { Locale } from '@klinik/config/locales'
import { locales } from '@klinik/config/locales'
import { sharedSecretHeader } from '@klinik/signing/sharedSecret'

import { webEnv } from './env'

/**
 * The only place the web app talks to the CMS. Reads go through Next's data cache with one
 * tag per CMS collection or global (@klinik/config/cacheTags; the CMS revalidates them on
 * publish); a CMS error throws, so an outage is never cached as an empty page.
 */

export class CmsError extends Error {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message)
    this.name = 'CmsError'
  }
}

/** Cache tags for the site's data cache; `uncached` for reads that must not be stored (drafts, the proxy's copy). */
type FetchOptions = { tags: CacheTag[]; preview?: { token: string }; uncached?: boolean }

async function cmsGet<T>(path: string, { tags, preview, uncached }: FetchOptions): Promise<T> {
  const { cmsUrl } = webEnv()
  let response: Response
  try {
    response = await fetch(`${cmsUrl}/api${path}`, {
      headers: { Accept: 'application/json' },
      signal: AbortSignal.timeout(8000),
      ...(preview || uncached ? { cache: 'no-store' } : { cache: 'force-cache', next: { tags } }),
    })
  } catch (error) {
    throw new CmsError(`CMS unreachable for ${path.split('?')[0]}: ${error instanceof Error ? error.name : 'error'}`)
  }
  if (!response.ok) throw new CmsError(`CMS answered ${response.status} for ${path.split('?')[0]}`, response.status)
  return (await response.json()) as T
}

const query = (params: Record<string, string | number>) =>
  Object.entries(params)
    .map(([key, value]) => `${key}=${encodeURIComponent(String(value))}`)
    .join('&')

type List<T> = { docs: T[] }

// ---------- app types: what pages render, reshaped from the CMS's documents ----------

export type Image = { url: string; alt: string; width: number; height: number; srcSet: string }
export type RichTextValue = NonNullable<Treatment['body']>
export type SessionPlan = {
  sessionsMin?: number | null
  sessionsMax?: number | null
  intervalWeeksMin?: number | null
  intervalWeeksMax?: number | null
  sessionMinutes?: number | null
  note?: string | null
}
export type ContraindicationItem = { id: string; name: string; explanation: string; severity: 'absolute' | 'caution'; screeningQuestion: string }
export type FaqItem = { id: string; question: string; answer: string; category: Faq['category']; treatmentIds: string[] }
export type TreatmentSummary = { id: string; title: string; slug: string; summary: string; image: Image | null }
export type TreatmentDetail = TreatmentSummary & {
  body: RichTextValue | null
  indications: string[]
  treatmentAreas: string[]
  sessionSteps: string[]
  sessionPlan: SessionPlan
  aftercare: string[]
  sideEffects: string[]
  contraindications: ContraindicationItem[]
  faqs: FaqItem[]
  seo: { title: string; description: string }
  updatedAt: string
}
export type Clinic = {
  name: string
  tagline: string
  phone: string
  whatsapp: string | null
  email: string | null
  address: string
  openingHours: { days: string; hours: string }[]
  medicalDisclaimer: string
  privacyNotice: RichTextValue | null
  privacyNoticeVersion: string
  /** The explicit-consent sentence beside the booking form's consent box (the CMS hashes the same text). */
  consentText: string
}
export type Home = { heroHeading: string; heroText: string; intro: RichTextValue | null; featured: TreatmentSummary[] }
/** A document's slug in each language where it exists (published, with a title there). */
export type LocalizedSlugs = Partial<Record<Locale, string>>

function image(value: string | Media | null | undefined, size: 'card' | 'hero' = 'card'): Image | null {
  if (!value || typeof value === 'string' || !value.url) return null
  const { cmsPublicUrl } = webEnv()
  const absolute = (url: string) => (url.startsWith('http') ? url : `${cmsPublicUrl}${url}`)
  const chosen = value.sizes?.[size]?.url ? value.sizes[size] : value
  const candidates = [value.sizes?.thumbnail, value.sizes?.card, value.sizes?.hero].filter((entry) => entry?.url && entry.width)
  return {
    url: absolute(chosen!.url!),
    alt: value.alt ?? '',
    width: chosen!.width ?? value.width ?? 1600,
    height: chosen!.height ?? value.height ?? 800,
    srcSet: candidates.map((entry) => `${absolute(entry!.url!)} ${entry!.width}w`).join(', '),
  }
}

const texts = (rows: { text: string }[] | null | undefined) => (rows ?? []).map((row) => row.text).filter(Boolean)

function contraindicationItem(doc: Contraindication): ContraindicationItem | null {
  if (!doc.name) return null
  return { id: doc.id, name: doc.name, explanation: doc.explanation ?? '', severity: doc.severity, screeningQuestion: doc.screeningQuestion ?? '' }
}

function faqItem(doc: Faq): FaqItem | null {
  if (!doc.question || !doc.answer) return null
  const treatmentIds = (doc.treatments ?? []).map((entry) => (typeof entry === 'string' ? entry : entry.id))
  return { id: doc.id, question: doc.question, answer: doc.answer, category: doc.category, treatmentIds }
}

function treatmentSummary(doc: Treatment): TreatmentSummary | null {
  if (!doc.title || !doc.slug) return null // not written in this language
  return { id: doc.id, title: doc.title, slug: doc.slug, summary: doc.summary ?? '', image: image(doc.heroImage) }
}

function treatmentDetail(doc: Treatment): TreatmentDetail | null {
  const summary = treatmentSummary(doc)
  if (!summary) return null
  const related = (doc.faqs?.docs ?? []).filter((entry): entry is Faq => typeof entry === 'object')
  return {
    ...summary,
    image: image(doc.heroImage, 'hero'),
    body: doc.body ?? null,
    indications: texts(doc.indications),
    treatmentAreas: texts(doc.treatmentAreas),
    sessionSteps: texts(doc.sessionSteps),
    sessionPlan: doc.sessionPlan ?? {},
    aftercare: texts(doc.aftercare),
    sideEffects: texts(doc.sideEffects),
    contraindications: (doc.contraindications ?? [])
      .filter((entry): entry is Contraindication => typeof entry === 'object')
      .map(contraindicationItem)
      .filter((entry): entry is ContraindicationItem => entry !== null),
    faqs: related.map(faqItem).filter((entry): entry is FaqItem => entry !== null),
    seo: { title: doc.seo?.title || doc.title, description: doc.seo?.description || doc.summary || '' },
    updatedAt: doc.updatedAt,
  }
}

// ---------- reads ----------

const inLocale = (locale: Locale) => ({ locale, 'fallback-locale': 'none' })

export async function getClinic(locale: Locale): Promise<Clinic> {
  const doc = await cmsGet<ClinicSetting>(`/globals/clinic-settings?${query({ locale, depth: 0 })}`, { tags: [cacheTags['clinic-settings']] })
  return {
    name: doc.name ?? 'Klinik',
    tagline: doc.tagline ?? '',
    phone: doc.phone ?? '',
    whatsapp: doc.whatsapp ?? null,
    email: doc.email ?? null,
    address: doc.address ?? '',
    openingHours: (doc.openingHours ?? []).map((row) => ({ days: row.days, hours: row.hours })),
    medicalDisclaimer: doc.medicalDisclaimer ?? '',
    privacyNotice: doc.privacyNotice ?? null,
    privacyNoticeVersion: doc.privacyNoticeVersion,
    consentText: doc.consentText ?? '',
  }
}

export async function getHome(locale: Locale): Promise<Home> {
  const doc = await cmsGet<HomePage>(`/globals/home-page?${query({ locale, depth: 2 })}`, {
    tags: [cacheTags['home-page'], cacheTags.treatments, cacheTags.media],
  })
  const featured = (doc.featuredTreatments ?? [])
    .filter((entry): entry is Treatment => typeof entry === 'object')
    .map(treatmentSummary)
    .filter((entry): entry is TreatmentSummary => entry !== null)
  return { heroHeading: doc.heroHeading, heroText: doc.heroText ?? '', intro: doc.intro ?? null, featured }
}

export async function listTreatments(locale: Locale): Promise<TreatmentSummary[]> {
  const list = await cmsGet<List<Treatment>>(`/treatments?${query({ ...inLocale(locale), depth: 1, limit: 100, sort: 'title' })}`, {
    tags: [cacheTags.treatments, cacheTags.media],
  })
  return list.docs.map(treatmentSummary).filter((entry): entry is TreatmentSummary => entry !== null)
}

export async function getTreatment(locale: Locale, slug: string): Promise<TreatmentDetail | null> {
  const list = await cmsGet<List<Treatment>>(`/treatments?${query({ ...inLocale(locale), 'where[slug][equals]': slug, depth: 2, limit: 1 })}`, {
    tags: [cacheTags.treatments, cacheTags.faqs, cacheTags.contraindications, cacheTags.media],
  })
  return list.docs[0] ? treatmentDetail(list.docs[0]) : null
}

/** The current slug of the treatment that used `slug` before a rename, for a permanent redirect. */
export async function findRenamedTreatment(locale: Locale, slug: string): Promise<string | null> {
  const list = await cmsGet<List<Treatment>>(
    `/treatments?${query({ ...inLocale(locale), 'where[previousSlugs.slug][equals]': slug, depth: 0, limit: 1, 'select[slug]': 'true', 'select[title]': 'true' })}`,
    { tags: [cacheTags.treatments] },
  )
  const doc = list.docs[0]
  return doc?.slug && doc.title ? doc.slug : null
}

/** A draft for an editor's preview, fetched uncached with the signed preview token. */
export async function getTreatmentPreview(token: string): Promise<TreatmentDetail | null> {
  try {
    const doc = await cmsGet<Treatment>(`/treatments/preview?${query({ token })}`, { tags: [], preview: { token } })
    return treatmentDetail(doc)
  } catch (error) {
    if (error instanceof CmsError && (error.status === 401 || error.status === 404)) return null
    throw error
  }
}

/** The treatment's slug in every language it is published in. */
export async function getTreatmentSlugs(id: string): Promise<LocalizedSlugs> {
  const doc = await cmsGet<{ title?: Partial<Record<Locale, string>>; slug?: Partial<Record<Locale, string>> }>(
    `/treatments/${encodeURIComponent(id)}?${query({ locale: 'all', depth: 0, 'select[title]': 'true', 'select[slug]': 'true' })}`,
    { tags: [cacheTags.treatments] },
  )
  const slugs: LocalizedSlugs = {}
  for (const locale of locales) {
    const slug = doc.slug?.[locale]
    if (slug && doc.title?.[locale]) slugs[locale] = slug
  }
  return slugs
}

/**
 * Every address a published treatment answers at, per language: its slug and its earlier slugs
 * (which redirect). Read uncached, for the proxy's check of treatment addresses
 * (knownTreatmentSlugs.ts), which keeps its own copy.
 */
export async function fetchTreatmentAddresses(): Promise<Record<Locale, Set<string>>> {
  const addresses = Object.fromEntries(locales.map((locale) => [locale, new Set<string>()])) as Record<Locale, Set<string>>
  type Doc = { slug?: Partial<Record<Locale, string>>; previousSlugs?: Partial<Record<Locale, { slug?: string }[]>> }
  for (let page = 1; page <= 20; page += 1) {
    const list = await cmsGet<List<Doc> & { hasNextPage?: boolean }>(
      `/treatments?${query({ locale: 'all', depth: 0, limit: 100, page, 'select[slug]': 'true', 'select[previousSlugs]': 'true' })}`,
      { tags: [], uncached: true },
    )
    for (const doc of list.docs) {
      for (const locale of locales) {
        if (doc.slug?.[locale]) addresses[locale].add(doc.slug[locale])
        for (const earlier of doc.previousSlugs?.[locale] ?? []) if (earlier.slug) addresses[locale].add(earlier.slug)
      }
    }
    if (!list.hasNextPage) break
  }
  return addresses
}

/** Every published treatment's slugs, for the sitemap. */
export async function listTreatmentSlugs(): Promise<{ slugs: LocalizedSlugs; updatedAt: string }[]> {
  const list = await cmsGet<List<{ title?: Partial<Record<Locale, string>>; slug?: Partial<Record<Locale, string>>; updatedAt: string }>>(
    `/treatments?${query({ locale: 'all', depth: 0, limit: 100, 'select[title]': 'true', 'select[slug]': 'true', 'select[updatedAt]': 'true' })}`,
    { tags: [cacheTags.treatments] },
  )
  return list.docs.map((doc) => {
    const slugs: LocalizedSlugs = {}
    for (const locale of locales) if (doc.slug?.[locale] && doc.title?.[locale]) slugs[locale] = doc.slug[locale]
    return { slugs, updatedAt: doc.updatedAt }
  })
}

export async function listFaqs(locale: Locale): Promise<FaqItem[]> {
  const list = await cmsGet<List<Faq>>(`/faqs?${query({ ...inLocale(locale), depth: 0, limit: 100, sort: 'order' })}`, { tags: [cacheTags.faqs] })
  return list.docs.map(faqItem).filter((entry): entry is FaqItem => entry !== null)
}

export async function listContraindications(locale: Locale): Promise<ContraindicationItem[]> {
  const list = await cmsGet<List<Contraindication>>(`/contraindications?${query({ ...inLocale(locale), depth: 0, limit: 100, sort: 'order' })}`, {
    tags: [cacheTags.contraindications],
  })
  return list.docs.map(contraindicationItem).filter((entry): entry is ContraindicationItem => entry !== null)
}

// ---------- booking requests ----------

export type ScreeningQuestion = { id: string; question: string }
export type BookableTreatment = { id: string; title: string; slug: string; screeningQuestions: ScreeningQuestion[] }

/**
 * Treatments a patient can request in this language, each with the screening questions of its
 * published contraindications. Questions use the CMS's locale fallback, as the intake does
 * when it checks the answers: a question not yet translated is asked in Turkish rather than
 * not at all. The treatment itself must exist in this language (title and slug there).
 */
export async function listBookableTreatments(locale: Locale): Promise<BookableTreatment[]> {
  const list = await cmsGet<List<Treatment>>(
    `/treatments?${query({ locale, 'where[and][0][title][exists]': 'true', 'where[and][1][slug][exists]': 'true', depth: 1, limit: 100, sort: 'title' })}`,
    { tags: [cacheTags.treatments, cacheTags.contraindications] },
  )
  return list.docs
    .filter((doc) => doc.title && doc.slug)
    .map((doc) => ({
      id: doc.id,
      title: doc.title,
      slug: doc.slug!,
      screeningQuestions: screeningQuestionsOf(doc.contraindications).map((entry) => ({ id: entry.id, question: entry.screeningQuestion })),
    }))
}

export type IntakeResult =
  | { outcome: 'stored'; reference: string }
  /** The CMS looked at the request and said no: its messages, per field, in the patient's language. */
  | { outcome: 'refused'; status: number; errors: Record<string, string> }
  /** Nothing is known to be stored: the CMS is down, too slow or failed. */
  | { outcome: 'unavailable' }

/**
 * Sends one validated booking request to the CMS intake. The form key makes a retry of the
 * same request store once. The patient's address travels with the shared intake secret so
 * the CMS can rate-limit per patient rather than per web server.
 */
export async function sendBookingRequest(request: BookingRequest, idempotencyKey: string, patientAddress: string | null): Promise<IntakeResult> {
  const { cmsUrl, intakeSecret, clientIpHeader } = webEnv()
  // Content-Language: the CMS answers in the patient's language even before it reads the body.
  const headers: Record<string, string> = { 'Content-Type': 'application/json', Accept: 'application/json', 'Content-Language': request.locale }
  if (intakeSecret) {
    headers[sharedSecretHeader.intake] = intakeSecret
    if (patientAddress) headers[clientIpHeader] = patientAddress
  }
  let response: Response
  try {
    response = await fetch(`${cmsUrl}/api/bookings/intake`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ idempotencyKey, request }),
      cache: 'no-store',
      signal: AbortSignal.timeout(15_000),
    })
  } catch (error) {
    console.error(`Booking intake unreachable: ${error instanceof Error ? error.name : 'error'}`)
    return { outcome: 'unavailable' }
  }
  const body = (await response.json().catch(() => null)) as { reference?: unknown; errors?: unknown } | null
  if (response.ok && typeof body?.reference === 'string' && bookingReferencePattern.test(body.reference)) {
    return { outcome: 'stored', reference: body.reference }
  }
  if (response.status >= 400 && response.status < 500 && body && typeof body.errors === 'object' && body.errors) {
    const errors = Object.fromEntries(Object.entries(body.errors).filter((entry): entry is [string, string] => typeof entry[1] === 'string'))
    if (Object.keys(errors).length > 0) return { outcome: 'refused', status: response.status, errors }
  }
  // Never the request in the log: it may hold health answers.
  console.error(`Booking intake answered ${response.status}`)
  return { outcome: 'unavailable' }
}
