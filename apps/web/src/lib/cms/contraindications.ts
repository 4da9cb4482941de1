import 'server-only'

import type { Contraindication } from '@klinik/cms-types/payload-types'
import { cacheTags } from '@klinik/config/cacheTags'
import type { ContraindicationSeverity } from '@klinik/config/contentChoices'
import type { Locale } from '@klinik/config/locales'

import { writtenIn } from './query'
import { cmsGet, type List } from './transport'

export type ContraindicationItem = { id: string; name: string; explanation: string; severity: ContraindicationSeverity; screeningQuestion: string }

/** Null when the contraindication is not written in this language. */
export function contraindicationItem(doc: Contraindication): ContraindicationItem | null {
  if (!doc.name) return null
  return { id: doc.id, name: doc.name, explanation: doc.explanation ?? '', severity: doc.severity, screeningQuestion: doc.screeningQuestion ?? '' }
}

export async function listContraindications(locale: Locale): Promise<ContraindicationItem[]> {
  const list = await cmsGet<List<Contraindication>>(
    '/contraindications',
    { ...writtenIn(locale), depth: 0, limit: 100, sort: 'order' },
    { tags: [cacheTags.contraindications] },
  )
  return list.docs.map(contraindicationItem).filter((entry): entry is ContraindicationItem => entry !== null)
}
