import {
  BlockquoteFeature,
  BoldFeature,
  HeadingFeature,
  HorizontalRuleFeature,
  InlineToolbarFeature,
  ItalicFeature,
  LinkFeature,
  OrderedListFeature,
  ParagraphFeature,
  StrikethroughFeature,
  SubscriptFeature,
  SuperscriptFeature,
  UnderlineFeature,
  UnorderedListFeature,
  UploadFeature,
  lexicalEditor,
} from '@payloadcms/richtext-lexical'

import { richTextLinkCollections, richTextUploadCollections } from '@klinik/config/richText'

/**
 * The editors offer what the site renders (`@klinik/config/richText`), and nothing else: an editor
 * who can insert what the site does not draw publishes text that silently goes missing. The CMS's
 * test (tests/richTextEditor.test.ts) fails when a feature adds a node the site lacks.
 *
 * Kept from Payload's defaults:
 * - paragraphs; headings h2–h4 only (the page holds the h1 and its sections are h2);
 * - bold, italic, underline, strikethrough; sub- and superscript (units and names: m², CO₂ laser);
 * - bulleted and numbered lists, quotes, horizontal rules;
 * - links: web addresses (typed ones link themselves), and treatments by reference, so the site
 *   writes the treatment's address in the reader's language and follows a renamed slug (an unpublished
 *   treatment shows as plain text). Static pages are linked by their address: each language's text is
 *   the reader's language already. The answer holds the treatment's id only (maxDepth 0): the site
 *   looks up its slug itself, without the fallback language a populated document may come back in.
 * - the inline toolbar (no nodes).
 * Dropped:
 * - inline code: no code on a clinic's pages;
 * - checklists: a patient cannot tick a printed box; the site would draw a plain list (checklists
 *   share the list's node types, so only this list keeps them out);
 * - indent and alignment: the site's layout decides both (and centred text reads badly on phones);
 * - relationship blocks: another document shown inside the text has no design on the site; a link
 *   to a treatment does the job.
 * Never added: blocks, tables, text colours (text state), code blocks.
 */
const textFeatures = [
  ParagraphFeature(),
  HeadingFeature({ enabledHeadingSizes: ['h2', 'h3', 'h4'] }),
  BoldFeature(),
  ItalicFeature(),
  UnderlineFeature(),
  StrikethroughFeature(),
  SubscriptFeature(),
  SuperscriptFeature(),
  UnorderedListFeature(),
  OrderedListFeature(),
  BlockquoteFeature(),
  HorizontalRuleFeature(),
  LinkFeature({ enabledCollections: [...richTextLinkCollections], maxDepth: 0 }),
  InlineToolbarFeature(),
]

/**
 * Articles (a treatment's body, the home page's introduction): text and images from the media
 * library, whose alt text is written per language. Populated one level deep at most (the image itself).
 */
export const articleEditor = lexicalEditor({
  features: [...textFeatures, UploadFeature({ enabledCollections: [...richTextUploadCollections], maxDepth: 1 })],
})

/**
 * Text and links, no images: the privacy notice (every page reads the clinic's settings without
 * populating anything), and any rich-text field that names no editor (the config's default).
 */
export const textEditor = lexicalEditor({ features: textFeatures })
