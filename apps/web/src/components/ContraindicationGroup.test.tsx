import { render, screen, within } from '@testing-library/react'
import { NextIntlClientProvider } from 'next-intl'

import en from '../../messages/en.json'
import tr from '../../messages/tr.json'
import type { ContraindicationItem } from '@/lib/cms/contraindications'

import { ContraindicationGroup } from './ContraindicationGroup'

const entries: ContraindicationItem[] = [
  { id: '1', name: 'Pregnancy', explanation: 'Not performed while pregnant.', severity: 'absolute', screeningQuestion: '' },
  { id: '2', name: 'Active skin infection', explanation: '', severity: 'absolute', screeningQuestion: '' },
]

function renderIn(locale: 'tr' | 'en', node: React.ReactNode) {
  return render(
    <NextIntlClientProvider locale={locale} messages={locale === 'tr' ? tr : en}>
      {node}
    </NextIntlClientProvider>,
  )
}

describe('ContraindicationGroup', () => {
  it('on a treatment page: a group under a badged h3, names first, an explanation opening on demand', () => {
    const { container } = renderIn('en', <ContraindicationGroup severity="absolute" heading="Not performed in these cases" entries={entries} />)
    const group = container.querySelector('div.severity.severity--absolute')!
    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent('Not treated Not performed in these cases')
    expect(group.querySelector('h3 > .badge.badge--absolute')).toHaveTextContent('Not treated')
    const items = group.querySelectorAll('ul.condition-details > li')
    expect(items).toHaveLength(2)
    expect(items[0].querySelector('details > summary')).toHaveTextContent('Pregnancy')
    expect(items[0].querySelector('details > p')).toHaveTextContent('Not performed while pregnant.')
    // Nothing to open: the name alone.
    expect(items[1].innerHTML).toBe('<strong>Active skin infection</strong>')
  })

  it('on the contraindications page: a section of its own with its explanation and every entry open', () => {
    renderIn('tr', <ContraindicationGroup severity="caution" heading="Hekim karar verir" standalone={{ id: 'caution', text: 'Açıklama' }} entries={entries} />)
    const section = screen.getByRole('region', { name: /Hekim karar verir/ })
    expect(section).toHaveClass('severity', 'severity--caution', 'section')
    expect(within(section).getByRole('heading', { level: 2 }).querySelector('.badge.badge--caution')).toHaveTextContent(tr.Treatment.cautionBadge)
    expect(section.querySelector(':scope > p')).toHaveTextContent('Açıklama')
    expect(
      within(section)
        .getAllByRole('heading', { level: 3 })
        .map((heading) => heading.textContent),
    ).toEqual(['Pregnancy', 'Active skin infection'])
    expect(section.querySelectorAll('ul.condition-list > li > p')).toHaveLength(1)
    expect(section.querySelector('details')).toBeNull()
  })

  it('renders nothing for a severity without entries', () => {
    const { container } = renderIn('en', <ContraindicationGroup severity="caution" heading="x" standalone={{ id: 'caution', text: 'y' }} entries={[]} />)
    expect(container).toBeEmptyDOMElement()
  })
})
