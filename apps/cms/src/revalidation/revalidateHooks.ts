import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook, PayloadRequest } from 'payload'

import { afterCommit } from '../hooks/afterCommit'
import { sendRevalidation, type WebSettings } from './sendRevalidation'

/**
 * Cache tags on the web app: one per collection or global. A page's fetch declares every
 * tag whose data it shows (a treatment page shows its FAQs and contraindications too).
 */
export const cacheTags = {
  treatments: 'treatments',
  faqs: 'faqs',
  contraindications: 'contraindications',
  media: 'media',
  'clinic-settings': 'clinic-settings',
  'home-page': 'home-page',
} as const

type Tagged = keyof typeof cacheTags

const webSettings = (req: PayloadRequest) => (req.payload.config.custom as { web?: WebSettings } | undefined)?.web

/** Seeding, and callers that say so, write without revalidating. */
const skip = (req: PayloadRequest, context: Record<string, unknown>) =>
  Boolean(context.seeding || context.skipRevalidation || !webSettings(req)?.revalidateSecret)

/** Looks at the main table, where every document has its row (published or not) as soon as it is written. */
async function exists(req: PayloadRequest, collection: Tagged, id: string | number): Promise<boolean> {
  const found = await req.payload.find({
    collection: collection as 'treatments',
    where: { id: { equals: id } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    pagination: false,
  })
  return found.docs.length > 0
}

const isPublished = (doc: unknown) => (doc as { _status?: string } | undefined)?._status !== 'draft'

/**
 * After a change that the public can see (a publish, an unpublish, an edit of published
 * content, a delete), tells the web app, once the write has committed. Draft-only saves
 * of never-published documents change nothing public and send nothing.
 */
export function revalidateCollection(collection: Tagged) {
  const afterChange: CollectionAfterChangeHook = ({ doc, previousDoc, req, context }) => {
    if (skip(req, context)) return doc
    if (!isPublished(doc) && !(previousDoc && isPublished(previousDoc) && previousDoc._status)) return doc
    const web = webSettings(req)!
    afterCommit(
      req,
      () => exists(req, collection, doc.id),
      () => sendRevalidation(req.payload, web, [cacheTags[collection]]),
    )
    return doc
  }
  const afterDelete: CollectionAfterDeleteHook = ({ doc, req, context }) => {
    if (skip(req, context)) return doc
    const web = webSettings(req)!
    afterCommit(
      req,
      async () => !(await exists(req, collection, doc.id)),
      () => sendRevalidation(req.payload, web, [cacheTags[collection]]),
    )
    return doc
  }
  return { afterChange: [afterChange], afterDelete: [afterDelete] }
}

export function revalidateGlobal(global: 'clinic-settings' | 'home-page') {
  const afterChange: GlobalAfterChangeHook = ({ doc, req, context }) => {
    if (skip(req, context)) return doc
    const web = webSettings(req)!
    afterCommit(
      req,
      async () => true,
      () => sendRevalidation(req.payload, web, [cacheTags[global]]),
    )
    return doc
  }
  return { afterChange: [afterChange] }
}
