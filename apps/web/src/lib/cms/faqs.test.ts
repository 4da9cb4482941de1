/**
 * @jest-environment node
 */
import { fakeCms } from './fakeCms'
import { listFaqs } from './faqs'

afterEach(() => jest.restoreAllMocks())

describe('listFaqs', () => {
  it('lists the FAQs written in this language, in their order, tagged faqs', async () => {
    const { requests } = fakeCms({
      docs: [
        { id: '1', question: 'Acıtır mı?', answer: 'Hafifçe.', category: 'procedure', treatments: ['t1', { id: 't2' }] },
        { id: '2', question: 'Only in Turkish', answer: null, category: 'general' },
      ],
    })
    const faqs = await listFaqs('en')
    expect(requests).toEqual([
      {
        method: 'GET',
        path: '/api/faqs',
        query: { locale: 'en', 'fallback-locale': 'none', depth: '0', limit: '100', sort: 'order' },
        tags: ['faqs'],
        cache: 'force-cache',
      },
    ])
    expect(faqs).toEqual([{ id: '1', question: 'Acıtır mı?', answer: 'Hafifçe.', category: 'procedure', treatmentIds: ['t1', 't2'] }])
  })
})
