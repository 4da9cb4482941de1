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

/**
 * How loud an error is, from its HTTP status: what a visitor sent wrong (4xx) is not a fault of
 * the server. Decided here, not by Payload's `loggingLevels`, which is keyed by error class
 * names that the production build minifies (every 401 was logged at ERROR with a stack there).
 */
export function levelForError(error: unknown): 'error' | 'warn' | 'info' {
  const status = typeof error === 'object' && error !== null && 'status' in error ? Number((error as { status: unknown }).status) : NaN
  if (!(status >= 400 && status < 500)) return 'error'
  // A locked account or a client over its limit may be someone guessing: worth a look.
  return status === 423 || status === 429 ? 'warn' : 'info'
}

const errorLevel = 50

const options: LoggerOptions = {
  serializers: { err: (error: LoggedError) => (error instanceof Error ? errorForLog(error) : error) },
  hooks: {
    logMethod(args, method, level) {
      const [first] = args as unknown[]
      const error = first instanceof Error ? first : typeof first === 'object' && first !== null && 'err' in first ? (first as { err: unknown }).err : undefined
      const quieter = level >= errorLevel && error instanceof Error ? levelForError(error) : 'error'
      if (quieter !== 'error') {
        // A visitor's mistake: one line with its kind, status and message, no stack.
        const { type, status, message } = errorForLog(error as LoggedError)
        return this[quieter]({ type, status }, String(message))
      }
      // Messages logged as text (Payload logs some errors by their message).
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
