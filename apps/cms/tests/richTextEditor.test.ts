/**
 * The rich-text editors offer only what the site renders (`@klinik/config/richText`): a node type
 * the site does not draw would publish text that silently goes missing. And the REST answer holds
 * what the site's renderer reads: an image in the reader's language, a linked treatment by id.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { LexicalRichTextAdapter } from '@payloadcms/richtext-lexical'
import { createEditor, TEXT_TYPE_TO_FORMAT } from '@payloadcms/richtext-lexical/lexical'
import type { Field } from 'payload'
import { stringify } from 'qs-esm'

import { richTextLinkCollections, richTextNodeTypes, richTextTextFormats, richTextUploadCollections } from '@klinik/config/richText'

import { tinyPng } from './helpers/png'
import { startTestCms, type TestCms } from './helpers/testPayload'

let cms: TestCms

beforeAll(async () => {
  cms = await startTestCms()
})
afterAll(async () => {
  await cms?.cleanup()
})

type RichTextField = { name: string; editor: LexicalRichTextAdapter }

/** Every rich-text field of a list of fields, inside groups, rows, tabs, arrays and blocks too. */
function richTextFieldsOf(fields: Field[]): RichTextField[] {
  return fields.flatMap((field): RichTextField[] => {
    if (field.type === 'richText') return [field as unknown as RichTextField]
    if (field.type === 'tabs') return field.tabs.flatMap((tab) => richTextFieldsOf(tab.fields))
    if (field.type === 'blocks') return (field.blocks ?? []).flatMap((block) => richTextFieldsOf(block.fields))
    return 'fields' in field ? richTextFieldsOf(field.fields) : []
  })
}

function everyRichTextField(): { where: string; field: RichTextField }[] {
  const { collections, globals } = cms.payload.config
  return [
    ...collections.flatMap((collection) => richTextFieldsOf(collection.fields).map((field) => ({ where: `${collection.slug}.${field.name}`, field }))),
    ...globals.flatMap((global) => richTextFieldsOf(global.fields).map((field) => ({ where: `${global.slug}.${field.name}`, field }))),
  ]
}

/** Lexical's own nodes, which every editor registers whatever its features (the transient `artificial` node is never saved). */
function coreNodeTypes(): string[] {
  return [...createEditor({ onError: () => {} })._nodes.keys()].filter((type) => type !== 'artificial')
}

/** The node types an editor can write: Lexical's core and its features' nodes (as Payload resolved them). */
function nodeTypesOf(editor: LexicalRichTextAdapter): string[] {
  const featureNodes = [...editor.editorConfig.resolvedFeatureMap.values()].flatMap((feature) =>
    (feature.nodes ?? []).map(({ node }) => ('with' in node ? node.replace.getType() : node.getType())),
  )
  return [...new Set([...coreNodeTypes(), ...featureNodes])].sort()
}

const featureKeysOf = (editor: LexicalRichTextAdapter) => [...editor.editorConfig.resolvedFeatureMap.keys()]

/** The features that set a text node's format bits, and the Lexical format each sets. */
const formatOfFeature: Record<string, string> = {
  bold: 'bold',
  italic: 'italic',
  underline: 'underline',
  strikethrough: 'strikethrough',
  subscript: 'subscript',
  superscript: 'superscript',
  inlineCode: 'code',
}

describe('what the editors offer', () => {
  it('finds the rich-text fields the site shows', () => {
    expect(everyRichTextField().map(({ where }) => where)).toEqual(
      expect.arrayContaining(['treatments.body', 'home-page.intro', 'clinic-settings.privacyNotice']),
    )
  })

  it('offers no node type the site does not render', () => {
    const rendered = new Set<string>(richTextNodeTypes)
    const unrendered = everyRichTextField().flatMap(({ where, field }) =>
      nodeTypesOf(field.editor)
        .filter((type) => !rendered.has(type))
        .map((type) => `${where}: ${type}`),
    )
    expect(unrendered).toEqual([])
  })

  it('would catch Payload’s default editor: it offers nodes the site does not render', async () => {
    const { lexicalEditor } = await import('@payloadcms/richtext-lexical')
    const defaults = await lexicalEditor()({ config: cms.payload.config, isRoot: false, parentIsLocalized: true })
    const rendered = new Set<string>(richTextNodeTypes)
    expect(nodeTypesOf(defaults).filter((type) => !rendered.has(type))).toEqual(expect.arrayContaining(['relationship']))
  })

  it('offers only text formats the site renders, with Lexical’s bits', () => {
    for (const { where, field } of everyRichTextField()) {
      const formats = featureKeysOf(field.editor)
        .filter((key) => key in formatOfFeature)
        .map((key) => formatOfFeature[key]!)
      expect({ where, formats: formats.filter((format) => !(format in richTextTextFormats)) }).toEqual({ where, formats: [] })
    }
    for (const [format, bit] of Object.entries(richTextTextFormats)) expect({ format, bit }).toEqual({ format, bit: TEXT_TYPE_TO_FORMAT[format] })
  })

  it('offers none of the features that change nodes the site draws without showing the change (checklists share the list nodes)', () => {
    const ignoredBySite = ['align', 'indent', 'textState', 'checklist']
    for (const { where, field } of everyRichTextField()) {
      expect({ where, ignored: featureKeysOf(field.editor).filter((key) => ignoredBySite.includes(key)) }).toEqual({ where, ignored: [] })
    }
  })

  it('offers images in articles only, and links to treatments only', () => {
    const byField = Object.fromEntries(everyRichTextField().map(({ where, field }) => [where, field.editor]))
    expect(nodeTypesOf(byField['treatments.body']!)).toEqual(expect.arrayContaining(['upload', 'link', 'autolink']))
    expect(nodeTypesOf(byField['home-page.intro']!)).toContain('upload')
    expect(nodeTypesOf(byField['clinic-settings.privacyNotice']!)).not.toContain('upload')
    for (const editor of Object.values(byField)) {
      const link = editor.editorConfig.resolvedFeatureMap.get('link')?.sanitizedServerFeatureProps as { enabledCollections?: string[] } | undefined
      expect(link?.enabledCollections).toEqual([...richTextLinkCollections])
      const upload = editor.editorConfig.resolvedFeatureMap.get('upload')?.sanitizedServerFeatureProps as { enabledCollectionSlugs?: string[] } | undefined
      if (upload) expect(upload.enabledCollectionSlugs).toEqual([...richTextUploadCollections])
    }
  })
})

describe('what the site reads', () => {
  type Node = { type: string; children?: Node[]; [key: string]: unknown }
  const text = (value: string) => ({ type: 'text', text: value, format: 0, detail: 0, mode: 'normal', style: '', version: 1 })
  const block = { format: '', indent: 0, version: 1, direction: 'ltr' } as const
  const body = (mediaId: string, linkedId: string, words: string) => ({
    root: {
      ...block,
      type: 'root',
      children: [
        { type: 'upload', version: 3, format: '', id: 'upload-node-1', relationTo: 'media', value: mediaId, fields: null },
        {
          ...block,
          type: 'paragraph',
          textFormat: 0,
          textStyle: '',
          children: [
            {
              ...block,
              type: 'link',
              version: 3,
              id: 'link-node-1',
              fields: { linkType: 'internal', newTab: false, doc: { relationTo: 'treatments', value: linkedId } },
              children: [text(words)],
            },
          ],
        },
      ],
    },
  })

  const find = (nodes: Node[], type: string): Node | undefined => {
    for (const node of nodes) {
      if (node.type === type) return node
      const inside = find(node.children ?? [], type)
      if (inside) return inside
    }
    return undefined
  }

  it('answers an image populated in the asked language and a linked treatment as its id, at the depth the site reads', async () => {
    const { payload } = cms
    const png = await tinyPng()
    const media = await payload.create({
      collection: 'media',
      locale: 'tr',
      data: { alt: 'Uygulama öncesi cilt' },
      file: { data: png, mimetype: 'image/png', name: 'rich-text.png', size: png.length },
    })
    await payload.update({ collection: 'media', id: media.id, locale: 'en', data: { alt: 'Skin before the treatment' } })
    const linked = await payload.create({ collection: 'treatments', locale: 'tr', data: { title: 'Bağlantılı tedavi', _status: 'published' } })
    const article = await payload.create({
      collection: 'treatments',
      locale: 'tr',
      data: { title: 'Makale', _status: 'published', body: body(media.id, linked.id, 'bağlantılı tedavi') as never },
    })
    await payload.update({
      collection: 'treatments',
      id: article.id,
      locale: 'en',
      data: { title: 'Article', _status: 'published', body: body(media.id, linked.id, 'the linked treatment') as never },
    })

    for (const [locale, alt] of [
      ['tr', 'Uygulama öncesi cilt'],
      ['en', 'Skin before the treatment'],
    ] as const) {
      // As the site's treatment page reads it (lib/cms/treatments.ts getTreatment): anonymous, depth 2, no fallback.
      const response = await cms.rest('GET', `/treatments?locale=${locale}&fallback-locale=none&depth=2&where[id][equals]=${article.id}`)
      expect(response.status).toBe(200)
      const [doc] = ((await response.json()) as { docs: { body: { root: Node } }[] }).docs
      const upload = find(doc!.body.root.children!, 'upload')
      expect(upload?.value).toMatchObject({ id: media.id, alt, url: expect.any(String), width: 8, height: 8 })
      const link = find(doc!.body.root.children!, 'link')
      expect(link?.fields).toMatchObject({ linkType: 'internal', doc: { relationTo: 'treatments', value: linked.id } })
    }
  })

  it('answers the site’s look-up of linked treatments with those published and written in the asked language', async () => {
    const { payload } = cms
    const both = await payload.create({ collection: 'treatments', locale: 'tr', data: { title: 'İki dilde', _status: 'published' } })
    await payload.update({ collection: 'treatments', id: both.id, locale: 'en', data: { title: 'In both languages', _status: 'published' } })
    const turkishOnly = await payload.create({ collection: 'treatments', locale: 'tr', data: { title: 'Yalnız Türkçe', _status: 'published' } })
    const draft = await payload.create({ collection: 'treatments', locale: 'tr', data: { title: 'Taslak', _status: 'draft' } })
    const ids = [both.id, turkishOnly.id, draft.id].sort()
    // The query of the site's findTreatmentSlugs (apps/web/src/lib/cms/treatmentAddresses.ts), built as the site builds it.
    const lookUp = async (locale: 'tr' | 'en') => {
      const query = { locale, 'fallback-locale': 'none', where: { id: { in: ids } }, depth: 0, limit: ids.length, select: { slug: true, title: true } }
      const response = await cms.rest('GET', `/treatments${stringify(query, { addQueryPrefix: true })}`)
      expect(response.status).toBe(200)
      const { docs } = (await response.json()) as { docs: { id: string; slug?: string | null; title?: string | null }[] }
      return Object.fromEntries(docs.filter((doc) => doc.slug && doc.title).map((doc) => [doc.id, doc.slug]))
    }
    expect(await lookUp('tr')).toEqual({ [both.id]: 'iki-dilde', [turkishOnly.id]: 'yalniz-turkce' })
    expect(await lookUp('en')).toEqual({ [both.id]: 'in-both-languages' })
  })
})
