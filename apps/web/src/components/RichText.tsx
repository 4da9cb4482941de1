import type { ReactNode } from 'react'

import { richTextTextFormats, type RichTextNodeType } from '@klinik/config/richText'

import { getPathname } from '@/i18n/navigation'
import { internalLinkOf, referencedId, type RichTextContent, type RichTextTargets } from '@/lib/cms/richText'

import { CmsImage } from './CmsImage'

/**
 * Renders Payload's Lexical JSON as plain server HTML. Hand-written because the renderer in
 * @payloadcms/richtext-lexical would bring Payload into the web app, which reads the CMS
 * only over HTTP. It draws every node type of `@klinik/config/richText`, which is all the CMS's
 * editors offer (their test holds them to it). A node of another type (older content) renders
 * its children.
 */
type Node = { type: string; children?: Node[]; [key: string]: unknown }
type Context = { targets: RichTextTargets; headingOffset: number; className?: string }
type Render = (node: Node, key: number, children: () => ReactNode[], context: Context) => ReactNode

function text(node: Node, key: number): ReactNode {
  let content: ReactNode = String(node.text ?? '')
  const format = typeof node.format === 'number' ? node.format : 0
  if (format & richTextTextFormats.bold) content = <strong>{content}</strong>
  if (format & richTextTextFormats.italic) content = <em>{content}</em>
  if (format & richTextTextFormats.underline) content = <u>{content}</u>
  if (format & richTextTextFormats.strikethrough) content = <s>{content}</s>
  if (format & richTextTextFormats.subscript) content = <sub>{content}</sub>
  if (format & richTextTextFormats.superscript) content = <sup>{content}</sup>
  return <span key={key}>{content}</span>
}

function safeUrl(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined
  return /^(https?:|mailto:|tel:|\/|#)/i.test(url.trim()) ? url.trim() : undefined
}

/** Where a link goes: a web address as written (if safe), a treatment at its address in the reader's language. */
function hrefOf(node: Node, { locale, treatmentSlugs }: RichTextTargets): string | undefined {
  const internal = internalLinkOf(node)
  if (!internal) return safeUrl((node.fields as { url?: unknown } | undefined)?.url)
  const slug = internal.relationTo === 'treatments' ? treatmentSlugs[internal.id] : undefined
  return slug ? getPathname({ locale, href: { pathname: '/treatments/[slug]', params: { slug } } }) : undefined
}

/** A link, or its words alone when it goes nowhere the reader can follow (unsafe, unpublished, missing). */
const link: Render = (node, key, children, { targets }) => {
  const href = hrefOf(node, targets)
  if (!href) return <span key={key}>{children()}</span>
  const newTab = (node.fields as { newTab?: unknown } | undefined)?.newTab === true
  return (
    <a key={key} href={href} {...(newTab ? { target: '_blank', rel: 'noopener noreferrer' } : {})}>
      {children()}
    </a>
  )
}

/** One renderer per node type the site renders: a type added to the shared list without one fails the type check. */
const renderers: Record<RichTextNodeType, Render> = {
  root: (_node, key, children, { className }) => (
    <div key={key} className={className}>
      {children()}
    </div>
  ),
  text: (node, key) => text(node, key),
  linebreak: (_node, key) => <br key={key} />,
  tab: (_node, key) => <span key={key}>{'\t'}</span>,
  paragraph: (_node, key, children) => <p key={key}>{children()}</p>,
  heading: (node, key, children, { headingOffset }) => {
    const level = Math.min(6, Math.max(2, Number(String(node.tag ?? 'h2').slice(1)) + headingOffset))
    const Tag = `h${level}` as 'h2'
    return <Tag key={key}>{children()}</Tag>
  },
  list: (node, key, children) => {
    if (node.listType !== 'number') return <ul key={key}>{children()}</ul>
    const start = typeof node.start === 'number' && node.start !== 1 ? node.start : undefined
    return (
      <ol key={key} start={start}>
        {children()}
      </ol>
    )
  },
  listitem: (_node, key, children) => <li key={key}>{children()}</li>,
  quote: (_node, key, children) => <blockquote key={key}>{children()}</blockquote>,
  horizontalrule: (_node, key) => <hr key={key} />,
  link,
  autolink: link,
  upload: (node, key, _children, { targets }) => {
    const id = referencedId(node.value as string | { id?: string } | null)
    const image = id ? targets.images[id] : undefined
    return image ? <CmsImage key={key} className="prose__image" image={image} sizes="(min-width: 44rem) 44rem, 100vw" /> : null
  },
}

const isRendered = (type: string): type is RichTextNodeType => Object.hasOwn(renderers, type)

function render(nodes: Node[] | undefined, context: Context): ReactNode[] {
  return (nodes ?? []).map((node, index) => {
    const children = () => render(node.children, context)
    return isRendered(node.type) ? renderers[node.type](node, index, children, context) : <span key={index}>{children()}</span>
  })
}

export function RichText({ content, headingOffset = 0, className }: { content: RichTextContent | null; headingOffset?: number; className?: string }) {
  if (!content?.value.root) return null
  return render([content.value.root as Node], { targets: content.targets, headingOffset, className })
}
