import nodemailer from 'nodemailer'
import type { EmailAdapter } from 'payload'

import type { CmsEnv } from '../env'

/**
 * Payload's email adapter contract over nodemailer with an explicit SMTP transport.
 * Hand-written because @payloadcms/email-nodemailer is not published at 3.90.2 (the registry
 * stops at 3.90.1) and every Payload package here is pinned to one version; the contract is
 * these few lines. Never an internet test service: no host, no adapter.
 */
export function smtpEmailAdapter(smtp: CmsEnv['smtp']): EmailAdapter | undefined {
  if (!smtp.host) return undefined
  const transport = nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    auth: smtp.user ? { user: smtp.user, pass: smtp.pass } : undefined,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  })
  const match = smtp.from.match(/^\s*(.*?)\s*<(.+)>\s*$/)
  const defaultFromName = match?.[1] || 'Klinik'
  const defaultFromAddress = match?.[2] || smtp.from
  return () => ({
    name: 'smtp',
    defaultFromName,
    defaultFromAddress,
    sendEmail: async (message) => transport.sendMail({ from: `${defaultFromName} <${defaultFromAddress}>`, ...message }),
  })
}
