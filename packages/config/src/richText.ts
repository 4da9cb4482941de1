/**
 * The contract between the CMS's rich-text editors and the site's renderer: what the site draws
 * (apps/web/src/components/RichText.tsx), and so all the editors may offer
 * (apps/cms/src/fields/richTextEditor.ts). The CMS's test (apps/cms/tests/richTextEditor.test.ts)
 * fails when an editor offers a node type or text format missing here; the site's test renders
 * every entry, and its renderer has a function per node type (a missing one is a type error).
 */

/** Lexical's serialized node types the site renders. */
export const richTextNodeTypes = [
  // Lexical's core: every editor has them, whatever its features.
  'root',
  'paragraph',
  'text',
  'linebreak',
  'tab',
  'heading',
  'quote',
  'list',
  'listitem',
  'horizontalrule',
  'link',
  'autolink',
  'upload',
] as const

export type RichTextNodeType = (typeof richTextNodeTypes)[number]

/** Lexical's text-format bits the site renders (a text node's `format` is their sum). */
export const richTextTextFormats = { bold: 1, italic: 2, strikethrough: 4, underline: 8, subscript: 32, superscript: 64 } as const

export type RichTextTextFormat = keyof typeof richTextTextFormats

/** What an internal link may point to: of the CMS's collections, only treatments have a page of their own. */
export const richTextLinkCollections = ['treatments'] as const

/** Where an image in rich text comes from (its alt text is written per language there). */
export const richTextUploadCollections = ['media'] as const
