import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'

import { FaqBrowser, type FaqEntry } from './FaqBrowser.client'

const faqs: FaqEntry[] = [
  { id: '1', question: 'Mezoterapi acıtır mı?', answer: 'Hafif bir batma hissedilebilir.', category: 'procedure', treatmentIds: [] },
  { id: '2', question: 'Saç için kaç seans gerekir?', answer: 'Genellikle 4–10 seans.', category: 'results', treatmentIds: ['hair'] },
  { id: '3', question: 'Yüzde morarma olur mu?', answer: 'Geçici morarma olabilir.', category: 'safety', treatmentIds: ['face'] },
]
const props = {
  faqs,
  treatments: [
    { id: 'hair', title: 'Saç Mezoterapisi' },
    { id: 'face', title: 'Yüz Mezoterapisi' },
  ],
  categories: [
    { key: 'procedure', label: 'Uygulama' },
    { key: 'safety', label: 'Güvenlik' },
    { key: 'results', label: 'Sonuçlar' },
  ],
  labels: {
    filter: 'Tedaviye göre süzün',
    all: 'Tüm sorular',
    empty: 'Bu seçim için soru yok.',
    countOne: '# soru gösteriliyor',
    countOther: '# soru gösteriliyor',
  },
}

describe('FaqBrowser', () => {
  it('shows every question it counts, also one in a category the page does not list', () => {
    const stray = { id: '4', question: 'Kampanya var mı?', answer: 'Hayır.', category: 'pricing', treatmentIds: [] }
    render(<FaqBrowser {...props} faqs={[...faqs, stray]} />)
    expect(screen.getByRole('status')).toHaveTextContent('4 soru gösteriliyor')
    expect(within(screen.getByRole('region', { name: 'Uygulama' })).getByText('Kampanya var mı?')).toBeInTheDocument()
    expect(document.querySelectorAll('details.faq-item')).toHaveLength(4)
  })

  it('groups every question under its category heading', () => {
    render(<FaqBrowser {...props} />)
    const safety = screen.getByRole('region', { name: 'Güvenlik' })
    expect(within(safety).getByText('Yüzde morarma olur mu?')).toBeInTheDocument()
    expect(screen.getByRole('status')).toHaveTextContent('3 soru gösteriliyor')
  })

  it('shows only the chosen treatment’s questions and hides empty groups', async () => {
    const user = userEvent.setup()
    render(<FaqBrowser {...props} />)
    await user.selectOptions(screen.getByLabelText('Tedaviye göre süzün'), 'hair')
    expect(screen.getByText('Saç için kaç seans gerekir?')).toBeInTheDocument()
    expect(screen.queryByText('Mezoterapi acıtır mı?')).toBeNull()
    expect(screen.queryByRole('region', { name: 'Güvenlik' })).toBeNull()
    expect(screen.getByRole('status')).toHaveTextContent('1 soru gösteriliyor')
    await user.selectOptions(screen.getByLabelText('Tedaviye göre süzün'), '')
    expect(screen.getByRole('status')).toHaveTextContent('3 soru gösteriliyor')
  })

  it('opens an answer when its question is clicked', async () => {
    const user = userEvent.setup()
    render(<FaqBrowser {...props} />)
    const question = screen.getByText('Mezoterapi acıtır mı?')
    expect(question.closest('details')).not.toHaveAttribute('open')
    await user.click(question)
    expect(question.closest('details')).toHaveAttribute('open')
  })
})
