import type { Treatment } from '@klinik/cms-types/payload-types'

import type { Paragraphs } from './content/types'

/** Payload's stored shape of a rich-text field. */
type RichText = NonNullable<Treatment['body']>
type LexicalNode = { type: string; version: number; [key: string]: unknown }

const textNode = (text: string) => ({
  type: 'text',
  text,
  format: 0,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
})

const block = { format: '', indent: 0, version: 1, direction: 'ltr' } as const

/**
 * Lexical rich text from plain paragraphs: "## " starts a heading, "- " a bullet item
 * (consecutive bullets share one list). Enough for seeded articles; editors get the full editor.
 */
export function richTextFromParagraphs(paragraphs: Paragraphs): RichText {
  const children: LexicalNode[] = []
  for (const paragraph of paragraphs) {
    if (paragraph.startsWith('## ')) {
      children.push({ ...block, type: 'heading', tag: 'h2', children: [textNode(paragraph.slice(3))] })
    } else if (paragraph.startsWith('- ')) {
      const item = { ...block, type: 'listitem', value: 1, children: [textNode(paragraph.slice(2))] }
      const last = children.at(-1)
      if (last?.type === 'list') {
        const items = last.children as LexicalNode[]
        items.push({ ...item, value: items.length + 1 })
      } else {
        children.push({ ...block, type: 'list', listType: 'bullet', start: 1, tag: 'ul', children: [item] })
      }
    } else {
      children.push({ ...block, type: 'paragraph', textFormat: 0, textStyle: '', children: [textNode(paragraph)] })
    }
  }
  return { root: { ...block, type: 'root', children } }
}
