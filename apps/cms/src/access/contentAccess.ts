import type { CollectionConfig } from 'payload'

import { isContentEditor } from './isContentEditor'
import { publishedOrSignedIn } from './publishedOrSignedIn'

/** Editorial collections: editors and admins write; everyone reads what is published; signed-in users read drafts too. */
export const contentAccess: NonNullable<CollectionConfig['access']> = {
  create: isContentEditor,
  read: publishedOrSignedIn,
  update: isContentEditor,
  delete: isContentEditor,
  readVersions: isContentEditor,
}
