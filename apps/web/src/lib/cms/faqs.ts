import 'server-only'

import type { Faq } from '@klinik/cms-types/payload-types'
import { cacheTags } from '@klinik/config/cacheTags'
import type { Locale } from '@klinik/config/locales'

import { writtenIn } from './query'
import { cmsGet, type List } from './transport'

export type FaqItem = { id: string; question: string; answer: string; category: Faq['category']; treatmentIds: string[] }

/** Null when the question or its answer is not written in this language. */
export function faqItem(doc: Faq): FaqItem | null {
  if (!doc.question || !doc.answer) return null
  const treatmentIds = (doc.treatments ?? []).map((entry) => (typeof entry === 'string' ? entry : entry.id))
  return { id: doc.id, question: doc.question, answer: doc.answer, category: doc.category, treatmentIds }
}

export async function listFaqs(locale: Locale): Promise<FaqItem[]> {
  const list = await cmsGet<List<Faq>>('/faqs', { ...writtenIn(locale), depth: 0, limit: 100, sort: 'order' }, { tags: [cacheTags.faqs] })
  return list.docs.map(faqItem).filter((entry): entry is FaqItem => entry !== null)
}
