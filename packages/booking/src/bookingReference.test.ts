import { describe, expect, it } from '@jest/globals'

import { bookingReferencePattern, newBookingReference } from './bookingReference'

describe('booking references', () => {
  it('look like KL-7K3Q9 and avoid letters that are misheard on the phone', () => {
    const references = Array.from({ length: 500 }, newBookingReference)
    for (const reference of references) expect(reference).toMatch(bookingReferencePattern)
    expect(references.map((reference) => reference.slice(3)).join('')).not.toMatch(/[01OIL]/)
    expect(new Set(references).size).toBeGreaterThan(490)
  })

  it('the pattern refuses anything else', () => {
    for (const text of ['KL-7K3Q', 'KL-7K3Q9X', 'kl-7k3q9', 'KL-0O1IL', 'XX-7K3Q9', ' KL-7K3Q9']) expect(text).not.toMatch(bookingReferencePattern)
  })
})
