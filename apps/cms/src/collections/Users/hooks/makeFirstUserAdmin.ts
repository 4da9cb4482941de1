import type { CollectionBeforeChangeHook } from 'payload'

/**
 * The first account created on an empty system becomes admin, whatever was sent:
 * otherwise nobody could manage users after the admin's "create first user" screen.
 */
export const makeFirstUserAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', overrideAccess: true, req })
  return totalDocs === 0 ? { ...data, role: 'admin' } : data
}
