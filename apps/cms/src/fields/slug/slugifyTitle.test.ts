import { describe, expect, it } from '@jest/globals'

import { slugifyTitle } from './slugifyTitle'

describe('slugifyTitle', () => {
  it.each([
    ['Saç Dökülmesi İçin', 'tr', 'sac-dokulmesi-icin'],
    ['IŞIK ığdır ÇÖĞÜŞ', 'tr', 'isik-igdir-cogus'],
    ['Yüz Mezoterapisi (Mezolifting)', 'tr', 'yuz-mezoterapisi-mezolifting'],
    ['Bölgesel Mezoterapi & Selülit', 'tr', 'bolgesel-mezoterapi-ve-selulit'],
    ['Body Mesotherapy & Cellulite', 'en', 'body-mesotherapy-and-cellulite'],
    ['  Mesotherapy — what to expect?! ', 'en', 'mesotherapy-what-to-expect'],
    ['İİ ıı', 'tr', 'ii-ii'],
  ] as const)('%s (%s) → %s', (title, locale, slug) => {
    expect(slugifyTitle(title, locale)).toBe(slug)
  })

  it('keeps slugs to a sensible length without a trailing hyphen', () => {
    const slug = slugifyTitle('çok uzun '.repeat(30), 'tr')
    expect(slug.length).toBeLessThanOrEqual(96)
    expect(slug).not.toMatch(/-$/)
  })
})
