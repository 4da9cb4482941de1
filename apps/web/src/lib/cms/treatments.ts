import 'server-only'

import type { Contraindication, Faq, Treatment } from '@klinik/cms-types/payload-types'
import { cacheTags } from '@klinik/config/cacheTags'
import type { Locale } from '@klinik/config/locales'

import { contraindicationItem, type ContraindicationItem } from './contraindications'
import { faqItem, type FaqItem } from './faqs'
import { imageOf, type Image } from './media'
import { writtenIn } from './query'
import type { RichTextValue } from './richText'
import { CmsError, cmsGet, type List } from './transport'

export type SessionPlan = {
  sessionsMin?: number | null
  sessionsMax?: number | null
  intervalWeeksMin?: number | null
  intervalWeeksMax?: number | null
  sessionMinutes?: number | null
  note?: string | null
}
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

const texts = (rows: { text: string }[] | null | undefined) => (rows ?? []).map((row) => row.text).filter(Boolean)

/** Null when the treatment is not written in this language (no title or slug there). */
export function treatmentSummary(doc: Treatment): TreatmentSummary | null {
  if (!doc.title || !doc.slug) return null
  return { id: doc.id, title: doc.title, slug: doc.slug, summary: doc.summary ?? '', image: imageOf(doc.heroImage) }
}

function treatmentDetail(doc: Treatment): TreatmentDetail | null {
  const summary = treatmentSummary(doc)
  if (!summary) return null
  const related = (doc.faqs?.docs ?? []).filter((entry): entry is Faq => typeof entry === 'object')
  return {
    ...summary,
    image: imageOf(doc.heroImage, 'hero'),
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

export async function listTreatments(locale: Locale): Promise<TreatmentSummary[]> {
  const list = await cmsGet<List<Treatment>>(
    '/treatments',
    { ...writtenIn(locale), depth: 1, limit: 100, sort: 'title' },
    { tags: [cacheTags.treatments, cacheTags.media] },
  )
  return list.docs.map(treatmentSummary).filter((entry): entry is TreatmentSummary => entry !== null)
}

/** The published treatment at this slug in this language, with its contraindications, FAQs and image (depth 2). */
export async function getTreatment(locale: Locale, slug: string): Promise<TreatmentDetail | null> {
  const list = await cmsGet<List<Treatment>>(
    '/treatments',
    { ...writtenIn(locale), where: { slug: { equals: slug } }, depth: 2, limit: 1 },
    { tags: [cacheTags.treatments, cacheTags.faqs, cacheTags.contraindications, cacheTags.media] },
  )
  return list.docs[0] ? treatmentDetail(list.docs[0]) : null
}

/** A draft for an editor's preview, fetched uncached with the signed preview token. */
export async function getTreatmentPreview(token: string): Promise<TreatmentDetail | null> {
  try {
    const doc = await cmsGet<Treatment>('/treatments/preview', { token }, { tags: [], preview: { token } })
    return treatmentDetail(doc)
  } catch (error) {
    if (error instanceof CmsError && (error.status === 401 || error.status === 404)) return null
    throw error
  }
}
