import { describe, expect, it } from '@jest/globals'
import { pino, type Logger } from 'pino'
import { Writable } from 'node:stream'

import { cmsLogger } from './logging'

/** The CMS's logger writing into an array instead of the terminal. */
function capture() {
  const lines: string[] = []
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk))
      done()
    },
  })
  return { logger: pino(cmsLogger.options, stream), lines }
}

/** What Drizzle throws when a query fails: the SQL, then its bound parameters. */
function failedQuery() {
  const cause = new Error('SQLITE_ERROR: something went wrong')
  const error = Object.assign(
    new Error('Failed query: select "id" from "bookings" where "bookings"."full_name" = ?\nparams: Ayşe Yılmaz,+905325550147', { cause }),
    {
      query: 'select "id" from "bookings" where "bookings"."full_name" = ?',
      params: ['Ayşe Yılmaz', '+905325550147'],
    },
  )
  error.name = 'DrizzleQueryError'
  return error
}

describe('the CMS logger', () => {
  it.each([
    ['an error object', (logger: Logger) => logger.error(failedQuery())],
    ['an error under err', (logger: Logger) => logger.error({ err: failedQuery() }, 'query failed')],
    ['an error message as text', (logger: Logger) => logger.error(failedQuery().message)],
  ])('leaves out a failed query’s parameters when given %s', (_how, log) => {
    const { logger, lines } = capture()
    log(logger)
    const written = lines.join('')
    expect(written).toContain('Failed query: select')
    expect(written).toContain('params: [left out]')
    expect(written).not.toContain('Ayşe')
    expect(written).not.toContain('905325550147')
  })
})

describe('how loud an error is logged', () => {
  const withStatus = (status: number, name = 'Xy') => Object.assign(new Error('nope'), { status, name })

  it('logs what a visitor sent wrong as one line without a stack, by status whatever the class is called in the build', () => {
    const { logger, lines } = capture()
    logger.error({ err: withStatus(401) })
    logger.error({ err: withStatus(403, 'Forbidden') })
    logger.error(withStatus(400))
    expect(lines).toHaveLength(3)
    for (const line of lines) {
      const entry = JSON.parse(line) as { level: number; msg: string; err?: unknown; stack?: unknown }
      expect(entry.level).toBe(30)
      expect(entry.msg).toBe('nope')
      expect(line).not.toContain('at ')
    }
  })

  it('warns of locked accounts and clients over a limit, and keeps server faults at error with their stack', () => {
    const { logger, lines } = capture()
    logger.error({ err: withStatus(429) })
    logger.error({ err: withStatus(500) })
    logger.error({ err: new Error('database is locked') })
    const levels = lines.map((line) => (JSON.parse(line) as { level: number }).level)
    expect(levels).toEqual([40, 50, 50])
    expect(lines[2]).toContain('stack')
  })
})
