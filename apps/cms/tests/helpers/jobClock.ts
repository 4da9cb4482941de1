import { _internal_jobSystemGlobals, _internal_resetJobSystemGlobals } from 'payload'

export type JobClock = {
  /** The jobs system's time now. */
  now: () => Date
  /** Moves the jobs system's time to `instant` (never backwards). */
  moveTo: (instant: Date | number) => void
  /** Back to the real time. */
  reset: () => void
}

/**
 * The clock of Payload's jobs system, under the test's control. Payload reads the time through one
 * replaceable function (`getCurrentDate`): when it schedules a retry (`waitUntil` = now + backoff)
 * and when the runner picks due jobs (`waitUntil` before now); Payload's own tests move it the
 * same way, and the email tasks stamp their states with it. Moving it lets a test cross a day of
 * retries in seconds with the real runner (`payload.jobs.run()`), the real backoff and real SMTP
 * refusals. Only the jobs' time moves: rate limits and timestamps keep the real one.
 */
export function jobClock(): JobClock {
  let at = Date.now()
  _internal_jobSystemGlobals.getCurrentDate = () => new Date(at)
  return {
    now: () => new Date(at),
    moveTo: (instant) => {
      at = Math.max(at, new Date(instant).getTime())
    },
    reset: () => _internal_resetJobSystemGlobals(),
  }
}
