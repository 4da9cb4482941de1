/** The roles a user can have. Order matters only for display. */
export const roles = ['admin', 'editor', 'staff'] as const

export type Role = (typeof roles)[number]

type MaybeUser = { role?: Role | null } | null | undefined

export function hasRole(user: MaybeUser, ...allowed: Role[]): boolean {
  return Boolean(user?.role && allowed.includes(user.role))
}
