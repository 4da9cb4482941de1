/**
 * @jest-environment node
 */
import { getClinic } from './clinicSettings'
import { fakeCms } from './fakeCms'

afterEach(() => jest.restoreAllMocks())

describe('getClinic', () => {
  it('reads the clinic-settings global in the language, tagged clinic-settings', async () => {
    const { requests } = fakeCms({
      name: 'Klinik Aydın',
      phone: '+902125550147',
      privacyNoticeVersion: '3',
      openingHours: [{ days: 'Pzt–Cum', hours: '9–18', id: 'x' }],
    })
    const clinic = await getClinic('en')
    expect(requests).toEqual([
      { method: 'GET', path: '/api/globals/clinic-settings', query: { locale: 'en', depth: '0' }, tags: ['clinic-settings'], cache: 'force-cache' },
    ])
    expect(clinic).toMatchObject({
      name: 'Klinik Aydın',
      phone: '+902125550147',
      whatsapp: null,
      openingHours: [{ days: 'Pzt–Cum', hours: '9–18' }],
      consentText: '',
    })
  })
})
