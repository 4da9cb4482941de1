import type { LoggerOptions } from 'pino'
import { build } from 'pino-pretty'

/**
 * Payload's logger (pino, pretty-printed as Payload does by default), with one rule on top: a
 * failed database query is logged without its bound parameters. Drizzle's errors carry them in
 * the message ("params: …") and as a property, and for staff queries those are patient data.
 */
const parameters = /(\bparams:)[^\n]*/g

export const withoutQueryParameters = (text: string) => text.replace(parameters, '$1 [left out]')

type LoggedError = Error & { params?: unknown; query?: unknown; cause?: unknown; status?: number; data?: unknown }

/** What a logged error keeps: its kind, its message and stack without parameters, its status. */
export function errorForLog(error: LoggedError): Record<string, unknown> {
  const cause = error.cause instanceof Error ? errorForLog(error.cause as LoggedError) : undefined
  return {
    type: error.name,
    message: withoutQueryParameters(String(error.message ?? '')),
    stack: error.stack ? withoutQueryParameters(error.stack) : undefined,
    ...(error.status ? { status: error.status } : {}),
    ...(cause ? { cause } : {}),
  }
}

const options: LoggerOptions = {
  serializers: { err: (error: LoggedError) => (error instanceof Error ? errorForLog(error) : error) },
  hooks: {
    // Messages logged as text (Payload logs some errors by their message).
    logMethod(args, method) {
      method.apply(
        this,
        args.map((arg) => (typeof arg === 'string' ? withoutQueryParameters(arg) : arg instanceof Error ? errorForLog(arg) : arg)) as Parameters<typeof method>,
      )
    },
  },
}

export const cmsLogger = {
  options,
  destination: build({ colorize: true, ignore: 'pid,hostname', translateTime: 'SYS:HH:MM:ss' }),
}
