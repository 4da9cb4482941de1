import 'server-only'

import type { HomePage, Treatment } from '@klinik/cms-types/payload-types'
import { cacheTags } from '@klinik/config/cacheTags'
import type { Locale } from '@klinik/config/locales'

import type { RichTextValue } from './richText'
import { cmsGet } from './transport'
import { treatmentSummary, type TreatmentSummary } from './treatments'

export type Home = { heroHeading: string; heroText: string; intro: RichTextValue | null; featured: TreatmentSummary[] }

/** The home page global, with its featured treatments and their images (depth 2). */
export async function getHome(locale: Locale): Promise<Home> {
  const doc = await cmsGet<HomePage>('/globals/home-page', { locale, depth: 2 }, { tags: [cacheTags['home-page'], cacheTags.treatments, cacheTags.media] })
  const featured = (doc.featuredTreatments ?? [])
    .filter((entry): entry is Treatment => typeof entry === 'object')
    .map(treatmentSummary)
    .filter((entry): entry is TreatmentSummary => entry !== null)
  return { heroHeading: doc.heroHeading, heroText: doc.heroText ?? '', intro: doc.intro ?? null, featured }
}
