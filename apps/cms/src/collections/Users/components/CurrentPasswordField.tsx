'use client'

import { PasswordField, useAuth, useDocumentInfo } from '@payloadcms/ui'
import type { TextFieldClientComponent } from 'payload'

/**
 * A password input (hidden characters, the browser's current-password fill) for a value that is
 * checked, never stored; only on one's own account, the one place it is asked for.
 */
export const CurrentPasswordField: TextFieldClientComponent = ({ field, path }) => {
  const { user } = useAuth()
  const { id } = useDocumentInfo()
  if (!user || id === undefined || String(id) !== String(user.id)) return null
  return <PasswordField field={field} path={path ?? field.name} autoComplete="current-password" validate={() => true} />
}
