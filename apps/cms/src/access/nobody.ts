import type { Access, FieldAccess } from 'payload'

/** Nobody through the API; only trusted server code with overrideAccess. */
export const nobody: Access = () => false

/** A field no API response ever contains (server code reads it with overrideAccess). */
export const nobodyField: FieldAccess = () => false
