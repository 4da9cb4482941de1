import { declaredBodyLength, readBodyUpTo } from '@klinik/config/requestBody'
import { initI18n, type AcceptedLanguages } from '@payloadcms/translations'
import { existsSync } from 'node:fs'
import path from 'node:path'
import type { FlattenedField, SanitizedCollectionConfig, SanitizedConfig, SanitizedGlobalConfig } from 'payload'
import { validOperators } from 'payload/shared'
import { parse } from 'qs-esm'

import { klinikT, type KlinikT } from '../i18n/translations'

/**
 * The gate every REST request passes before Payload sees it (the CMS's /api route, and the
 * in-process REST client of the tests). It refuses, with a 400 that names the parameter, what
 * Payload would otherwise hand to the database adapter and answer with a 500 (and a logged SQL
 * statement with its parameters):
 * - a path with control characters or broken escapes (`/api/media/file/x%00.png`);
 * - paging, depth and sort that are not plain numbers and field names (`page=1e20`);
 * - `where` conditions whose operator is unknown, whose operand is an object or a list where a
 *   value belongs (`where[title][equals][x]=1`, objects inside `in`), whose value does not fit
 *   the field (a date, a number, yes/no), or whose path runs through a join
 *   (`contraindications.treatments.title`) or to a location search;
 * - `select`, `populate` and `joins` that are not the shapes Payload documents.
 * beforeOperation hooks cannot do this: they do not see findByID, versions or joins.
 */

/** Payload's own query parsing (createPayloadRequest), so we check exactly what it would read. */
const parseQuery = (search: string) =>
  parse(search, { allowEmptyArrays: true, arrayLimit: 1000, depth: 10, ignoreQueryPrefix: true }) as Record<string, unknown>

const operators = new Set<string>(validOperators)
const listOperators = new Set(['in', 'not_in', 'all'])
const locationOperators = new Set(['near', 'within', 'intersects'])
const textTypes = new Set(['text', 'textarea', 'email', 'code', 'select', 'radio', 'json', 'richText'])
const fieldPath = /^\w+(?:\.\w+)*$/
const sortValue = /^-?\w+(?:\.\w+)*(?:,-?\w+(?:\.\w+)*)*$/
const controlCharacters = /[\u0000-\u001f\u007f]/

/** What is wrong, as the asker will read it: a parameter that cannot be read, or a field's value. */
class QueryProblem extends Error {
  constructor(
    readonly parameter: string,
    readonly about?: { kind: 'date' | 'location'; path: string },
  ) {
    super(parameter)
  }
  text(t: KlinikT): string {
    return this.about ? t(`klinik:restQuery:${this.about.kind}`, { path: this.about.path }) : t('klinik:restQuery:parameter', { name: this.parameter })
  }
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)
const listOf = (value: unknown): unknown[] | null =>
  Array.isArray(value) ? value : isObject(value) && Object.keys(value).every((key) => /^\d+$/.test(key)) ? Object.values(value) : null

/** What a request is about: a collection's documents or versions, or a global's. */
type Target = { fields: FlattenedField[]; versions: boolean; keepsVersions: boolean } | null

function targetOf(segments: string[], config: SanitizedConfig): Target {
  if (segments[0] === 'globals') {
    const global = config.globals.find((candidate) => candidate.slug === segments[1]) as SanitizedGlobalConfig | undefined
    return global ? { fields: global.flattenedFields, versions: segments[2] === 'versions', keepsVersions: Boolean(global.versions) } : null
  }
  const collection = config.collections.find((candidate) => candidate.slug === segments[0]) as SanitizedCollectionConfig | undefined
  return collection ? { fields: collection.flattenedFields, versions: segments[1] === 'versions', keepsVersions: Boolean(collection.versions) } : null
}

/** The field at a dotted path, following relationships into their collection; 'join' when the path runs through a join. */
function fieldAt(path: string, fields: FlattenedField[], config: SanitizedConfig): FlattenedField | 'join' | undefined {
  const [head, ...rest] = path.split('.')
  const field = fields.find((candidate) => candidate.name === head)
  if (!field || rest.length === 0) return field
  if (field.type === 'join') return 'join'
  if ((field.type === 'relationship' || field.type === 'upload') && typeof field.relationTo === 'string') {
    const related = config.collections.find((candidate) => candidate.slug === field.relationTo)
    return related ? fieldAt(rest.join('.'), related.flattenedFields, config) : undefined
  }
  return 'flattenedFields' in field ? fieldAt(rest.join('.'), field.flattenedFields, config) : undefined
}

/** The collection a join field of the target shows. */
function joinedCollection(name: string, target: Target, config: SanitizedConfig): Target {
  const field = target && fieldAt(name, target.fields, config)
  if (!field || field === 'join' || field.type !== 'join' || typeof field.collection !== 'string') return null
  const collection = config.collections.find((candidate) => candidate.slug === field.collection)
  return collection ? { fields: collection.flattenedFields, versions: false, keepsVersions: false } : null
}

function checkOperand(value: unknown, field: FlattenedField | undefined, at: string, path: string): void {
  if (typeof value !== 'string') throw new QueryProblem(at)
  if (value === '' || !field) return
  if (field.type === 'date' && Number.isNaN(new Date(value).getTime())) throw new QueryProblem(at, { kind: 'date', path })
  if (field.type === 'number' && !/^-?\d+(?:\.\d+)?$/.test(value)) throw new QueryProblem(at)
  if (field.type === 'checkbox' && !/^(?:true|false)$/.test(value)) throw new QueryProblem(at)
}

function checkWhere(where: unknown, target: NonNullable<Target>, config: SanitizedConfig, at: string, depth = 0): void {
  if (!isObject(where) || depth > 8) throw new QueryProblem(at)
  for (const [key, condition] of Object.entries(where)) {
    const here = `${at}[${key}]`
    if (key === 'and' || key === 'or') {
      const branches = listOf(condition)
      if (!branches) throw new QueryProblem(here)
      branches.forEach((branch, index) => checkWhere(branch, target, config, `${here}[${index}]`, depth + 1))
      continue
    }
    if (!fieldPath.test(key) || !isObject(condition)) throw new QueryProblem(here)
    const path = target.versions && key.startsWith('version.') ? key.slice('version.'.length) : key
    const found = fieldAt(path, target.fields, config)
    if (found === 'join') throw new QueryProblem(here)
    const field = found
    for (const [operator, operand] of Object.entries(condition)) {
      const at = `${here}[${operator}]`
      if (!operators.has(operator)) throw new QueryProblem(at)
      if (locationOperators.has(operator)) {
        if (field?.type !== 'point') throw new QueryProblem(at, { kind: 'location', path: key })
        continue
      }
      if (operator === 'exists') {
        if (operand !== 'true' && operand !== 'false') throw new QueryProblem(at)
        continue
      }
      // `all` means "contains every one of": only for fields that hold several values.
      if (operator === 'all' && !(field && 'hasMany' in field && field.hasMany)) throw new QueryProblem(at)
      if (listOperators.has(operator)) {
        const items = typeof operand === 'string' ? operand.split(',') : listOf(operand)
        if (!items) throw new QueryProblem(at)
        items.forEach((item) => checkOperand(item, field, at, key))
        continue
      }
      if (operator === 'like' || operator === 'not_like' || operator === 'contains') {
        // Text searches only on text: on a date or a number the SQLite adapter fails (a 500).
        if (typeof operand !== 'string' || (field && !textTypes.has(field.type))) throw new QueryProblem(at)
        continue
      }
      checkOperand(operand, field, at, key)
    }
  }
}

/** `select[title]=true`, `populate[media][url]=true`: objects down to "true"/"false". */
function checkFlags(value: unknown, at: string, depth = 0): void {
  if (!isObject(value) || depth > 6) throw new QueryProblem(at)
  for (const [key, inner] of Object.entries(value)) {
    if (!/^\w+$/.test(key)) throw new QueryProblem(`${at}[${key}]`)
    if (typeof inner === 'string') {
      if (!/^(?:true|false|1|0)$/.test(inner)) throw new QueryProblem(`${at}[${key}]`)
    } else checkFlags(inner, `${at}[${key}]`, depth + 1)
  }
}

const digits = (value: unknown, at: string, max: number, min = 0) => {
  if (typeof value !== 'string' || !/^\d{1,7}$/.test(value) || Number(value) > max || Number(value) < min) throw new QueryProblem(at)
}
const flag = (value: unknown, at: string) => {
  if (typeof value !== 'string' || !/^(?:true|false|1|0)$/.test(value)) throw new QueryProblem(at)
}
const sort = (value: unknown, at: string) => {
  const values = typeof value === 'string' ? [value] : Array.isArray(value) ? value : null
  if (!values || values.some((item) => typeof item !== 'string' || !sortValue.test(item))) throw new QueryProblem(at)
}

function checkQuery(query: Record<string, unknown>, target: Target, config: SanitizedConfig): void {
  if (query.depth !== undefined) digits(query.depth, 'depth', 100)
  if (query.limit !== undefined) digits(query.limit, 'limit', 1_000_000)
  if (query.page !== undefined) digits(query.page, 'page', 1_000_000, 1)
  if (query.sort !== undefined) sort(query.sort, 'sort')
  for (const name of ['draft', 'pagination', 'trash', 'autosave', 'flattenLocales']) if (query[name] !== undefined) flag(query[name], name)
  for (const name of ['locale', 'fallback-locale', 'fallbackLocale']) {
    if (query[name] !== undefined && (typeof query[name] !== 'string' || !/^[\w-]{1,20}$/.test(query[name]))) throw new QueryProblem(name)
  }
  if (query.select !== undefined) checkFlags(query.select, 'select')
  if (query.populate !== undefined) checkFlags(query.populate, 'populate')
  if (query.joins !== undefined && query.joins !== 'false') {
    if (!isObject(query.joins)) throw new QueryProblem('joins')
    for (const [name, join] of Object.entries(query.joins)) {
      const at = `joins[${name}]`
      if (!fieldPath.test(name)) throw new QueryProblem(at)
      if (join === 'false') continue
      if (!isObject(join)) throw new QueryProblem(at)
      const joined = joinedCollection(name, target, config)
      if (join.limit !== undefined) digits(join.limit, `${at}[limit]`, 1_000_000)
      if (join.page !== undefined) digits(join.page, `${at}[page]`, 1_000_000, 1)
      if (join.sort !== undefined) {
        sort(join.sort, `${at}[sort]`)
        // The SQLite adapter cannot sort joined documents by a localized field (a 500).
        const fields = [join.sort]
          .flat()
          .join(',')
          .split(',')
          .map((entry) => String(entry).replace(/^-/, ''))
        if (
          fields.some((path) => {
            const field = joined && fieldAt(path, joined.fields, config)
            return !field || field === 'join' || ('localized' in field && field.localized)
          })
        ) {
          throw new QueryProblem(`${at}[sort]`)
        }
      }
      if (join.count !== undefined) flag(join.count, `${at}[count]`)
      if (join.where !== undefined) checkWhere(join.where, joined ?? { fields: [], versions: false, keepsVersions: false }, config, `${at}[where]`)
    }
  }
  if (query.where !== undefined) checkWhere(query.where, target ?? { fields: [], versions: false, keepsVersions: false }, config, 'where')
}

/**
 * Payload's i18n in the asker's language: the admin's chosen one (its cookie), else the one the
 * site declares for the patient (Content-Language), else the browser's. Payload has not made
 * `req` yet, so not `req.t`.
 */
function wordsFor(request: Request, config: SanitizedConfig): Promise<KlinikT> {
  const supported = Object.keys(config.i18n.supportedLanguages)
  const language = [
    /(?:^|;\s*)payload-lng=(\w+)/.exec(request.headers.get('cookie') ?? '')?.[1],
    request.headers.get('content-language')?.slice(0, 2),
    request.headers.get('accept-language')?.slice(0, 2),
  ].find((candidate) => candidate !== undefined && supported.includes(candidate)) as AcceptedLanguages | undefined
  return initI18n({ config: config.i18n, context: 'api', language: language ?? config.i18n.fallbackLanguage }).then(klinikT)
}

const notFound = (message: string) => Response.json({ errors: [{ message }] }, { status: 404, headers: { 'Cache-Control': 'no-store' } })

/** `/api/<upload collection>/file/<name>`: whether that file is in the collection's folder. */
function uploadedFileExists(segments: string[], config: SanitizedConfig): boolean {
  const collection = config.collections.find((candidate) => candidate.slug === segments[0])
  const staticDir = collection?.upload ? collection.upload.staticDir : undefined
  if (!staticDir) return true
  const name = segments.slice(2).join('/')
  return name !== '' && existsSync(path.join(staticDir, name))
}

const refusal = (message: string) => Response.json({ errors: [{ message }] }, { status: 400, headers: { 'Cache-Control': 'no-store' } })

/** A 400 for a request Payload must not see, or null to let it through. */
async function refuseUnreadableRequest(request: Request, config: SanitizedConfig): Promise<Response | null> {
  const url = new URL(request.url)
  const t = await wordsFor(request, config)
  const apiPath = url.pathname.replace(/^\/api\/?/, '')
  let segments: string[]
  try {
    segments = apiPath.split('/').map((segment) => decodeURIComponent(segment))
  } catch {
    return refusal(t('klinik:restQuery:path'))
  }
  if (segments.some((segment) => controlCharacters.test(segment) || segment === '..' || segment.includes('\\'))) return refusal(t('klinik:restQuery:path'))
  const target = targetOf(segments, config)
  // Payload would look for a versions table that does not exist (a 500 on SQLite).
  if (target?.versions && !target.keepsVersions) return notFound(t('klinik:restQuery:noVersions'))
  // An upload's file that is not on disk: Payload answers signed-in users with a 500.
  if (segments[1] === 'file' && !uploadedFileExists(segments, config)) return notFound(t('klinik:restQuery:noFile'))
  if (!url.search) return null
  try {
    checkQuery(parseQuery(url.search), target, config)
  } catch (error) {
    if (error instanceof QueryProblem) return refusal(error.text(t))
    throw error
  }
  return null
}

/** The largest body the REST API takes: an editor's image upload, or a long article's JSON. */
export const maxBodyBytes = { upload: 20 * 1024 * 1024, other: 2 * 1024 * 1024 }

/**
 * Payload reads a request's whole body before it looks at it; here a body over the limit is
 * refused first, by its declared length, or while reading it when no length is declared.
 */
async function withinBodyLimit(request: Request, config: SanitizedConfig): Promise<Request | Response> {
  if (!request.body || request.method === 'GET' || request.method === 'HEAD') return request
  const limit = (request.headers.get('content-type') ?? '').startsWith('multipart/form-data') ? maxBodyBytes.upload : maxBodyBytes.other
  const refuse = async () =>
    Response.json(
      { errors: [{ message: (await wordsFor(request, config))('klinik:restQuery:tooLarge') }] },
      { status: 413, headers: { 'Cache-Control': 'no-store' } },
    )
  const declared = declaredBodyLength(request.headers)
  if (declared !== null) return declared > limit ? refuse() : request
  const body = await readBodyUpTo(request.body, limit)
  if (body === 'tooLarge') return refuse()
  return new Request(request, { body, duplex: 'half' } as RequestInit)
}

/** The gate: a refusal to answer with, or the request to hand to Payload. */
export async function restGate(request: Request, config: SanitizedConfig): Promise<Request | Response> {
  return (await refuseUnreadableRequest(request, config)) ?? withinBodyLimit(request, config)
}

type Handler = (request: Request, context: { params: Promise<{ slug: string[] }> }) => Promise<Response>

/** Puts the gate in front of one of Payload's REST route handlers. */
export function behindRestQueryGate(handler: Handler, config: Promise<SanitizedConfig> | SanitizedConfig): Handler {
  return async (request, context) => {
    const passed = await restGate(request, await config)
    return passed instanceof Response ? passed : handler(passed as never, context)
  }
}
