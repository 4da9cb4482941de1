'use client'

import { Button, toast, useAuth, useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import type { KlinikTranslationKeys, KlinikTranslations } from '../../../i18n/translations'

/**
 * On an account's page: the owner's way to /admin/two-factor, and an admin's reset of another
 * account's two-factor sign-in (a lost phone; POST /api/users/two-factor/reset).
 */
export function TwoFactorAccountField() {
  const { t } = useTranslation<KlinikTranslations, KlinikTranslationKeys>()
  const { user } = useAuth<{ id: number | string; role?: string }>()
  const { id } = useDocumentInfo()
  const enabledAt = useFormFields(([fields]) => fields.totpEnabledAt?.value)
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  if (!user || id === undefined) return null

  if (String(user.id) === String(id)) {
    return (
      <div className="field-type">
        <Button buttonStyle="secondary" el="link" url="/admin/two-factor">
          {t('klinik:twoFactor:title')}
        </Button>
      </div>
    )
  }
  if (user.role !== 'admin' || !enabledAt) return null

  const reset = async () => {
    if (!window.confirm(t('klinik:twoFactor:resetConfirm'))) return
    setBusy(true)
    const response = await fetch('/api/users/two-factor/reset', {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ user: id }),
    })
    const body = (await response.json().catch(() => ({}))) as { message?: string; errors?: { message: string }[] }
    setBusy(false)
    if (response.ok) {
      toast.success(body.message ?? '')
      router.refresh()
    } else toast.error(body.errors?.[0]?.message ?? '')
  }
  return (
    <div className="field-type">
      <Button buttonStyle="secondary" disabled={busy} onClick={reset}>
        {t('klinik:twoFactor:resetUser')}
      </Button>
    </div>
  )
}
