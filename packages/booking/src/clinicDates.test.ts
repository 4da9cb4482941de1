import { describe, expect, it } from '@jest/globals'

import { addMonths, clinicToday, isCalendarDate } from './clinicDates'

describe('clinic dates', () => {
  it('uses the Istanbul calendar: 22:30 UTC on the 23rd is already the 24th there', () => {
    expect(clinicToday(new Date('2026-11-23T22:30:00Z'))).toBe('2026-11-24')
    expect(clinicToday(new Date('2026-11-23T20:30:00Z'))).toBe('2026-11-23')
  })

  it.each([
    ['2027-02-28', true],
    ['2028-02-29', true],
    ['2027-02-29', false],
    ['2027-02-30', false],
    ['2026-13-01', false],
    ['2026-04-31', false],
    ['2026-1-5', false],
    ['', false],
  ])('%s is a calendar date: %s', (value, expected) => {
    expect(isCalendarDate(value)).toBe(expected)
  })

  it('adds months, clamping to the end of shorter months', () => {
    expect(addMonths('2026-11-23', 6)).toBe('2027-05-23')
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28')
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29')
  })
})
