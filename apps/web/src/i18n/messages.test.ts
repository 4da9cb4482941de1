/**
 * @jest-environment node
 *
 * The site's words (messages/{tr,en}.json) against each other and against the code: the same
 * keys in both languages, the same placeholders in both, and no key that nothing uses. The
 * compiler already refuses a key the code uses but the English file lacks (i18n/appConfig.d.ts).
 */
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { contactChannels, screeningAnswers, timesOfDay } from '@klinik/booking/choices'
import { limits } from '@klinik/booking/schema'
import { contraindicationSeverities } from '@klinik/config/contentChoices'

import { staticPages } from '@/lib/pageMetadata'

import en from '../../messages/en.json'
import tr from '../../messages/tr.json'

type Messages = { [key: string]: string | Messages }

/** Every message as 'Namespace.path.to.key' → its text. */
function flatten(messages: Messages, prefix = ''): Map<string, string> {
  const flat = new Map<string, string>()
  for (const [key, value] of Object.entries(messages)) {
    const name = prefix ? `${prefix}.${key}` : key
    if (typeof value === 'string') flat.set(name, value)
    else for (const [inner, text] of flatten(value, name)) flat.set(inner, text)
  }
  return flat
}

const files = { en: flatten(en), tr: flatten(tr) }

/**
 * Keys the code builds at run time from a vocabulary list, so no source file spells them out.
 * Each family names the template its call site uses (it must still be in the source) and the list
 * its values come from; a key under such a prefix that the list does not produce counts as unused.
 */
const dynamicKeyFamilies = [
  { namespace: 'BookingForm', template: 't(`answer.${answer}`)', keys: screeningAnswers.map((answer) => `answer.${answer}`) },
  { namespace: 'BookingForm', template: 't(`channel.${value}`)', keys: contactChannels.map((channel) => `channel.${channel}`) },
  { namespace: 'BookingForm', template: 't(`time.${value}`)', keys: timesOfDay.map((time) => `time.${time}`) },
  // One label per date a request may carry (the booking rule's limit).
  { namespace: 'BookingForm', template: 't(`dateChoice.${slot}`)', keys: Array.from({ length: limits.dates }, (_, slot) => `dateChoice.${slot}`) },
  // The severity badge beside each contraindication (components/ContraindicationGroup.tsx).
  { namespace: 'Treatment', template: 't(`${severity}Badge`)', keys: contraindicationSeverities.map((severity) => `${severity}Badge`) },
  { namespace: 'Metadata', template: 't(`${key}Title`)', keys: staticPages.map((page) => `${page}Title`) },
  { namespace: 'Metadata', template: 't(`${key}Description`)', keys: staticPages.map((page) => `${page}Description`) },
]

const sourceRoot = path.resolve(__dirname, '..')

/** The site's source files, tests left out: a key only a test reads is unused. */
function sourceFiles(dir = sourceRoot): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(file)
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [file] : []
  })
}

const sources = sourceFiles().map((file) => readFileSync(file, 'utf8'))

const quoted = (text: string) => [`'${text}'`, `"${text}"`, `\`${text}\``]

/**
 * Used when a file that names the namespace (getTranslations('X'), useTranslations('X'),
 * namespace: 'X') calls a translator with the key as a literal: t('key'), tContact('key'),
 * t.rich('key', …) or (await getTranslations('X'))('key').
 */
function usedLiterally(key: string): boolean {
  const [namespace, ...rest] = key.split('.')
  const inner = rest.join('.')
  const escaped = inner.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const call = new RegExp(`(?:\\bt[A-Za-z]*|\\))(?:\\.(?:rich|markup|raw|has))?\\(\\s*['"\`]${escaped}['"\`]`)
  return sources.some((source) => quoted(namespace).some((name) => source.includes(name)) && call.test(source))
}

const dynamicKeys = new Set(dynamicKeyFamilies.flatMap(({ namespace, keys }) => keys.map((key) => `${namespace}.${key}`)))

/** The argument names and rich-text tags of an ICU message, at any depth. */
function placeholders(elements: MessageFormatElement[], found = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue
    if (element.type === TYPE.tag) {
      found.add(`<${element.value}>`)
      placeholders(element.children, found)
      continue
    }
    found.add(`{${element.value}}`)
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      for (const option of Object.values(element.options)) placeholders(option.value, found)
    }
  }
  return found
}

const placeholdersOf = (text: string) => [...placeholders(parse(text))].sort()

describe("the site's messages", () => {
  it('has the same keys in Turkish and English', () => {
    expect([...files.tr.keys()].filter((key) => !files.en.has(key))).toEqual([])
    expect([...files.en.keys()].filter((key) => !files.tr.has(key))).toEqual([])
  })

  it('uses every key somewhere in the source', () => {
    const unused = [...files.en.keys()].filter((key) => !dynamicKeys.has(key) && !usedLiterally(key))
    expect(unused).toEqual([])
  })

  it.each(dynamicKeyFamilies.map((family) => [`${family.namespace} ${family.template}`, family] as const))(
    'has every key of the dynamic family %s, whose template is still in the source',
    (_name, { namespace, template, keys }) => {
      expect(sources.some((source) => source.includes(template))).toBe(true)
      expect(keys.filter((key) => !files.en.has(`${namespace}.${key}`))).toEqual([])
    },
  )

  it('has the same placeholders in Turkish and English for each key', () => {
    const differing = [...files.en].flatMap(([key, text]) => {
      const other = files.tr.get(key)
      if (other === undefined) return []
      const ours = placeholdersOf(text)
      const theirs = placeholdersOf(other)
      return ours.join() === theirs.join() ? [] : [{ key, en: ours, tr: theirs }]
    })
    expect(differing).toEqual([])
  })

  it('finds placeholders in arguments, plurals and tags (so the comparison above can fail)', () => {
    expect(placeholdersOf('{count, plural, one {# session for {name}} other {# sessions}}')).toEqual(['{count}', '{name}'])
    expect(placeholdersOf('Read the <link>notice</link> ({version})')).toEqual(['<link>', '{version}'])
    expect(placeholdersOf('Showing # questions')).toEqual([])
  })
})
