import type { Access } from 'payload'

/**
 * Signed-in users (editors, staff, admins) read drafts too; everyone else reads only
 * published documents. The returned `where` is combined by Payload with any query the
 * caller sends, so `where[or]` tricks cannot widen it.
 */
export const publishedOrSignedIn: Access = ({ req: { user } }) => {
  if (user) return true
  return { _status: { equals: 'published' } }
}
