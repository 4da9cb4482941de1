/**
 * @jest-environment node
 */
import { fakeCms } from './fakeCms'
import { resolveRichText, type RichTextValue } from './richText'

afterEach(() => jest.restoreAllMocks())

type Node = { type: string; children?: Node[]; [key: string]: unknown }

const value = (...children: Node[]) => ({ root: { type: 'root', children } }) as unknown as RichTextValue
const text = (words: string): Node => ({ type: 'text', text: words, format: 0 })
const treatmentLink = (id: string | { id: string }): Node => ({
  type: 'link',
  fields: { linkType: 'internal', doc: { relationTo: 'treatments', value: id } },
  children: [text('bir tedavi')],
})
/** An image as the CMS answers it at depth ≥ 1: the media document, alt text in the asked language. */
const media = (alt: string) => ({
  id: 'm1',
  alt,
  url: '/api/media/file/skin.png',
  width: 1200,
  height: 800,
  sizes: { card: { url: '/api/media/file/skin-768x512.webp', width: 768, height: 512 } },
})

describe('resolveRichText', () => {
  it('reads nothing for a text without links to treatments', async () => {
    const { requests } = fakeCms()
    const withoutTreatmentLinks = value({
      type: 'paragraph',
      children: [{ type: 'link', fields: { linkType: 'custom', url: 'https://example.com' }, children: [text('x')] }],
    })
    expect(await resolveRichText(withoutTreatmentLinks, 'tr')).toEqual({
      value: withoutTreatmentLinks,
      targets: { locale: 'tr', treatmentSlugs: {}, images: {} },
    })
    expect(requests).toEqual([])
    expect(await resolveRichText(null, 'tr')).toBeNull()
  })

  it('looks up the linked treatments’ slugs in the reader’s language, published and written there only, tagged treatments', async () => {
    const { requests } = fakeCms({ docs: [{ id: 't1', title: 'Hair mesotherapy', slug: 'hair-mesotherapy' }] })
    const resolved = await resolveRichText(
      value({ type: 'paragraph', children: [treatmentLink('t2'), treatmentLink({ id: 't1' }), treatmentLink('t1')] }),
      'en',
    )
    expect(resolved?.targets.treatmentSlugs).toEqual({ t1: 'hair-mesotherapy' })
    expect(requests).toEqual([
      {
        method: 'GET',
        path: '/api/treatments',
        query: {
          locale: 'en',
          'fallback-locale': 'none',
          where: { id: { in: ['t1', 't2'] } },
          depth: '0',
          limit: '2',
          select: { slug: 'true', title: 'true' },
        },
        tags: ['treatments'],
        cache: 'force-cache',
      },
    ])
  })

  it('keeps out a linked treatment that is not written in the reader’s language', async () => {
    fakeCms({ docs: [{ id: 't1', title: null, slug: null }] })
    expect((await resolveRichText(value(treatmentLink('t1')), 'en'))?.targets.treatmentSlugs).toEqual({})
  })

  it('takes each populated image in the CMS’s sizes, with the alt text the CMS answered in the reader’s language', async () => {
    fakeCms()
    for (const [locale, alt] of [
      ['tr', 'Uygulama öncesi cilt'],
      ['en', 'Skin before the treatment'],
    ] as const) {
      const resolved = await resolveRichText(
        value({ type: 'upload', relationTo: 'media', value: media(alt) }, { type: 'upload', relationTo: 'media', value: 'm2' }),
        locale,
      )
      expect(resolved?.targets.images).toEqual({
        m1: {
          url: 'http://localhost:3001/api/media/file/skin-768x512.webp',
          alt,
          width: 768,
          height: 512,
          srcSet: 'http://localhost:3001/api/media/file/skin-768x512.webp 768w',
        },
      })
    }
  })
})
