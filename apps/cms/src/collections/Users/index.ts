import type { CollectionConfig } from 'payload'

import { isAdmin, isAdminField } from '../../access/isAdmin'
import { isAdminOrSelf } from '../../access/isAdminOrSelf'
import { hasRole, roleLabels, roles, type Role } from '../../access/roles'
import { label } from '../../i18n/label'
import { twoFactorEndpoints } from './endpoints/twoFactor'
import { makeFirstUserAdmin } from './hooks/makeFirstUserAdmin'
import { checkPasswordChange, checkResetPasswordLength } from './hooks/passwordRules'
import { forgiveSuccessfulSignIn, limitSignIns } from './hooks/signInGuard'
import { currentPasswordField, twoFactorFields } from './twoFactorFields'

export function usersCollection({ secureCookies }: { secureCookies: boolean }): CollectionConfig<'users'> {
  return {
    slug: 'users',
    labels: {
      singular: label('User', 'Kullanıcı'),
      plural: label('Users', 'Kullanıcılar'),
    },
    auth: {
      tokenExpiration: 60 * 60 * 8,
      // No lockout: anyone who knows a staff member's email could lock them out. Guessing is
      // slowed per client, per account and overall instead (hooks/signInGuard.ts).
      maxLoginAttempts: 0,
      cookies: { secure: secureCookies, sameSite: 'Lax' },
      // Payload's per-account reset throttle writes outside the request's transaction, which
      // waits on that same transaction on SQLite. Reset requests are limited per address instead.
      forgotPassword: { minRequestInterval: 0 },
    },
    access: {
      admin: ({ req: { user } }) => Boolean(user),
      create: isAdmin,
      read: isAdminOrSelf,
      update: isAdminOrSelf,
      delete: isAdmin,
      unlock: isAdmin,
    },
    admin: {
      useAsTitle: 'email',
      defaultColumns: ['email', 'name', 'role'],
      group: label('Administration', 'Yönetim'),
      // Editors and staff manage only their own account (under "Account"), so no user list for them.
      hidden: ({ user }) => !hasRole(user as { role?: Role } | null, 'admin'),
    },
    hooks: {
      beforeOperation: [limitSignIns, checkResetPasswordLength],
      beforeValidate: [checkPasswordChange],
      beforeChange: [makeFirstUserAdmin],
      afterLogin: [forgiveSuccessfulSignIn],
    },
    endpoints: twoFactorEndpoints,
    fields: [
      // First, under the email and password it guards.
      currentPasswordField,
      {
        name: 'name',
        type: 'text',
        maxLength: 120,
        label: label('Name', 'Ad soyad'),
      },
      {
        name: 'role',
        type: 'select',
        required: true,
        defaultValue: 'editor',
        saveToJWT: true,
        options: roles.map((role) => ({ value: role, label: roleLabels[role] })),
        label: label('Role', 'Rol'),
        access: {
          // Only admins hand out roles; the first user is made admin by the hook.
          create: isAdminField,
          update: isAdminField,
        },
        admin: { position: 'sidebar' },
      },
      ...twoFactorFields,
    ],
  }
}
