import type { Access } from 'payload'

/** Nobody through the API; only trusted server code with overrideAccess. */
export const nobody: Access = () => false
