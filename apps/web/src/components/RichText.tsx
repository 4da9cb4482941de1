import type { ReactNode } from 'react'

import type { RichTextValue } from '@/lib/cms/richText'

/**
 * Renders Payload's Lexical JSON as plain server HTML. Hand-written because the renderer in
 * @payloadcms/richtext-lexical would bring Payload into the web app, which reads the CMS
 * only over HTTP. Covers what the editor produces here: paragraphs, headings, lists, quotes,
 * links, line breaks and text formats. Unknown nodes render their children.
 */
type Node = { type: string; children?: Node[]; [key: string]: unknown }

const FORMAT = { bold: 1, italic: 2, strikethrough: 4, underline: 8, code: 16, subscript: 32, superscript: 64 }

function text(node: Node, key: number): ReactNode {
  let content: ReactNode = String(node.text ?? '')
  const format = typeof node.format === 'number' ? node.format : 0
  if (format & FORMAT.code) content = <code>{content}</code>
  if (format & FORMAT.bold) content = <strong>{content}</strong>
  if (format & FORMAT.italic) content = <em>{content}</em>
  if (format & FORMAT.underline) content = <u>{content}</u>
  if (format & FORMAT.strikethrough) content = <s>{content}</s>
  if (format & FORMAT.subscript) content = <sub>{content}</sub>
  if (format & FORMAT.superscript) content = <sup>{content}</sup>
  return <span key={key}>{content}</span>
}

function safeUrl(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined
  return /^(https?:|mailto:|tel:|\/|#)/i.test(url.trim()) ? url.trim() : undefined
}

function render(nodes: Node[] | undefined, headingOffset: number): ReactNode[] {
  return (nodes ?? []).map((node, index) => {
    const children = () => render(node.children, headingOffset)
    switch (node.type) {
      case 'text':
        return text(node, index)
      case 'linebreak':
        return <br key={index} />
      case 'paragraph':
        return <p key={index}>{children()}</p>
      case 'heading': {
        const level = Math.min(6, Math.max(2, Number(String(node.tag ?? 'h2').slice(1)) + headingOffset))
        const Tag = `h${level}` as 'h2'
        return <Tag key={index}>{children()}</Tag>
      }
      case 'list':
        return node.listType === 'number' ? <ol key={index}>{children()}</ol> : <ul key={index}>{children()}</ul>
      case 'listitem':
        return <li key={index}>{children()}</li>
      case 'quote':
        return <blockquote key={index}>{children()}</blockquote>
      case 'horizontalrule':
        return <hr key={index} />
      case 'link':
      case 'autolink': {
        const fields = (node.fields ?? {}) as { url?: unknown; newTab?: boolean }
        const href = safeUrl(fields.url)
        if (!href) return <span key={index}>{children()}</span>
        return (
          <a key={index} href={href} {...(fields.newTab ? { target: '_blank', rel: 'noopener noreferrer' } : {})}>
            {children()}
          </a>
        )
      }
      default:
        return <span key={index}>{children()}</span>
    }
  })
}

export function RichText({ value, headingOffset = 0, className }: { value: RichTextValue | null; headingOffset?: number; className?: string }) {
  if (!value?.root) return null
  return <div className={className}>{render(value.root.children as Node[], headingOffset)}</div>
}
