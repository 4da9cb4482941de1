import type { Payload } from 'payload'

import type { User } from '@klinik/cms-types/payload-types'

export type Role = 'admin' | 'editor' | 'staff'
export type SignedIn = { user: User; token: string }

/** One signed-in account per role (the first one created becomes admin anyway). */
export async function signInEveryRole(payload: Payload): Promise<Record<Role, SignedIn>> {
  const accounts = {} as Record<Role, SignedIn>
  for (const role of ['admin', 'editor', 'staff'] as const) {
    const email = `${role}@test.klinik`
    const password = `${role}-password-123`
    await payload.create({ collection: 'users', data: { email, password, role } })
    const { user, token } = await payload.login({ collection: 'users', data: { email, password } })
    if (!token) throw new Error(`no token for ${role}`)
    accounts[role] = { user: user as User, token }
  }
  return accounts
}
