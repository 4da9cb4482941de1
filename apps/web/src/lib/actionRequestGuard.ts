import { declaresMoreThan, readBodyUpTo } from '@klinik/config/requestBody'

/**
 * Server action requests that Next.js would answer with a 500 before any of our code runs: a
 * body over its 1 MB limit, a call from another site's page (a foreign Origin), framework fields
 * that are not well-formed JSON, arguments nested thousands deep, or references to parts the
 * request does not have (`["$Q1","$@2"]`). The proxy answers them with 413, 403 or 400 in the
 * page's language instead. Valid requests pass untouched: this reads a copy of the body, and
 * never more than the limit.
 *
 * With JavaScript, React posts the action's arguments as multipart fields (a JSON field "0",
 * other parts numbered, a FormData's entries as `_<n>_<name>`) or as one JSON array; without
 * JavaScript, as `$ACTION_<n>:<m>` JSON fields.
 */
export type ActionRequestProblem = 'unreadable' | 'tooLarge' | 'foreignOrigin'

/** Next.js's default limit for a server action body (`serverActions.bodySizeLimit`, 1 MB). */
export const maxActionBodyBytes = 1024 * 1024
/** Far deeper than any argument React sends for our forms. */
const maxNesting = 64
/** Reply tags that point at another part of the request (React's reply encoding). */
const partReference = /^\$([@QWiBhKRrXx])([0-9a-f]+)$/

export async function actionRequestProblem(request: Request): Promise<ActionRequestProblem | null> {
  if (request.method !== 'POST') return null
  const type = request.headers.get('content-type') ?? ''
  const viaScript = request.headers.has('next-action')
  const multipart = type.startsWith('multipart/form-data')
  if (!viaScript && !multipart) return null
  if (isForeignOrigin(request)) return 'foreignOrigin'

  if (declaresMoreThan(request.headers, maxActionBodyBytes)) return 'tooLarge'
  const body = await readBodyUpTo(request.clone().body, maxActionBodyBytes)
  if (body === 'tooLarge') return 'tooLarge'

  if (multipart) {
    let form: FormData
    try {
      form = await new Response(body, { headers: { 'content-type': type } }).formData()
    } catch {
      return 'unreadable'
    }
    const names = [...form.keys()]
    for (const [name, value] of form.entries()) {
      if (typeof value !== 'string') continue
      const noScriptField = /^(?:_\d+_)?\$ACTION_\d+:\d+$/.test(name)
      const scriptArguments = viaScript && /^\d+$/.test(name)
      if (noScriptField && !readableJson(value)) return 'unreadable'
      if (scriptArguments && !argumentsFit(value, names)) return 'unreadable'
    }
    return null
  }
  if (!viaScript) return null
  const text = new TextDecoder().decode(body)
  return argumentsFit(text, [], true) ? null : 'unreadable'
}

/** Next's own check: the page that posts must be on the host the request is addressed to. */
function isForeignOrigin(request: Request): boolean {
  const origin = request.headers.get('origin')
  // No Origin, or "null" (privacy-sensitive pages): Next lets these through, and so do we.
  if (!origin || origin === 'null') return false
  const host = request.headers.get('x-forwarded-host')?.split(',')[0]?.trim() || request.headers.get('host')
  try {
    return new URL(origin).host !== host
  } catch {
    return true
  }
}

function readableJson(text: string): boolean {
  if (nesting(text) > maxNesting) return false
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}

/**
 * The arguments as React encodes them: a JSON array, not nested deeper than any real call, whose
 * references point at parts that exist (`$K1` at fields `_1_…`, `$@2` at part `2`).
 */
function argumentsFit(text: string, partNames: string[], mustBeArray = false): boolean {
  if (nesting(text) > maxNesting) return false
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return false
  }
  if (mustBeArray && !Array.isArray(value)) return false
  const pending: unknown[] = [value]
  while (pending.length > 0) {
    const item = pending.pop()
    if (typeof item === 'string') {
      const reference = partReference.exec(item)
      if (!reference) continue
      const id = String(parseInt(reference[2], 16))
      const exists = reference[1] === 'K' ? partNames.some((name) => name.startsWith(`_${id}_`)) : partNames.includes(id)
      if (!exists) return false
    } else if (item && typeof item === 'object') {
      pending.push(...Object.values(item))
    }
  }
  return true
}

/** How deeply brackets nest in a JSON text, counted without parsing it (so no recursion). */
function nesting(text: string): number {
  let depth = 0
  let deepest = 0
  let inString = false
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]
    if (inString) {
      if (char === '\\') index += 1
      else if (char === '"') inString = false
    } else if (char === '"') inString = true
    else if (char === '[' || char === '{') deepest = Math.max(deepest, (depth += 1))
    else if (char === ']' || char === '}') depth -= 1
  }
  return deepest
}
