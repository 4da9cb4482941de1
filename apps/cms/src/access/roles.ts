import { label } from '../i18n/label'

/** The roles a user can have. Order matters only for display. */
export const roles = ['admin', 'editor', 'staff'] as const

export type Role = (typeof roles)[number]

export const roleLabels: Record<Role, { en: string; tr: string }> = {
  admin: label('Administrator', 'Yönetici'),
  editor: label('Editor (content)', 'Editör (içerik)'),
  staff: label('Staff (appointments)', 'Personel (randevular)'),
}

type MaybeUser = { role?: Role | null } | null | undefined

export function hasRole(user: MaybeUser, ...allowed: Role[]): boolean {
  return Boolean(user?.role && allowed.includes(user.role))
}
