/**
 * Records of deletion and destruction (KVKK): every deletion of booking requests and every
 * retention erasure leaves a record (when, why, by whom, how many, which references; never the
 * patient's data), written in the erasure's own transaction, readable by admins only, changed
 * by nobody, kept three years.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import type { CollectionAfterDeleteHook, CollectionAfterOperationHook, CollectionBeforeDeleteHook } from 'payload'
import { stringify } from 'qs-esm'

import type { Booking, ErasureRecord } from '@klinik/cms-types/payload-types'

import { applyBookingRetention } from '../src/jobs/bookingRetention'
import { createBooking } from './helpers/bookings'
import { startTestCms, type TestCms } from './helpers/testPayload'
import { signInEveryRole, type Role, type SignedIn } from './helpers/users'

let cms: TestCms
let accounts: Record<Role, SignedIn>
let treatmentId: string
const day = 24 * 60 * 60 * 1000
const daysAgo = (days: number) => new Date(Date.now() - days * day).toISOString()
const retention = { screeningDays: 30, requestDays: 180 }

beforeAll(async () => {
  cms = await startTestCms()
  accounts = await signInEveryRole(cms.payload)
  treatmentId = String((await cms.payload.create({ collection: 'treatments', locale: 'tr', data: { title: 'Saç Mezoterapisi', _status: 'published' } })).id)
})
afterAll(async () => {
  await cms?.cleanup()
})

/** A patient whose every detail is recognisable, so a record holding any of it is caught. */
const patient = {
  fullName: 'Silinecek Zeynep Karaca',
  phone: '+905329998877',
  email: 'zeynep.karaca@example.com',
  message: 'ÖZEL-MESAJ',
  screeningAnswers: [
    { question: 'Hamile misiniz?', answer: 'yes', severity: 'absolute' },
    { question: 'Kan sulandırıcı kullanıyor musunuz?', answer: 'unsure', severity: 'caution' },
  ],
} as Partial<Booking>
const personalStrings = [patient.fullName!, '9998877', patient.email!, 'ÖZEL-MESAJ', 'Hamile', 'Kan sulandırıcı', '"yes"', '"unsure"']

const patientBooking = (data: Partial<Booking> = {}) => createBooking(cms.payload, treatmentId, { ...patient, ...data })

async function records(): Promise<ErasureRecord[]> {
  return (await cms.payload.find({ collection: 'erasure-records', limit: 1000, depth: 0, overrideAccess: true, sort: 'createdAt' })).docs
}

/** Records are written in the erasure's transaction, never later; waiting a little catches one that would be. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 400))

const stillThere = async (id: string) =>
  (await cms.payload.count({ collection: 'bookings', where: { id: { equals: id } }, overrideAccess: true })).totalDocs === 1

/** Deletes through REST as the admin's list does: `DELETE /api/bookings?where[id][in]=…`. */
const deleteFromList = (ids: string[], role: Role) =>
  cms.rest('DELETE', `/bookings${stringify({ where: { id: { in: ids } } }, { addQueryPrefix: true })}`, { token: accounts[role].token })

/** Adds a hook to the bookings collection for one test. */
async function withBookingHook<T>(
  kind: 'beforeDelete' | 'afterDelete' | 'afterOperation',
  hook: CollectionBeforeDeleteHook | CollectionAfterDeleteHook | CollectionAfterOperationHook,
  run: () => Promise<T>,
): Promise<T> {
  const hooks = cms.payload.collections.bookings.config.hooks as Record<string, unknown[]>
  hooks[kind] = [...(hooks[kind] ?? []), hook]
  try {
    return await run()
  } finally {
    hooks[kind] = hooks[kind].filter((entry) => entry !== hook)
  }
}

/** Makes writing an erasure record fail, as a full disk or a lost connection would. */
async function withRecordsFailing<T>(run: () => Promise<T>): Promise<T> {
  const create = cms.payload.create.bind(cms.payload)
  const spy = jest.spyOn(cms.payload, 'create').mockImplementation(((options: { collection: string }) => {
    if (options.collection === 'erasure-records') throw new Error('the record could not be written')
    return create(options as never)
  }) as never)
  try {
    return await run()
  } finally {
    spy.mockRestore()
  }
}

describe('a person deleting requests', () => {
  it('leaves a record of the reference, the reason, who, how many — and nothing of the patient', async () => {
    const booking = await patientBooking()
    // Each string is really in the request, so its absence from the record means something.
    for (const personal of personalStrings) expect(JSON.stringify(booking)).toContain(personal)
    const before = (await records()).length
    const response = await cms.rest('DELETE', `/bookings/${booking.id}`, { token: accounts.staff.token })
    expect(response.status).toBe(200)
    expect(await stillThere(booking.id)).toBe(false)

    const added = (await records()).slice(before)
    expect(added).toHaveLength(1)
    expect(added[0]).toMatchObject({
      reason: 'deleted',
      by: 'staff',
      user: accounts.staff.user.id,
      accountId: accounts.staff.user.id,
      bookings: [booking.reference],
      requestCount: 1,
      answerCount: 2,
    })
    const stored = JSON.stringify(await cms.payload.findByID({ collection: 'erasure-records', id: added[0].id, depth: 1, overrideAccess: true }))
    for (const personal of personalStrings) expect(stored).not.toContain(personal)
  })

  it('leaves one record for a bulk delete from the list, with every reference', async () => {
    const first = await patientBooking()
    const second = await patientBooking({ screeningAnswers: [] })
    const before = (await records()).length
    expect((await deleteFromList([first.id, second.id], 'admin')).status).toBe(200)

    const added = (await records()).slice(before)
    expect(added).toHaveLength(1)
    expect(added[0]).toMatchObject({ reason: 'deleted', by: 'admin', user: accounts.admin.user.id, requestCount: 2, answerCount: 2 })
    expect([...(added[0].bookings ?? [])].sort()).toEqual([first.reference, second.reference].sort())
  })

  it('says when server code without a user deleted', async () => {
    const booking = await patientBooking()
    const before = (await records()).length
    await cms.payload.delete({ collection: 'bookings', id: booking.id, overrideAccess: true })
    expect((await records()).slice(before)).toEqual([expect.objectContaining({ reason: 'deleted', by: 'system', bookings: [booking.reference] })])
  })

  it('leaves no record when the deletion itself rolls back', async () => {
    const booking = await patientBooking()
    const before = (await records()).length
    const failLate: CollectionAfterOperationHook = ({ operation, result }) => {
      if (operation === 'deleteByID') throw new Error('a later step failed')
      return result
    }
    const response = await withBookingHook('afterOperation', failLate, () => cms.rest('DELETE', `/bookings/${booking.id}`, { token: accounts.staff.token }))
    expect(response.status).toBeGreaterThanOrEqual(400)
    expect(await stillThere(booking.id)).toBe(true)
    await settle()
    expect(await records()).toHaveLength(before)
  })

  it('deletes nothing when its record cannot be written, one request or many', async () => {
    const single = await patientBooking()
    const first = await patientBooking()
    const second = await patientBooking()
    const before = (await records()).length
    await withRecordsFailing(async () => {
      expect((await cms.rest('DELETE', `/bookings/${single.id}`, { token: accounts.staff.token })).status).toBeGreaterThanOrEqual(400)
      expect((await deleteFromList([first.id, second.id], 'staff')).status).toBeGreaterThanOrEqual(400)
    })
    for (const booking of [single, first, second]) expect(await stillThere(booking.id)).toBe(true)
    await settle()
    expect(await records()).toHaveLength(before)
  })

  it('records exactly what a partly failed bulk delete removed', async () => {
    const kept = await patientBooking()
    const removed = await patientBooking()
    const removedDespiteError = await patientBooking()
    const before = (await records()).length
    // Payload reports a document whose hooks fail after its row is gone as an error, yet commits the removal.
    const refuseOne: CollectionBeforeDeleteHook = ({ id }) => {
      if (String(id) === kept.id) throw new Error('locked elsewhere')
    }
    const failAfterRemoval: CollectionAfterDeleteHook = ({ id }) => {
      if (String(id) === removedDespiteError.id) throw new Error('a hook failed afterwards')
    }
    await withBookingHook('beforeDelete', refuseOne, () =>
      withBookingHook('afterDelete', failAfterRemoval, () => deleteFromList([kept.id, removed.id, removedDespiteError.id], 'staff')),
    )
    expect(await stillThere(kept.id)).toBe(true)
    expect(await stillThere(removed.id)).toBe(false)
    expect(await stillThere(removedDespiteError.id)).toBe(false)

    const added = (await records()).slice(before)
    expect(added).toHaveLength(1)
    expect([...(added[0].bookings ?? [])].sort()).toEqual([removed.reference, removedDespiteError.reference].sort())
    expect(added[0]).toMatchObject({ requestCount: 2, answerCount: 4 })
  })
})

describe('the retention run', () => {
  /** A request received `receivedDaysAgo` days ago. */
  async function received(receivedDaysAgo: number, data: Partial<Booking> = {}): Promise<Booking> {
    const booking = await patientBooking(data)
    await cms.payload.db.updateOne({ collection: 'bookings', id: booking.id, data: { createdAt: daysAgo(receivedDaysAgo) }, req: undefined as never })
    return booking
  }

  it('leaves a record per kind of erasure, by the schedule, with references and counts', async () => {
    const answersDue = await received(45)
    const answersDueToo = await received(60, { screeningAnswers: [{ question: 'Hamile misiniz?', answer: 'no', severity: 'absolute' }] })
    const requestDue = await received(200)
    const fresh = await received(3)
    const before = (await records()).length

    await expect(applyBookingRetention(cms.payload, retention)).resolves.toEqual({ erased: 2, deleted: 1 })

    const added = (await records()).slice(before)
    const answers = added.filter((record) => record.reason === 'retentionScreeningAnswers')
    const requests = added.filter((record) => record.reason === 'retentionRequests')
    expect(added).toHaveLength(2)
    expect(answers).toHaveLength(1)
    expect(answers[0]).toMatchObject({ by: 'schedule', requestCount: 2, answerCount: 3 })
    expect(answers[0].user).toBeFalsy()
    expect([...(answers[0].bookings ?? [])].sort()).toEqual([answersDue.reference, answersDueToo.reference].sort())
    expect(requests).toHaveLength(1)
    expect(requests[0]).toMatchObject({ by: 'schedule', bookings: [requestDue.reference], requestCount: 1, answerCount: 2 })
    for (const personal of personalStrings) expect(JSON.stringify(added)).not.toContain(personal)
    expect(await stillThere(fresh.id)).toBe(true)

    // Nothing due, nothing recorded.
    await applyBookingRetention(cms.payload, retention)
    expect(await records()).toHaveLength(before + 2)
  })

  it('erases no answers when their record cannot be written', async () => {
    const due = await received(45)
    const before = (await records()).length
    await withRecordsFailing(() => expect(applyBookingRetention(cms.payload, retention)).rejects.toThrow())
    const kept = await cms.payload.findByID({ collection: 'bookings', id: due.id, depth: 0, overrideAccess: true })
    expect(kept.screeningAnswers).toHaveLength(2)
    expect(kept.screeningErasedAt).toBeFalsy()
    expect(await records()).toHaveLength(before)

    await applyBookingRetention(cms.payload, retention)
    expect((await records()).slice(before)).toEqual([expect.objectContaining({ reason: 'retentionScreeningAnswers', bookings: [due.reference] })])
  })

  it('keeps the records three years, then deletes them', async () => {
    const make = async (createdAt: string) => {
      const record = await cms.payload.create({
        collection: 'erasure-records',
        data: { reason: 'deleted', by: 'staff', bookings: ['KL-OLD01'], requestCount: 1, answerCount: 0 },
        overrideAccess: true,
      })
      await cms.payload.db.updateOne({ collection: 'erasure-records', id: record.id, data: { createdAt } })
      return record.id
    }
    const old = await make(daysAgo(1100))
    const young = await make(daysAgo(1090))
    await applyBookingRetention(cms.payload, retention)
    const left = (await records()).map((record) => record.id)
    expect(left).not.toContain(old)
    expect(left).toContain(young)
  })
})

describe('who may see and change the records', () => {
  it('admins read them, newest first; staff, editors and anonymous callers do not', async () => {
    const response = await cms.rest('GET', '/erasure-records?depth=0&limit=100', { token: accounts.admin.token })
    expect(response.status).toBe(200)
    const listed = ((await response.json()) as { docs: ErasureRecord[] }).docs.map((record) => record.createdAt)
    expect(listed.length).toBeGreaterThan(1)
    expect(listed).toEqual([...listed].sort().reverse())
    for (const role of ['staff', 'editor'] as const) expect((await cms.rest('GET', '/erasure-records', { token: accounts[role].token })).status).toBe(403)
    expect((await cms.rest('GET', '/erasure-records')).status).toBe(403)
    expect(cms.payload.collections['erasure-records'].config.admin.defaultColumns).toEqual([
      'createdAt',
      'reason',
      'by',
      'user',
      'requestCount',
      'answerCount',
      'bookings',
    ])
  })

  it('nobody writes, changes or deletes them through the API, admins included', async () => {
    const [record] = await records()
    for (const role of ['admin', 'staff', 'editor'] as const) {
      const token = accounts[role].token
      expect((await cms.rest('POST', '/erasure-records', { token, json: { reason: 'deleted', by: 'admin', requestCount: 0, answerCount: 0 } })).status).toBe(
        403,
      )
      expect((await cms.rest('PATCH', `/erasure-records/${record.id}`, { token, json: { requestCount: 0 } })).status).toBe(403)
      expect((await cms.rest('DELETE', `/erasure-records/${record.id}`, { token })).status).toBe(403)
      expect((await cms.rest('DELETE', `/erasure-records?${stringify({ where: { id: { exists: true } } })}`, { token })).status).toBe(403)
    }
    expect(await cms.payload.findByID({ collection: 'erasure-records', id: record.id, depth: 0, overrideAccess: true })).toEqual(record)
  })
})
