/**
 * @jest-environment node
 */
import { listContraindications } from './contraindications'
import { fakeCms } from './fakeCms'

afterEach(() => jest.restoreAllMocks())

describe('listContraindications', () => {
  it('lists the contraindications written in this language, in their order, tagged contraindications', async () => {
    const { requests } = fakeCms({
      docs: [
        { id: '1', name: 'Gebelik', explanation: 'Uygulanmaz.', severity: 'absolute', screeningQuestion: 'Hamile misiniz?' },
        { id: '2', name: null, severity: 'caution' },
      ],
    })
    const entries = await listContraindications('tr')
    expect(requests).toEqual([
      {
        method: 'GET',
        path: '/api/contraindications',
        query: { locale: 'tr', 'fallback-locale': 'none', depth: '0', limit: '100', sort: 'order' },
        tags: ['contraindications'],
        cache: 'force-cache',
      },
    ])
    expect(entries).toEqual([{ id: '1', name: 'Gebelik', explanation: 'Uygulanmaz.', severity: 'absolute', screeningQuestion: 'Hamile misiniz?' }])
  })
})
