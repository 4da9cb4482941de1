/**
 * @jest-environment node
 */
import { forgetKnownTreatmentSlugs, isKnownTreatmentSlug } from './knownTreatmentSlugs'

jest.mock('./cms/treatmentAddresses', () => ({ fetchTreatmentAddresses: jest.fn() }))

const addresses = (tr: string[], en: string[]) => ({ tr: new Set(tr), en: new Set(en) })

beforeEach(() => forgetKnownTreatmentSlugs())

describe('isKnownTreatmentSlug', () => {
  it('knows current and earlier slugs per language, and nothing else', async () => {
    const load = jest.fn(async () => addresses(['sac-mezoterapisi', 'eski-adres'], ['hair-mesotherapy']))
    expect(await isKnownTreatmentSlug('tr', 'sac-mezoterapisi', { load, now: 0 })).toBe(true)
    expect(await isKnownTreatmentSlug('tr', 'eski-adres', { load, now: 1 })).toBe(true)
    expect(await isKnownTreatmentSlug('en', 'sac-mezoterapisi', { load, now: 2 })).toBe(false)
    expect(await isKnownTreatmentSlug('tr', 'made-up', { load, now: 3 })).toBe(false)
  })

  it('asks the CMS at most once a second, however many unknown slugs arrive at once', async () => {
    const load = jest.fn(async () => addresses(['a'], ['b']))
    await Promise.all(Array.from({ length: 1000 }, (_, index) => isKnownTreatmentSlug('tr', `random-${index}`, { load, now: 10_000 })))
    expect(load).toHaveBeenCalledTimes(1)
    for (let index = 0; index < 100; index += 1) await isKnownTreatmentSlug('tr', `random-${index}`, { load, now: 10_500 })
    expect(load).toHaveBeenCalledTimes(1)
    await isKnownTreatmentSlug('tr', 'random-again', { load, now: 11_000 })
    expect(load).toHaveBeenCalledTimes(2)
  })

  it('finds a treatment published a moment ago on its first visit', async () => {
    const load = jest
      .fn()
      .mockResolvedValueOnce(addresses(['a'], []))
      .mockResolvedValueOnce(addresses(['a', 'yeni-tedavi'], []))
    expect(await isKnownTreatmentSlug('tr', 'a', { load, now: 0 })).toBe(true)
    expect(await isKnownTreatmentSlug('tr', 'yeni-tedavi', { load, now: 1_200 })).toBe(true)
  })

  it('lets every slug through while the CMS has never answered, and keeps the last list when it stops answering', async () => {
    const load = jest
      .fn()
      .mockRejectedValueOnce(new Error('down'))
      .mockResolvedValueOnce(addresses(['a'], []))
      .mockRejectedValue(new Error('down'))
    expect(await isKnownTreatmentSlug('tr', 'anything', { load, now: 0 })).toBe(true)
    expect(await isKnownTreatmentSlug('tr', 'made-up', { load, now: 1_000 })).toBe(false)
    expect(await isKnownTreatmentSlug('tr', 'a', { load, now: 5_000 })).toBe(true)
    expect(await isKnownTreatmentSlug('tr', 'made-up', { load, now: 5_000 })).toBe(false)
  })
})
