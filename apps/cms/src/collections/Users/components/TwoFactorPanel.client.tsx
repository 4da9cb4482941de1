'use client'

import { Button, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState, type FormEvent } from 'react'

import type { KlinikTranslationKeys, KlinikTranslations } from '../../../i18n/translations'

type Step = 'setup' | 'code' | 'enabled'
type Setup = { secret: string; uri: string }

async function post(path: string, body: unknown): Promise<{ ok: boolean; data: Record<string, unknown> }> {
  const response = await fetch(`/api/users/two-factor/${path}`, {
    method: 'POST',
    credentials: 'include',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  })
  return { ok: response.ok, data: (await response.json().catch(() => ({}))) as Record<string, unknown> }
}

const errorOf = (data: Record<string, unknown>) => (data.errors as { message?: string }[] | undefined)?.[0]?.message ?? ''

/** The steps of /admin/two-factor: start the setup, confirm it with a code, keep the recovery codes; or the code after signing in. */
export function TwoFactorPanel({ step, optional, enabledSince }: { step: Step; optional: boolean; enabledSince: string | null }) {
  const { t } = useTranslation<KlinikTranslations, KlinikTranslationKeys>()
  const router = useRouter()
  const [setup, setSetup] = useState<Setup | null>(null)
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null)
  const [withRecoveryCode, setWithRecoveryCode] = useState(false)
  const [code, setCode] = useState('')
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)

  const send = async (path: string, body: unknown, then: (data: Record<string, unknown>) => void) => {
    setBusy(true)
    setError('')
    const { ok, data } = await post(path, body)
    setBusy(false)
    if (ok) then(data)
    else setError(errorOf(data))
  }
  const continueToAdmin = () => router.push('/admin')

  const submitCode = (event: FormEvent) => {
    event.preventDefault()
    if (setup) return send('confirm', { code }, (data) => setRecoveryCodes(data.recoveryCodes as string[]))
    if (withRecoveryCode) return send('recover', { recoveryCode: code }, continueToAdmin)
    return send('verify', { code }, continueToAdmin)
  }

  const errorLine = error ? (
    <p role="alert" className="two-factor__error">
      {error}
    </p>
  ) : null

  if (recoveryCodes) {
    return (
      <section>
        <h2>{t('klinik:twoFactor:recoveryCodesTitle')}</h2>
        <p>{t('klinik:twoFactor:recoveryCodesNote')}</p>
        <ul data-testid="recovery-codes">
          {recoveryCodes.map((recoveryCode) => (
            <li key={recoveryCode}>
              <code>{recoveryCode}</code>
            </li>
          ))}
        </ul>
        <Button onClick={continueToAdmin}>{t('klinik:twoFactor:done')}</Button>
      </section>
    )
  }

  if (step === 'enabled') return <p>{t('klinik:twoFactor:enabled', { date: enabledSince ?? '' })}</p>

  if (step === 'setup' && !setup) {
    return (
      <section>
        {optional ? <p>{t('klinik:twoFactor:optional')}</p> : null}
        <p>{t('klinik:twoFactor:setupIntro')}</p>
        {errorLine}
        <Button disabled={busy} onClick={() => send('setup', {}, (data) => setSetup(data as Setup))}>
          {t('klinik:twoFactor:start')}
        </Button>
      </section>
    )
  }

  return (
    <form onSubmit={submitCode}>
      {setup ? (
        <>
          <p>{t('klinik:twoFactor:setupIntro')}</p>
          <p>
            {t('klinik:twoFactor:key')}: <code data-testid="totp-secret">{setup.secret}</code>
          </p>
          <p>
            <a href={setup.uri}>{t('klinik:twoFactor:link')}</a>
          </p>
        </>
      ) : (
        <p>{t('klinik:twoFactor:codeIntro')}</p>
      )}
      <div className="field-type text">
        <label className="field-label" htmlFor="two-factor-code">
          {withRecoveryCode ? t('klinik:twoFactor:recoveryCode') : t('klinik:twoFactor:code')}
        </label>
        <input
          id="two-factor-code"
          name="code"
          value={code}
          onChange={(event) => setCode(event.target.value)}
          autoComplete="one-time-code"
          inputMode={withRecoveryCode ? 'text' : 'numeric'}
          required
        />
      </div>
      {errorLine}
      <Button type="submit" disabled={busy}>
        {setup ? t('klinik:twoFactor:confirm') : withRecoveryCode ? t('klinik:twoFactor:useRecovery') : t('klinik:twoFactor:verify')}
      </Button>
      {!setup && !withRecoveryCode ? (
        <Button buttonStyle="secondary" onClick={() => setWithRecoveryCode(true)}>
          {t('klinik:twoFactor:useRecoveryCode')}
        </Button>
      ) : null}
    </form>
  )
}
