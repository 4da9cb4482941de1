import type { Access } from 'payload'

import { hasRole } from './roles'

/** Who writes content and media: editors and admins. */
export const isContentEditor: Access = ({ req: { user } }) => hasRole(user, 'admin', 'editor')
