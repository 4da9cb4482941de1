import { simpleParser } from 'mailparser'
import type { AddressInfo } from 'node:net'
import { SMTPServer } from 'smtp-server'

/** A received message: recipients, subject, plain text and any calendar invites attached. */
export type ReceivedMail = { to: string; subject: string; text: string; invites: string[] }

export type TestInbox = {
  /** Everything received so far, oldest first (clear it with `inbox.mail.length = 0`). */
  mail: ReceivedMail[]
  port: number
  /** Waits until at least `count` messages have arrived, or `timeoutMs` has passed; returns them all. */
  waitFor: (count: number, timeoutMs?: number) => Promise<ReceivedMail[]>
  stop: () => Promise<void>
}

/**
 * A real SMTP server on 127.0.0.1 (no TLS, no auth) that parses every message it is given.
 * `port` 0 picks a free one.
 */
export async function startTestInbox(port = 0, mail: ReceivedMail[] = []): Promise<TestInbox> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          const to = Array.isArray(parsed.to) ? parsed.to.map((entry) => entry.text).join(', ') : (parsed.to?.text ?? '')
          const invites = parsed.attachments.filter((file) => file.contentType === 'text/calendar').map((file) => file.content.toString('utf8'))
          mail.push({ to, subject: parsed.subject ?? '', text: parsed.text ?? '', invites })
          callback()
        })
        .catch(callback)
    },
  })
  const listening = await new Promise<number>((resolve) => server.listen(port, '127.0.0.1', () => resolve((server.server.address() as AddressInfo).port)))
  return {
    mail,
    port: listening,
    waitFor: async (count, timeoutMs = 5000) => {
      const deadline = Date.now() + timeoutMs
      while (mail.length < count && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 25))
      return mail
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
