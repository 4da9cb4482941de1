import { handleEndpoints, type SanitizedConfig } from 'payload'

import { restGate } from '../../src/http/restQueryGate'

export type RestCall = (
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  path: string,
  options?: { token?: string; json?: unknown; form?: FormData; headers?: Record<string, string> },
) => Promise<Response>

/**
 * Calls Payload's REST handlers in-process with real Request objects: the same code path
 * as `/api/*` on the running CMS (the Next route puts the query gate in front of
 * handleEndpoints, and so does this).
 */
export function restClient(config: SanitizedConfig | Promise<SanitizedConfig>): RestCall {
  return async (method, path, { token, json, form, headers = {} } = {}) => {
    const init: RequestInit = { method, headers: { ...headers } }
    if (token) (init.headers as Record<string, string>).Authorization = `JWT ${token}`
    if (json !== undefined) {
      ;(init.headers as Record<string, string>)['Content-Type'] = 'application/json'
      init.body = JSON.stringify(json)
    } else if (form) {
      init.body = form
    }
    const passed = await restGate(new Request(`http://localhost:3001/api${path}`, init), await config)
    return passed instanceof Response ? passed : handleEndpoints({ config, request: passed })
  }
}
