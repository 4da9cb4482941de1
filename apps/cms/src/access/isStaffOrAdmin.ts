import type { Access } from 'payload'

import { hasRole } from './roles'

/** Who handles booking requests: staff and admins. Editors never see them. */
export const isStaffOrAdmin: Access = ({ req: { user } }) => hasRole(user, 'admin', 'staff')
