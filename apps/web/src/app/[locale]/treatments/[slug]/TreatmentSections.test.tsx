import { render, screen } from '@testing-library/react'
import { NextIntlClientProvider } from 'next-intl'

import en from '../../../../../messages/en.json'

import { BookingCallToAction } from './BookingCallToAction'
import { ContraindicationsSection } from './ContraindicationsSection'
import { FaqSection } from './FaqSection'
import { SessionPlanSection } from './SessionPlanSection'

const inEnglish = (node: React.ReactNode) =>
  render(
    <NextIntlClientProvider locale="en" messages={en}>
      {node}
    </NextIntlClientProvider>,
  )

describe('the treatment page’s sections', () => {
  it('contraindications: the absolute ones first, then those the physician decides, under the section heading', () => {
    inEnglish(
      <ContraindicationsSection
        entries={[
          { id: 'c', name: 'Diabetes', explanation: '', severity: 'caution', screeningQuestion: '' },
          { id: 'a', name: 'Pregnancy', explanation: '', severity: 'absolute', screeningQuestion: '' },
        ]}
      />,
    )
    expect(screen.getByRole('region', { name: 'Who should not be treated?' })).toBeInTheDocument()
    expect(screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual([
      'Not treated Not performed in these cases',
      'Physician decides Your physician decides in these cases',
    ])
  })

  it('contraindications and FAQs: no section when there is nothing to show', () => {
    const { container } = inEnglish(
      <>
        <ContraindicationsSection entries={[]} />
        <FaqSection faqs={[]} />
      </>,
    )
    expect(container).toBeEmptyDOMElement()
  })

  it('FAQs: each question opens its answer', () => {
    inEnglish(<FaqSection faqs={[{ id: 'f', question: 'Does it hurt?', answer: 'A little.', category: 'procedure', treatmentIds: [] }]} />)
    const question = screen.getByText('Does it hurt?')
    expect(question.tagName).toBe('SUMMARY')
    expect(question.closest('details.faq-item')).toHaveTextContent('A little.')
  })

  it('session plan: a range when the bounds differ, one number (pluralized) when they agree or one is missing', () => {
    inEnglish(<SessionPlanSection plan={{ sessionsMin: 4, sessionsMax: 6, intervalWeeksMin: 1, intervalWeeksMax: 1, sessionMinutes: 30 }} />)
    expect(screen.getByText('4–6 sessions')).toBeInTheDocument()
    expect(screen.getByText('1 week')).toBeInTheDocument()
    expect(screen.getByText('about 30 minutes')).toBeInTheDocument()
  })

  it('session plan: no section when the plan gives no numbers', () => {
    const { container } = inEnglish(<SessionPlanSection plan={{ note: 'Depends on the skin.' }} />)
    expect(container).toBeEmptyDOMElement()
  })

  it('booking call to action: links to the appointment form with this treatment chosen', () => {
    inEnglish(<BookingCallToAction treatment={{ title: 'Hair Mesotherapy', slug: 'hair-mesotherapy' }} />)
    expect(screen.getByRole('link', { name: 'Request an appointment for Hair Mesotherapy' })).toHaveAttribute(
      'href',
      '/en/appointment?treatment=hair-mesotherapy',
    )
  })
})
