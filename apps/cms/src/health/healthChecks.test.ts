import { describe, expect, it } from '@jest/globals'

import { diskCheck, healthStatus, type HealthReport } from './healthChecks'

const fine: HealthReport['checks'] = {
  database: { ok: true, ms: 2 },
  jobs: { ok: true, queued: 0, oldestQueuedSeconds: null },
  email: { ok: true, lastFailure: null },
  disk: { database: { ok: true, freeBytes: 5e9, freePercent: 50 }, media: { ok: true, freeBytes: 5e9, freePercent: 50 } },
}

describe('diskCheck', () => {
  it('is fine from 10 % free (of blocks an unprivileged process may use) and not below', () => {
    expect(diskCheck({ bavail: 100, bsize: 4096, blocks: 1000 })).toEqual({ ok: true, freeBytes: 409_600, freePercent: 10 })
    expect(diskCheck({ bavail: 99, bsize: 4096, blocks: 1000 })).toEqual({ ok: false, freeBytes: 405_504, freePercent: 9.9 })
    expect(diskCheck({ bavail: 0, bsize: 4096, blocks: 0 }).ok).toBe(false)
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
    expect(healthStatus({ ...fine, email: { ok: false, lastFailure: { at: new Date().toISOString(), kind: 'staff-notice', secondsAgo: 5 } } })).toBe('degraded')
    expect(healthStatus({ ...fine, database: { ok: false, ms: 1500, problem: 'slow' } })).toBe('degraded')
  })

  it('is down when the database does not answer, whatever else holds', () => {
    expect(healthStatus({ database: { ok: false, problem: 'no-answer' }, disk: fine.disk })).toBe('down')
    expect(healthStatus({ database: { ok: false, problem: 'timeout' }, disk: fine.disk })).toBe('down')
  })
})
