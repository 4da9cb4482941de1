/**
 * @jest-environment node
 */
import { listBookableTreatments, sendBookingRequest } from './bookings'
import { fakeCms } from './fakeCms'

afterEach(() => jest.restoreAllMocks())

describe('listBookableTreatments', () => {
  it('asks for the treatments with a title and a slug in this language (questions may fall back), tagged treatments and contraindications', async () => {
    const { requests } = fakeCms({
      docs: [
        {
          id: 't1',
          title: 'Saç Mezoterapisi',
          slug: 'sac-mezoterapisi',
          contraindications: [
            { id: 'c1', name: 'Gebelik', severity: 'absolute', screeningQuestion: 'Hamile misiniz?', _status: 'published' },
            { id: 'c2', name: 'Taslak', severity: 'caution', screeningQuestion: 'Taslak?', _status: 'draft' },
          ],
        },
      ],
    })
    const treatments = await listBookableTreatments('tr')
    expect(requests).toEqual([
      {
        method: 'GET',
        path: '/api/treatments',
        query: { locale: 'tr', where: { and: [{ title: { exists: 'true' } }, { slug: { exists: 'true' } }] }, depth: '1', limit: '100', sort: 'title' },
        tags: ['treatments', 'contraindications'],
        cache: 'force-cache',
      },
    ])
    expect(treatments).toEqual([
      { id: 't1', title: 'Saç Mezoterapisi', slug: 'sac-mezoterapisi', screeningQuestions: [{ id: 'c1', question: 'Hamile misiniz?' }] },
    ])
  })
})

describe('sendBookingRequest', () => {
  const request = { locale: 'en' } as Parameters<typeof sendBookingRequest>[0]

  it('posts to the intake uncached and answers the stored reference', async () => {
    const { requests, fetchMock } = fakeCms({ reference: 'KL-7K3MQ' })
    expect(await sendBookingRequest(request, 'form-key', null)).toEqual({ outcome: 'stored', reference: 'KL-7K3MQ' })
    expect(requests).toEqual([{ method: 'POST', path: '/api/bookings/intake', query: {}, tags: undefined, cache: 'no-store' }])
    const init = fetchMock.mock.calls[0][1]!
    expect(JSON.parse(String(init.body))).toEqual({ idempotencyKey: 'form-key', request })
    expect(init.headers).toMatchObject({ 'Content-Language': 'en' })
  })

  it('passes on the CMS’s messages per field, and says unavailable when the CMS fails', async () => {
    jest.spyOn(console, 'error').mockImplementation(() => undefined)
    fakeCms(Response.json({ errors: { phone: 'Check the number', other: 3 } }, { status: 400 }), Response.json({}, { status: 500 }))
    expect(await sendBookingRequest(request, 'k', null)).toEqual({ outcome: 'refused', status: 400, errors: { phone: 'Check the number' } })
    expect(await sendBookingRequest(request, 'k', null)).toEqual({ outcome: 'unavailable' })
  })
})
