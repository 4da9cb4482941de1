/**
 * Server action requests whose framework fields are not well-formed JSON. Next.js answers
 * those with a 500 before any of our code runs; the proxy answers 400 instead. Valid
 * requests pass untouched: this only reads a copy of the body.
 *
 * With JavaScript, React posts the action's arguments as multipart fields (numbered, with a
 * JSON field "0") or as a JSON array; without JavaScript, as `$ACTION_<n>:<m>` JSON fields.
 */
export async function isMalformedActionRequest(request: Request): Promise<boolean> {
  if (request.method !== 'POST') return false
  const type = request.headers.get('content-type') ?? ''
  const viaScript = request.headers.has('next-action')
  if (type.startsWith('multipart/form-data')) {
    let form: FormData
    try {
      form = await request.clone().formData()
    } catch {
      return true
    }
    for (const [name, value] of form.entries()) {
      if (typeof value !== 'string') continue
      const json = /^(?:_\d+_)?\$ACTION_\d+:\d+$/.test(name) || (viaScript && /^\d+$/.test(name))
      if (json && !isJson(value)) return true
    }
    return false
  }
  if (!viaScript) return false
  try {
    return !Array.isArray(JSON.parse(await request.clone().text()))
  } catch {
    return true
  }
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}
