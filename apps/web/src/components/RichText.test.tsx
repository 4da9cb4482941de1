import { render, screen } from '@testing-library/react'

import type { Locale } from '@klinik/config/locales'
import { richTextNodeTypes, richTextTextFormats, type RichTextNodeType, type RichTextTextFormat } from '@klinik/config/richText'

import type { RichTextContent, RichTextTargets } from '@/lib/cms/richText'

import { RichText } from './RichText'

type Node = { type: string; children?: Node[]; [key: string]: unknown }

const text = (words: string, format = 0): Node => ({ type: 'text', text: words, format })
const paragraph = (...children: Node[]): Node => ({ type: 'paragraph', children })
const noTargets: RichTextTargets = { locale: 'tr', treatmentSlugs: {}, images: {} }
const content = (children: Node[], targets: RichTextTargets = noTargets) =>
  ({ value: { root: { type: 'root', children } }, targets }) as unknown as RichTextContent

/** A link to a treatment as the CMS answers it (an id; populated at a greater depth). */
const treatmentLink = (words: string, value: string | { id: string } = 't1'): Node => ({
  type: 'link',
  fields: { linkType: 'internal', newTab: false, doc: { relationTo: 'treatments', value } },
  children: [text(words)],
})
const upload: Node = { type: 'upload', relationTo: 'media', value: { id: 'm1', alt: 'whatever the CMS answered' } }

/** The image of m1 as lib/cms/richText resolves it for a reader of each language. */
const imageIn = (alt: string) => ({
  m1: { url: 'https://cms.example.com/media/skin-768x512.webp', alt, width: 768, height: 512, srcSet: 'https://cms.example.com/media/skin-768x512.webp 768w' },
})
const targetsIn: Record<Locale, RichTextTargets> = {
  tr: { locale: 'tr', treatmentSlugs: { t1: 'sac-mezoterapisi' }, images: imageIn('Uygulama öncesi cilt') },
  en: { locale: 'en', treatmentSlugs: { t1: 'hair-mesotherapy' }, images: imageIn('Skin before the treatment') },
}

/** The element each text format draws. */
const formatTags: Record<RichTextTextFormat, string> = {
  bold: 'STRONG',
  italic: 'EM',
  strikethrough: 'S',
  underline: 'U',
  subscript: 'SUB',
  superscript: 'SUP',
}

/** One document per node type the site lists, and what a reader must see of it. */
const everyNodeType: Record<RichTextNodeType, { children: Node[]; targets?: RichTextTargets; shows: (container: HTMLElement) => void }> = {
  root: { children: [paragraph(text('Kök'))], shows: (container) => expect(container.firstElementChild).toHaveClass('prose') },
  paragraph: { children: [paragraph(text('Bir paragraf'))], shows: () => expect(screen.getByText('Bir paragraf').closest('p')).not.toBeNull() },
  text: {
    children: [paragraph(...Object.entries(richTextTextFormats).map(([name, bit]) => text(name, bit)))],
    shows: () => {
      for (const [name, tag] of Object.entries(formatTags)) expect(screen.getByText(name).tagName).toBe(tag)
    },
  },
  linebreak: {
    children: [paragraph(text('Birinci satır'), { type: 'linebreak' }, text('ikinci satır'))],
    shows: (c) => expect(c.querySelector('p > br')).not.toBeNull(),
  },
  tab: { children: [paragraph(text('Sütun'), { type: 'tab' }, text('değer'))], shows: (c) => expect(c.querySelector('p')!.textContent).toBe('Sütun\tdeğer') },
  heading: {
    children: [
      { type: 'heading', tag: 'h2', children: [text('Nasıl uygulanır?')] },
      { type: 'heading', tag: 'h3', children: [text('Seans')] },
    ],
    shows: () => {
      expect(screen.getByRole('heading', { level: 2, name: 'Nasıl uygulanır?' })).toBeInTheDocument()
      expect(screen.getByRole('heading', { level: 3, name: 'Seans' })).toBeInTheDocument()
    },
  },
  quote: {
    children: [{ type: 'quote', children: [text('Bir alıntı')] }],
    shows: () => expect(screen.getByText('Bir alıntı').closest('blockquote')).not.toBeNull(),
  },
  list: {
    children: [
      { type: 'list', listType: 'bullet', children: [{ type: 'listitem', children: [text('Madde')] }] },
      { type: 'list', listType: 'number', start: 3, children: [{ type: 'listitem', children: [text('Üçüncü adım')] }] },
    ],
    shows: (container) => {
      expect(screen.getByText('Madde').closest('ul')).not.toBeNull()
      expect(container.querySelector('ol')).toHaveAttribute('start', '3')
    },
  },
  listitem: {
    children: [{ type: 'list', listType: 'bullet', children: [{ type: 'listitem', children: [text('Birinci madde')] }] }],
    shows: () => expect(screen.getByRole('listitem')).toHaveTextContent('Birinci madde'),
  },
  horizontalrule: { children: [paragraph(text('Önce')), { type: 'horizontalrule' }], shows: (c) => expect(c.querySelector('hr')).not.toBeNull() },
  link: {
    children: [paragraph({ type: 'link', fields: { linkType: 'custom', url: 'https://example.com', newTab: true }, children: [text('güvenli')] })],
    shows: () => {
      const link = screen.getByRole('link', { name: 'güvenli' })
      expect(link).toHaveAttribute('href', 'https://example.com')
      expect(link).toHaveAttribute('rel', 'noopener noreferrer')
    },
  },
  autolink: {
    children: [paragraph({ type: 'autolink', fields: { linkType: 'custom', url: 'https://example.com/a' }, children: [text('example.com/a')] })],
    shows: () => expect(screen.getByRole('link', { name: 'example.com/a' })).toHaveAttribute('href', 'https://example.com/a'),
  },
  upload: {
    children: [upload],
    targets: targetsIn.tr,
    shows: () => expect(screen.getByRole('img', { name: 'Uygulama öncesi cilt' })).toHaveAttribute('src', 'https://cms.example.com/media/skin-768x512.webp'),
  },
}

describe('RichText', () => {
  it('has an example for every node type the site lists, and no other', () => {
    expect(Object.keys(everyNodeType).sort()).toEqual([...richTextNodeTypes].sort())
  })

  it.each(Object.entries(everyNodeType))('renders %s', (_type, { children, targets, shows }) => {
    const { container } = render(<RichText content={content(children, targets)} className="prose" />)
    shows(container)
  })

  it('links a treatment at its address in the reader’s language, whether the CMS answered its id or the document', () => {
    for (const [locale, path] of [
      ['tr', '/tr/tedaviler/sac-mezoterapisi'],
      ['en', '/en/treatments/hair-mesotherapy'],
    ] as const) {
      const { unmount } = render(
        <RichText content={content([paragraph(treatmentLink('tedavi'), treatmentLink('populated', { id: 't1' }))], targetsIn[locale])} />,
      )
      expect(screen.getByRole('link', { name: 'tedavi' })).toHaveAttribute('href', path)
      expect(screen.getByRole('link', { name: 'populated' })).toHaveAttribute('href', path)
      unmount()
    }
  })

  it('shows a link to a treatment not published in the reader’s language as its words alone', () => {
    render(<RichText content={content([paragraph(treatmentLink('taslak tedavi', 't-draft'))], targetsIn.en)} />)
    expect(screen.getByText('taslak tedavi')).toBeInTheDocument()
    expect(screen.queryByRole('link')).toBeNull()
  })

  it('gives an image the alt text in the reader’s language', () => {
    for (const [locale, alt] of [
      ['tr', 'Uygulama öncesi cilt'],
      ['en', 'Skin before the treatment'],
    ] as const) {
      const { unmount } = render(<RichText content={content([upload], targetsIn[locale])} />)
      const image = screen.getByRole('img', { name: alt })
      expect(image).toHaveAttribute('width', '768')
      expect(image).toHaveAttribute('loading', 'lazy')
      unmount()
    }
  })

  it('shows nothing for an image that was not populated or no longer exists', () => {
    const { container } = render(
      <RichText
        content={content(
          [
            { type: 'upload', relationTo: 'media', value: 'm2' },
            { ...upload, value: null },
          ],
          targetsIn.tr,
        )}
      />,
    )
    expect(container.querySelector('img')).toBeNull()
  })

  it('drops unsafe link targets', () => {
    render(<RichText content={content([paragraph({ type: 'link', fields: { url: 'javascript:alert(1)' }, children: [text('tehlikeli')] })])} />)
    expect(screen.getByText('tehlikeli')).toBeInTheDocument()
    expect(screen.queryByRole('link', { name: 'tehlikeli' })).toBeNull()
  })

  it('shifts heading levels under a page heading', () => {
    render(<RichText content={content([{ type: 'heading', tag: 'h2', children: [text('Nasıl uygulanır?')] }])} headingOffset={1} />)
    expect(screen.getByRole('heading', { level: 3, name: 'Nasıl uygulanır?' })).toBeInTheDocument()
  })

  it('renders the words of a node type it does not know (older content)', () => {
    render(<RichText content={content([{ type: 'checklistish', children: [paragraph(text('Eski içerik'))] }])} />)
    expect(screen.getByText('Eski içerik')).toBeInTheDocument()
  })

  it('renders nothing for empty content', () => {
    const { container } = render(<RichText content={null} />)
    expect(container).toBeEmptyDOMElement()
  })
})
