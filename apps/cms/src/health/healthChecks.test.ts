import { describe, expect, it } from '@jest/globals'

import { diskCheck, emailCheck, healthStatus, type HealthReport } from './healthChecks'

const fine: HealthReport['checks'] = {
  database: { ok: true, ms: 2 },
  jobs: { ok: true, queued: 0, oldestQueuedSeconds: null },
  email: { ok: true, lastFailure: null, retrying: 0 },
  disk: { database: { ok: true, freeBytes: 5e9, freePercent: 50 }, media: { ok: true, freeBytes: 5e9, freePercent: 50 } },
}

describe('diskCheck', () => {
  it('is fine from 10 % free (of blocks an unprivileged process may use) and not below', () => {
    expect(diskCheck({ bavail: 100, bsize: 4096, blocks: 1000 })).toEqual({ ok: true, freeBytes: 409_600, freePercent: 10 })
    expect(diskCheck({ bavail: 99, bsize: 4096, blocks: 1000 })).toEqual({ ok: false, freeBytes: 405_504, freePercent: 9.9 })
    expect(diskCheck({ bavail: 0, bsize: 4096, blocks: 0 }).ok).toBe(false)
  })
})

describe('emailCheck', () => {
  it('is not ok for an hour after a failure, nor while an email is still being retried, however long ago it last failed', () => {
    const now = new Date('2026-12-01T12:00:00Z')
    const failedAgo = (seconds: number) => ({ at: new Date(now.getTime() - seconds * 1000).toISOString(), kind: 'patient-confirmation' as const })
    expect(emailCheck(null, 0, now)).toEqual({ ok: true, lastFailure: null, retrying: 0 })
    expect(emailCheck(failedAgo(600), 0, now)).toEqual({ ok: false, lastFailure: { ...failedAgo(600), secondsAgo: 600 }, retrying: 0 })
    expect(emailCheck(failedAgo(3601), 0, now).ok).toBe(true)
    // Six hours between two tries late in the schedule: still not delivered, still not ok.
    expect(emailCheck(failedAgo(6 * 3600), 1, now)).toEqual({ ok: false, lastFailure: { ...failedAgo(6 * 3600), secondsAgo: 6 * 3600 }, retrying: 1 })
    expect(emailCheck(null, 2, now).ok).toBe(false)
  })
})

describe('healthStatus', () => {
  it('is ok when every check is', () => {
    expect(healthStatus(fine)).toBe('ok')
    // MongoDB: no database filesystem of ours.
    expect(healthStatus({ ...fine, disk: { media: fine.disk.media } })).toBe('ok')
  })

  it('is degraded by any one check: low disk, a late job, a recent email failure, a slow database', () => {
    const low = { ok: false, freeBytes: 1e6, freePercent: 5 }
    expect(healthStatus({ ...fine, disk: { ...fine.disk, media: low } })).toBe('degraded')
    expect(healthStatus({ ...fine, disk: { ...fine.disk, database: low } })).toBe('degraded')
    expect(healthStatus({ ...fine, jobs: { ok: false, queued: 3, oldestQueuedSeconds: 1200 } })).toBe('degraded')
    expect(
      healthStatus({ ...fine, email: { ok: false, lastFailure: { at: new Date().toISOString(), kind: 'staff-notice', secondsAgo: 5 }, retrying: 1 } }),
    ).toBe('degraded')
    expect(healthStatus({ ...fine, database: { ok: false, ms: 1500, problem: 'slow' } })).toBe('degraded')
  })

  it('is down when the database does not answer, whatever else holds', () => {
    expect(healthStatus({ database: { ok: false, problem: 'no-answer' }, disk: fine.disk })).toBe('down')
    expect(healthStatus({ database: { ok: false, problem: 'timeout' }, disk: fine.disk })).toBe('down')
  })
})
