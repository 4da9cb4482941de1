import 'server-only'

import type { Media, Treatment } from '@klinik/cms-types/payload-types'
import type { Locale } from '@klinik/config/locales'

import { imageOf, type Image } from './media'
import { findTreatmentSlugs } from './treatmentAddresses'

/** The CMS's rich text (Lexical's JSON) as the CMS answers it. */
export type RichTextValue = NonNullable<Treatment['body']>

/** What a rich text's links and images point to, resolved for one reader. */
export type RichTextTargets = {
  locale: Locale
  /** The slug in the reader's language of each linked treatment that is published in it, by id. */
  treatmentSlugs: Record<string, string>
  /** Each image the text shows (populated by the read, alt text in the reader's language), by media id. */
  images: Record<string, Image>
}

/** Rich text ready for components/RichText: the text and where its links and images go. */
export type RichTextContent = { value: RichTextValue; targets: RichTextTargets }

type LexicalNode = { type: string; children?: LexicalNode[]; [key: string]: unknown }
type Reference = string | { id?: string } | null | undefined

/** An id whether the CMS answered the document (populated) or only its id. */
export const referencedId = (reference: Reference): string | undefined =>
  typeof reference === 'string' ? reference : typeof reference?.id === 'string' ? reference.id : undefined

/** A link to a document of the CMS (Payload's `linkType: 'internal'`): the collection and the id. */
export function internalLinkOf(node: LexicalNode): { relationTo: string; id: string } | null {
  const fields = node.fields as { linkType?: unknown; doc?: { relationTo?: unknown; value?: Reference } | null } | undefined
  if (node.type !== 'link' || fields?.linkType !== 'internal' || typeof fields.doc?.relationTo !== 'string') return null
  const id = referencedId(fields.doc.value)
  return id ? { relationTo: fields.doc.relationTo, id } : null
}

function* nodesOf(nodes: LexicalNode[] | undefined): Generator<LexicalNode> {
  for (const node of nodes ?? []) {
    yield node
    yield* nodesOf(node.children)
  }
}

/**
 * Resolves what the text refers to, in the reader's language. A linked treatment's slug is looked
 * up here rather than read from the answer: the answer holds its id (the CMS does not populate
 * links), and a populated one would come back in the fallback language where the reader's is
 * missing. Reads the CMS only when the text links to a treatment (tagged treatments, so a publish,
 * rename or withdrawal of the target renews the page).
 */
export async function resolveRichText(value: RichTextValue | null | undefined, locale: Locale): Promise<RichTextContent | null> {
  if (!value?.root) return null
  const linkedTreatments = new Set<string>()
  const images: Record<string, Image> = {}
  for (const node of nodesOf(value.root.children as LexicalNode[])) {
    const link = internalLinkOf(node)
    if (link?.relationTo === 'treatments') linkedTreatments.add(link.id)
    if (node.type === 'upload' && node.relationTo === 'media') {
      // Populated at the read's depth (≥ 1); an id alone, or a deleted image (null), shows nothing.
      const image = imageOf(node.value as Media | string | null, 'card')
      const id = referencedId(node.value as Reference)
      if (image && id) images[id] = image
    }
  }
  const treatmentSlugs = await findTreatmentSlugs(locale, [...linkedTreatments].sort())
  return { value, targets: { locale, treatmentSlugs, images } }
}
