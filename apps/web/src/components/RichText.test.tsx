import { render, screen } from '@testing-library/react'

import { RichText } from './RichText'

const value = {
  root: {
    type: 'root',
    children: [
      { type: 'heading', tag: 'h2', children: [{ type: 'text', text: 'Nasıl uygulanır?', format: 0 }] },
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: 'Kalın', format: 1 },
          { type: 'text', text: ' ve normal', format: 0 },
        ],
      },
      { type: 'list', listType: 'bullet', children: [{ type: 'listitem', children: [{ type: 'text', text: 'Birinci madde' }] }] },
      { type: 'link', fields: { url: 'javascript:alert(1)' }, children: [{ type: 'text', text: 'tehlikeli' }] },
      { type: 'link', fields: { url: 'https://example.com', newTab: true }, children: [{ type: 'text', text: 'güvenli' }] },
    ],
  },
} as never

describe('RichText', () => {
  it('renders headings, formatted text and lists', () => {
    render(<RichText value={value} />)
    expect(screen.getByRole('heading', { level: 2, name: 'Nasıl uygulanır?' })).toBeInTheDocument()
    expect(screen.getByText('Kalın').closest('strong')).not.toBeNull()
    expect(screen.getByRole('listitem')).toHaveTextContent('Birinci madde')
  })

  it('drops unsafe link targets and opens external links safely', () => {
    render(<RichText value={value} />)
    expect(screen.queryByRole('link', { name: 'tehlikeli' })).toBeNull()
    const safe = screen.getByRole('link', { name: 'güvenli' })
    expect(safe).toHaveAttribute('href', 'https://example.com')
    expect(safe).toHaveAttribute('rel', 'noopener noreferrer')
  })

  it('shifts heading levels under a page heading', () => {
    render(<RichText value={value} headingOffset={1} />)
    expect(screen.getByRole('heading', { level: 3, name: 'Nasıl uygulanır?' })).toBeInTheDocument()
  })

  it('renders nothing for empty content', () => {
    const { container } = render(<RichText value={null} />)
    expect(container).toBeEmptyDOMElement()
  })
})
