import type { Payload } from 'payload'

import { isSealedWithCurrentKey, type AnswerKeys } from './screeningAnswerCipher'
import { readSealedAnswers } from './sealedAnswerField'

/**
 * Seals with the current key every screening answer that is not: answers stored before sealing
 * existed, and answers sealed with a previous key after a rotation. Runs before the CMS starts
 * (scripts/prepare.ts); returns how many bookings it resealed. Answers are opened by the field's
 * own read hook and sealed again by its change hook.
 */
export async function resealScreeningAnswers(payload: Payload, keys: AnswerKeys): Promise<number> {
  let resealed = 0
  for (let page = 1; ; page += 1) {
    const stored = await payload.find({
      collection: 'bookings',
      depth: 0,
      limit: 100,
      page,
      select: { screeningAnswers: true },
      overrideAccess: true,
      context: { [readSealedAnswers]: true },
    })
    for (const booking of stored.docs) {
      const answers = booking.screeningAnswers ?? []
      if (answers.every((row) => !row.answer || isSealedWithCurrentKey(row.answer, keys))) continue
      const opened = await payload.findByID({ collection: 'bookings', id: booking.id, depth: 0, select: { screeningAnswers: true }, overrideAccess: true })
      await payload.update({
        collection: 'bookings',
        id: booking.id,
        data: { screeningAnswers: opened.screeningAnswers },
        overrideAccess: true,
        context: { resealingScreeningAnswers: true },
      })
      resealed += 1
    }
    if (!stored.hasNextPage) return resealed
  }
}
