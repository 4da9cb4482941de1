import { MinimalTemplate } from '@payloadcms/next/templates'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'

import { klinikT } from '../../../i18n/translations'
import { secondFactorState } from '../../../twoFactor/secondFactor'
import { TwoFactorPanel } from './TwoFactorPanel.client'

/**
 * /admin/two-factor — setting up two-factor sign-in, and the code after signing in. The admin
 * sends every signed-in user who still owes a code here (twoFactor/adminRedirect.ts).
 */
export function TwoFactorView({ initPageResult }: AdminViewServerProps) {
  const { req } = initPageResult
  if (!req.user) redirect('/admin/login')
  const state = secondFactorState(req)
  const enabledAt = (req.user as { totpEnabledAt?: string | null }).totpEnabledAt ?? null
  const t = klinikT(req)
  return (
    <MinimalTemplate>
      <h1>{t('klinik:twoFactor:title')}</h1>
      <TwoFactorPanel
        step={state === 'codeNeeded' ? 'code' : enabledAt ? 'enabled' : 'setup'}
        optional={state === 'notRequired'}
        enabledSince={
          enabledAt ? new Intl.DateTimeFormat(t('klinik:dateLocale'), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(enabledAt)) : null
        }
      />
    </MinimalTemplate>
  )
}
