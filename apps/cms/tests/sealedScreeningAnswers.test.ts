/**
 * Screening answers are sealed in the database: the stored value, the database file and a
 * backup of it do not reveal them; staff and admins read them as before; a key rotation
 * reseals them before the CMS starts.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'

import type { Booking } from '@klinik/cms-types/payload-types'

import { resealScreeningAnswers } from '../src/healthData/resealScreeningAnswers'
import { isSealedWithCurrentKey, sealAnswer } from '../src/healthData/screeningAnswerCipher'
import { readSealedAnswers } from '../src/healthData/sealedAnswerField'
import { createBooking } from './helpers/bookings'
import { startTestCms, type TestCms } from './helpers/testPayload'
import { signInEveryRole, type Role, type SignedIn } from './helpers/users'

const currentKey = randomBytes(32)
const previousKey = randomBytes(32)
const keys = { current: currentKey, readable: [currentKey, previousKey] }

let cms: TestCms
let accounts: Record<Role, SignedIn>
let treatmentId: string

beforeAll(async () => {
  cms = await startTestCms({ SCREENING_ANSWERS_KEY: currentKey.toString('base64'), SCREENING_ANSWERS_PREVIOUS_KEYS: previousKey.toString('base64') })
  accounts = await signInEveryRole(cms.payload)
  const treatment = await cms.payload.create({ collection: 'treatments', locale: 'tr', data: { title: 'Saç Mezoterapisi', _status: 'published' } })
  treatmentId = String(treatment.id)
})
afterAll(async () => {
  await cms?.cleanup()
})

/** The booking's answers as the database holds them. */
async function storedAnswers(id: string): Promise<string[]> {
  const raw = await cms.payload.findByID({ collection: 'bookings', id, depth: 0, overrideAccess: true, context: { [readSealedAnswers]: true } })
  return (raw.screeningAnswers ?? []).map((row) => row.answer ?? '')
}

const answerOf = (question: string) => ({ question, severity: 'absolute' })

describe('sealed screening answers', () => {
  it('are stored sealed with the current key, and staff and admins read them as the patient gave them', async () => {
    const booking = await createBooking(cms.payload, treatmentId, {
      screeningAnswers: [
        { ...answerOf('Hamile misiniz?'), answer: 'yes' },
        { ...answerOf('Kan sulandırıcı kullanıyor musunuz?'), answer: 'unsure' },
      ],
    })
    const stored = await storedAnswers(booking.id)
    expect(stored.every((value) => isSealedWithCurrentKey(value, keys))).toBe(true)
    expect(stored.join(' ')).not.toMatch(/\b(yes|unsure)\b/)
    for (const role of ['staff', 'admin'] as const) {
      const response = await cms.rest('GET', `/bookings/${booking.id}?depth=0`, { token: accounts[role].token })
      const read = (await response.json()) as Booking
      expect(read.screeningAnswers?.map((row) => row.answer)).toEqual(['yes', 'unsure'])
    }
  })

  it('stay sealed when staff change something else about the booking', async () => {
    const booking = await createBooking(cms.payload, treatmentId, { screeningAnswers: [{ ...answerOf('Hamile misiniz?'), answer: 'no' }] })
    const before = await storedAnswers(booking.id)
    const response = await cms.rest('PATCH', `/bookings/${booking.id}`, { token: accounts.staff.token, json: { status: 'contacted' } })
    expect(response.status).toBe(200)
    const after = await storedAnswers(booking.id)
    expect(after.every((value) => isSealedWithCurrentKey(value, keys))).toBe(true)
    expect(((await response.json()) as { doc: Booking }).doc.screeningAnswers?.[0].answer).toBe('no')
    expect(before).toHaveLength(1)
  })

  it('never reach the database file in the clear', async () => {
    const marker = `unsure`
    await createBooking(cms.payload, treatmentId, { screeningAnswers: [{ ...answerOf('Emzirme döneminde misiniz?'), answer: marker }] })
    const file = cms.databaseFile
    // The question is on the form for everyone; only the answer is health data.
    const bytes = readFileSync(file).toString('latin1') + readFileSync(`${file}-wal`, { flag: 'a+' }).toString('latin1')
    expect(bytes).toContain('Emzirme')
    expect(bytes).not.toMatch(/\bunsure\b|\byes\b(?!\w)/)
  })

  it('are resealed with the current key after a rotation, and answers stored before sealing get sealed', async () => {
    const booking = await createBooking(cms.payload, treatmentId, {
      screeningAnswers: [
        { ...answerOf('Hamile misiniz?'), answer: 'yes' },
        { ...answerOf('Kan sulandırıcı kullanıyor musunuz?'), answer: 'no' },
      ],
    })
    const rows = (
      await cms.payload.findByID({ collection: 'bookings', id: booking.id, depth: 0, overrideAccess: true, context: { [readSealedAnswers]: true } })
    ).screeningAnswers!
    // As a booking stored under the previous key, and one stored before answers were sealed.
    await cms.payload.db.updateOne({
      collection: 'bookings',
      id: booking.id,
      data: {
        screeningAnswers: [
          { ...rows[0], answer: sealAnswer('yes', { current: previousKey, readable: [previousKey] }) },
          { ...rows[1], answer: 'no' },
        ],
      },
    })
    expect((await storedAnswers(booking.id)).some((value) => !isSealedWithCurrentKey(value, keys))).toBe(true)

    expect(await resealScreeningAnswers(cms.payload, keys)).toBeGreaterThanOrEqual(1)
    const stored = await storedAnswers(booking.id)
    expect(stored.every((value) => isSealedWithCurrentKey(value, keys))).toBe(true)
    const read = (await (await cms.rest('GET', `/bookings/${booking.id}?depth=0`, { token: accounts.staff.token })).json()) as Booking
    expect(read.screeningAnswers?.map((row) => row.answer)).toEqual(['yes', 'no'])
    // Nothing left to do the second time.
    expect(await resealScreeningAnswers(cms.payload, keys)).toBe(0)
  })
})
