import { randomBytes } from 'node:crypto'
import type { Payload, PayloadRequest } from 'payload'

import type { Booking } from '@klinik/cms-types/payload-types'

import { daysFromToday } from './clinicDate'

let serial = 0
const alphabet = '23456789ABCDEFGHJKMNPQRSTUVWXYZ'
/** Unique within a run: the serial number in the references' own alphabet, from a random start. */
const start = Math.floor(Math.random() * 20_000_000)
function uniqueReference(): string {
  let value = start + serial
  let code = ''
  for (let index = 0; index < 5; index += 1) {
    code = alphabet[value % alphabet.length] + code
    value = Math.floor(value / alphabet.length)
  }
  return `KL-${code}`
}

/** A stored booking request as the intake would have stored it (Local API, no access checks; in `req`'s transaction when given). */
export async function createBooking(payload: Payload, treatmentId: string, data: Partial<Booking> = {}, req?: PayloadRequest): Promise<Booking> {
  serial += 1
  return payload.create({
    collection: 'bookings',
    overrideAccess: true,
    req,
    data: {
      reference: uniqueReference(),
      status: 'new',
      fullName: `Ayşe Işık ${serial}`,
      phone: '+905325550147',
      email: 'ayse@example.com',
      treatment: treatmentId,
      preferredDates: [{ date: daysFromToday(7) }],
      timeOfDay: 'morning',
      contactChannel: 'phone',
      locale: 'tr',
      message: 'GİZLİ-MESAJ',
      screeningAnswers: [{ question: 'Hamile misiniz?', answer: 'yes', severity: 'absolute' }],
      contraindicationFlag: true,
      consent: { noticeVersion: '2026-11', textHash: 'a'.repeat(64), givenAt: new Date().toISOString() },
      idempotencyKey: `test-key-${serial}-${randomBytes(8).toString('hex')}`,
      requestHash: 'b'.repeat(64),
      ...data,
    } as never,
  }) as Promise<Booking>
}

/** An instant `days` from now, at 10:30 UTC. */
export function instantInDays(days: number): string {
  const date = new Date(`${daysFromToday(days)}T10:30:00.000Z`)
  return date.toISOString()
}
