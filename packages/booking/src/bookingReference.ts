import { randomInt } from 'node:crypto'

/** No 0/O, 1/I/L: a reference read out over the phone must not be misheard. */
const alphabet = '23456789ABCDEFGHJKMNPQRSTUVWXYZ'

/** A short human reference such as KL-7K3Q9 (31^5 ≈ 29 million values). */
export function newBookingReference(): string {
  let code = ''
  for (let i = 0; i < 5; i += 1) code += alphabet[randomInt(alphabet.length)]
  return `KL-${code}`
}

export const bookingReferencePattern = /^KL-[2-9A-HJKMNP-Z]{5}$/
