import type { Field } from 'payload'

import { nobodyField } from '../../access/nobody'
import { label } from '../../i18n/label'

const serverOnly = { read: nobodyField, create: nobodyField, update: nobodyField }

/**
 * Two-factor sign-in on the account (SECURITY.md, "Sessions and two-factor sign-in"). The
 * secret (sealed), the last used time step and the recovery codes' hashes are hidden and
 * written only by the two-factor endpoints; when it was turned on is readable (admins see who
 * has it) but set only by them too.
 */
export const twoFactorFields: Field[] = [
  {
    name: 'totpEnabledAt',
    type: 'date',
    label: label('Two-factor sign-in on since', 'İki adımlı giriş açılış tarihi'),
    access: { create: nobodyField, update: nobodyField },
    admin: {
      readOnly: true,
      position: 'sidebar',
      date: { pickerAppearance: 'dayAndTime', displayFormat: 'd MMM yyyy HH:mm' },
      description: label(
        'Set up at /admin/two-factor. An admin resets it when a phone is lost.',
        '/admin/two-factor sayfasında kurulur. Telefon kaybolursa bir yönetici sıfırlar.',
      ),
    },
  },
  {
    name: 'twoFactorActions',
    type: 'ui',
    admin: { position: 'sidebar', components: { Field: '/collections/Users/components/TwoFactorAccountField#TwoFactorAccountField' } },
  },
  { name: 'totpSecret', type: 'text', hidden: true, access: serverOnly },
  { name: 'totpLastStep', type: 'number', hidden: true, access: serverOnly },
  { name: 'recoveryCodes', type: 'json', hidden: true, access: serverOnly },
]

/**
 * Asked when someone changes their own password or email (hooks/passwordRules.ts); checked and
 * dropped, never stored or returned.
 */
export const currentPasswordField: Field = {
  name: 'currentPassword',
  type: 'text',
  virtual: true,
  label: label('Current password', 'Mevcut parola'),
  // No read rule: one that refuses would hide the field in the admin too. It is never stored,
  // so no answer can contain it (tests/passwords.test.ts).
  admin: {
    description: label(
      'Needed only to change your own password or email. Never stored.',
      'Yalnızca kendi parolanızı ya da e-posta adresinizi değiştirirken gerekir. Hiçbir yerde saklanmaz.',
    ),
    components: { Field: '/collections/Users/components/CurrentPasswordField#CurrentPasswordField' },
  },
}
