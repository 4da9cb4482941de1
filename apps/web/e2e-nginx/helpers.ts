/**
 * Shared by the browser tests through nginx: the stack global-setup.ts started (stack.ts), the
 * site as a visitor in the page's language asks for it, the CMS as the editor and the admin,
 * requests from another loopback address, and what nginx's page cache holds.
 */
import { randomInt } from 'node:crypto'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import https from 'node:https'
import path from 'node:path'

import { request, type APIRequestContext } from '@playwright/test'

import type { Locale } from '../e2e/helpers'
import { adminClient, freshTotpCode, ports, SITE_URL, stackStateEnv, type StackState } from './stack'

let state: StackState | undefined
export function stackState(): StackState {
  if (state) return state
  const file = process.env[stackStateEnv]
  if (!file)
    throw new Error(
      `${stackStateEnv} is not set: run these tests with \`npx playwright test -c playwright.nginx.config.ts\` (global-setup.ts starts the stack)`,
    )
  state = JSON.parse(readFileSync(file, 'utf8')) as StackState
  return state
}

// ---------- the site ----------

/**
 * The browser language that matches each locale's pages. With another one, next-intl answers with
 * a NEXT_LOCALE cookie, and nginx never stores an answer that sets a cookie.
 */
export const browserLocale = { tr: 'tr-TR', en: 'en-GB' } as const satisfies Record<Locale, string>

/** A visitor without a browser (its own cookie jar, empty at first): plain requests to the site through nginx, in the pages' language. */
export function siteVisitor(locale: Locale): Promise<APIRequestContext> {
  return request.newContext({ baseURL: SITE_URL, ignoreHTTPSErrors: true, extraHTTPHeaders: { 'Accept-Language': locale } })
}

// ---------- the CMS, through the admin's hostname ----------

type Role = 'admin' | 'editor'
const sessions: Partial<Record<Role, APIRequestContext>> = {}
let anonymous: APIRequestContext | undefined

async function answerOf<T>(response: Awaited<ReturnType<APIRequestContext['fetch']>>, what: string): Promise<T> {
  const text = await response.text()
  if (!response.ok()) throw new Error(`CMS ${what} answered ${response.status()}: ${text.slice(0, 500)}`)
  return JSON.parse(text) as T
}

/** A CMS REST call (`/api` + path) as the editor or the admin, with the verified session the setup saved; throws unless 2xx. */
export async function cmsAs<T = Record<string, unknown>>(role: Role, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', apiPath: string, body?: unknown): Promise<T> {
  sessions[role] ??= await adminClient(stackState()[role].storageState)
  return answerOf<T>(await sessions[role].fetch(`/api${apiPath}`, { method, data: body }), `${method} ${apiPath} as the ${role}`)
}

/** What anyone can read from the CMS (`/api` + path), through nginx. */
export async function cmsPublic<T>(apiPath: string): Promise<T> {
  anonymous ??= await adminClient()
  return answerOf<T>(await anonymous.get(`/api${apiPath}`), `GET ${apiPath}`)
}

const lastCodeUse: Partial<Record<Role, number>> = {}

/**
 * A code the account's authenticator shows that has not opened a session yet: the setup used one
 * just before it wrote the state file, and each sign-in here notes its own.
 */
export async function unusedTotpCode(role: Role): Promise<string> {
  const usedAt = lastCodeUse[role] ?? statSync(process.env[stackStateEnv]!).mtimeMs
  const code = await freshTotpCode(stackState()[role].totpSecret, usedAt)
  lastCodeUse[role] = Date.now()
  return code
}

// ---------- raw requests ----------

/**
 * A loopback address of its own (127.0.0.0/8 is all this machine's), other than the 127.0.0.1
 * every other test comes from: nginx and the CMS count it apart, and a test run again on the
 * same stack starts from nothing.
 */
export function anotherLoopbackAddress(): string {
  return `127.${randomInt(1, 255)}.${randomInt(0, 256)}.${randomInt(1, 255)}`
}

export type RawAnswer = { status: number; headers: [string, string][]; body: string }

const hostnames = { site: 'localhost', admin: '127.0.0.1' } as const

/**
 * A request to nginx from another loopback address (nginx's limits count per address), as
 * Node's https sends it: HTTP/1.1, every header line as it came. `localhost` is reached at
 * 127.0.0.1 (it may resolve to ::1, which 127.0.0.2 cannot reach) with its name sent in the TLS
 * handshake; the admin's hostname is an address, which the handshake cannot name.
 */
export function requestFrom(
  localAddress: string,
  to: keyof typeof hostnames,
  requestPath: string,
  { method = 'GET', headers = {}, body }: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<RawAnswer> {
  const hostname = hostnames[to]
  return new Promise((resolve, reject) => {
    const outgoing = https.request(
      {
        host: '127.0.0.1',
        port: ports.https,
        method,
        path: requestPath,
        localAddress,
        servername: to === 'site' ? hostname : undefined,
        rejectUnauthorized: false,
        agent: false,
        headers: { Host: `${hostname}:${ports.https}`, ...(body === undefined ? {} : { 'Content-Length': String(Buffer.byteLength(body)) }), ...headers },
        timeout: 20_000,
      },
      (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () => {
          const pairs: [string, string][] = []
          for (let index = 0; index < response.rawHeaders.length; index += 2)
            pairs.push([response.rawHeaders[index].toLowerCase(), response.rawHeaders[index + 1]])
          resolve({ status: response.statusCode ?? 0, headers: pairs, body: Buffer.concat(chunks).toString('utf8') })
        })
        response.on('error', reject)
      },
    )
    outgoing.on('timeout', () => outgoing.destroy(new Error(`${method} ${requestPath}: no answer in 20 s`)))
    outgoing.on('error', reject)
    outgoing.end(body)
  })
}

/** One header's values in an answer, every line of it. */
export const headerValues = (headers: { name: string; value: string }[] | [string, string][], name: string): string[] =>
  headers
    .map((entry) => (Array.isArray(entry) ? { name: entry[0], value: entry[1] } : entry))
    .filter((entry) => entry.name.toLowerCase() === name)
    .map((entry) => entry.value)

// ---------- nginx's page cache ----------

export type CachedPage = { key: string; content: string }

/**
 * Every answer nginx's page cache holds now, with its key (the `KEY:` line nginx writes in each
 * file). Files the cache manager removes while this reads are skipped.
 */
export function cachedPages(): CachedPage[] {
  const found: CachedPage[] = []
  const walk = (dir: string) => {
    let names: string[]
    try {
      names = readdirSync(dir)
    } catch {
      return
    }
    for (const name of names) {
      const file = path.join(dir, name)
      try {
        if (statSync(file).isDirectory()) walk(file)
        else {
          const content = readFileSync(file, 'latin1')
          found.push({ key: /\nKEY: ([^\n]*)\n/.exec(content)?.[1] ?? '', content: Buffer.from(content, 'latin1').toString('utf8') })
        }
      } catch {
        // removed meanwhile
      }
    }
  }
  walk(path.join(stackState().dir, 'cache', 'pages'))
  return found
}
