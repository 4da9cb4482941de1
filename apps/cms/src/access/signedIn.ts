import type { Access } from 'payload'

/** Any signed-in user, whatever the role. */
export const signedIn: Access = ({ req: { user } }) => Boolean(user)
