import type { Access, CollectionBeforeChangeHook, PayloadRequest, SanitizedConfig, Where } from 'payload'

import { PublicApiError } from '../http/publicApiError'
import { hasRole } from './roles'

export const documentLocksSlug = 'payload-locked-documents'

type LockTarget = { document?: { relationTo?: string; value?: unknown } | null; globalSlug?: string | null }

/** The collections and globals whose documents this user may edit: their locks are the user's business. */
async function editableKinds(req: PayloadRequest): Promise<{ collections: string[]; globals: string[] }> {
  const { config } = req.payload
  const may = async (update: Access | undefined) => Boolean(update && (await update({ req })))
  const collections: string[] = []
  for (const collection of config.collections)
    if (collection.lockDocuments !== false && (await may(collection.access.update))) collections.push(collection.slug)
  const globals: string[] = []
  for (const global of config.globals) if (global.lockDocuments !== false && (await may(global.access.update as Access | undefined))) globals.push(global.slug)
  return { collections, globals }
}

async function mayEdit(req: PayloadRequest, lock: LockTarget): Promise<boolean> {
  if (hasRole(req.user, 'admin')) return true
  const kinds = await editableKinds(req)
  if (lock.globalSlug) return kinds.globals.includes(lock.globalSlug)
  return Boolean(lock.document?.relationTo && kinds.collections.includes(lock.document.relationTo))
}

/**
 * Who may see or change a lock ("Ayşe is editing this"): whoever may edit the locked
 * document. Payload's default lets every signed-in user read, create and delete every lock, so
 * an editor saw booking ids and could drop a staff member's lock or create one in their name.
 */
const readLocks: Access = async ({ req }) => {
  if (!req.user) return false
  if (hasRole(req.user, 'admin')) return true
  const { collections, globals } = await editableKinds(req)
  // One `equals` per collection: the SQLite adapter answers `in` on a polymorphic relationTo
  // with "cannot be queried".
  const where: Where = {
    or: [...collections.map((slug) => ({ 'document.relationTo': { equals: slug } })), ...globals.map((slug) => ({ globalSlug: { equals: slug } }))],
  }
  return where.or!.length > 0 ? where : false
}

/** Taking over or leaving a document (the admin's PATCH and DELETE) only where the user may edit. */
const changeLock: Access = async ({ req, id }) => {
  if (!req.user) return false
  if (hasRole(req.user, 'admin')) return true
  if (id === undefined) return readLocks({ req })
  const lock = await req.payload.findByID({ collection: documentLocksSlug, id, depth: 0, overrideAccess: true, req, disableErrors: true })
  return Boolean(lock && (await mayEdit(req, lock as LockTarget)))
}

/** A lock always names the user who holds it, and only for a document that user may edit. */
const lockInOwnName: CollectionBeforeChangeHook = async ({ data, req, originalDoc }) => {
  if (!req.user) return data
  const owner = (data.user ?? originalDoc?.user) as { relationTo?: string; value?: unknown } | undefined
  const ownerId = owner && typeof owner.value === 'object' && owner.value ? (owner.value as { id: unknown }).id : owner?.value
  if (ownerId !== undefined && String(ownerId) !== String(req.user.id) && data.user !== undefined)
    throw new PublicApiError('A lock names the user who holds it.', 403)
  const target: LockTarget = { document: data.document ?? originalDoc?.document, globalSlug: data.globalSlug ?? originalDoc?.globalSlug }
  if (!(await mayEdit(req, target))) throw new PublicApiError('You cannot lock this document.', 403)
  return data
}

/**
 * Applies our access to the locks collection Payload adds while sanitising the config (its own
 * config cannot set it). The admin creates locks through the database adapter, not the API, so
 * creating one through the API is for nobody but admins.
 */
export async function withDocumentLockAccess(config: Promise<SanitizedConfig>): Promise<SanitizedConfig> {
  const sanitized = await config
  const locks = sanitized.collections.find((collection) => collection.slug === documentLocksSlug)
  if (locks) {
    locks.access = { ...locks.access, read: readLocks, update: changeLock, delete: changeLock, create: ({ req }) => hasRole(req.user, 'admin') }
    locks.hooks.beforeChange = [...(locks.hooks.beforeChange ?? []), lockInOwnName]
  }
  return sanitized
}
