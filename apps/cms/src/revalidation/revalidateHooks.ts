import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook, PayloadRequest } from 'payload'

import type { Config } from '@klinik/cms-types/payload-types'
import { cacheTags, type CachedSlug } from '@klinik/config/cacheTags'

import { afterCommit } from '../hooks/afterCommit'
import { sendRevalidation, type WebSettings } from './sendRevalidation'

/** Only a collection or global with a tag on the site can be revalidated (packages/config/src/cacheTags.ts). */
type CachedCollection = Extract<CachedSlug, keyof Config['collections']>
type CachedGlobal = Extract<CachedSlug, keyof Config['globals']>

/** Which slug each revalidation hook sends the tag of, so a test can hold the hooks and the tag list together. */
const revalidatedSlugs = new WeakMap<object, CachedSlug>()
export const slugRevalidatedBy = (hook: unknown): CachedSlug | undefined => (typeof hook === 'function' ? revalidatedSlugs.get(hook) : undefined)

const webSettings = (req: PayloadRequest) => (req.payload.config.custom as { web?: WebSettings } | undefined)?.web

/** Seeding, and callers that say so, write without revalidating. */
const skip = (req: PayloadRequest, context: Record<string, unknown>) =>
  Boolean(context.seeding || context.skipRevalidation || !webSettings(req)?.revalidateSecret)

/** Looks at the main table, where every document has its row (published or not) as soon as it is written. */
async function exists(req: PayloadRequest, collection: CachedCollection, id: string | number): Promise<boolean> {
  const found = await req.payload.find({
    collection,
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
export function revalidateCollection(collection: CachedCollection) {
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
  revalidatedSlugs.set(afterChange, collection).set(afterDelete, collection)
  return { afterChange: [afterChange], afterDelete: [afterDelete] }
}

export function revalidateGlobal(global: CachedGlobal) {
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
  revalidatedSlugs.set(afterChange, global)
  return { afterChange: [afterChange] }
}
