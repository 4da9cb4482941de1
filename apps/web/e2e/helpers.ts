/**
 * Shared by the browser tests: where the servers run, the site's routes and localized
 * strings, and a small client for the CMS REST API (as the seeded editor).
 */
import { randomBytes } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'

import { startServer, startTimeoutMs, stopProcessGroups, waitFor200 } from './servers'

export const WEB_PORT = 3200
export const CMS_PORT = 3201
export const WEB_URL = `http://localhost:${WEB_PORT}`
export const CMS_URL = `http://localhost:${CMS_PORT}`
/** Where the CMS sends mail during the browser tests (a test SMTP server listens here when a test needs it). */
export const SMTP_PORT = 3225

/** global-setup.ts writes the state file and puts its path in this variable. */
export const stateFileEnv = 'KLINIK_E2E_STATE'

export type E2eState = {
  dir: string
  webUrl: string
  cmsUrl: string
  editor: { email: string; password: string }
  staff: { email: string; password: string }
  admin: { email: string; password: string }
  /** Process-group ids of the servers (updated when a test restarts the CMS). */
  pids: number[]
  /** How to start the CMS again after a test stopped it. */
  cms: { cwd: string; port: number; env: NodeJS.ProcessEnv; logFile: string }
  /** Shared by CMS and site; the tests sign preview links with it as the admin's button does. */
  previewSecret: string
  /** Shared by CMS and site; only with it does the CMS take a booking request (as from the site). */
  intakeSecret: string
}

let state: E2eState | undefined
export function e2eState(): E2eState {
  if (state) return state
  const file = process.env[stateFileEnv]
  if (!file) throw new Error(`${stateFileEnv} is not set: run the tests with \`npx playwright test\` (global-setup.ts starts the servers)`)
  state = JSON.parse(readFileSync(file, 'utf8')) as E2eState
  return state
}

// ---------- the site ----------

export const locales = ['tr', 'en'] as const
export type Locale = (typeof locales)[number]
export const other = (locale: Locale): Locale => (locale === 'tr' ? 'en' : 'tr')

/** Every static page's path per locale (apps/web/src/i18n/routing.ts). */
export const staticPages = {
  home: { tr: '/tr', en: '/en' },
  treatments: { tr: '/tr/tedaviler', en: '/en/treatments' },
  faq: { tr: '/tr/sik-sorulan-sorular', en: '/en/faq' },
  contraindications: { tr: '/tr/kontrendikasyonlar', en: '/en/contraindications' },
  appointment: { tr: '/tr/randevu', en: '/en/appointment' },
  privacy: { tr: '/tr/kvkk-aydinlatma-metni', en: '/en/privacy-notice' },
} as const satisfies Record<string, Record<Locale, string>>
export type StaticPage = keyof typeof staticPages

export const treatmentPath = (locale: Locale, slug: string) => (locale === 'tr' ? `/tr/tedaviler/${slug}` : `/en/treatments/${slug}`)

/** Paths no page matches, per locale. */
export const missingPaths = { tr: '/tr/olmayan-bir-sayfa', en: '/en/no-such-page' } as const

/** Interface strings from apps/web/messages/*.json that the tests look for. */
export const strings = {
  tr: {
    navTreatments: 'Tedaviler',
    navFaq: 'Sık sorulan sorular',
    menu: 'Menü',
    closeMenu: 'Menüyü kapat',
    mainNav: 'Ana menü',
    languageNav: 'Dil seçimi',
    notFound: 'Sayfa bulunamadı',
    headings: {
      treatments: 'Tedaviler',
      faq: 'Sık sorulan sorular',
      contraindications: 'Kimlere uygulanmaz?',
      appointment: 'Randevu talebi',
      privacy: 'KVKK aydınlatma metni',
    },
  },
  en: {
    navTreatments: 'Treatments',
    navFaq: 'FAQ',
    menu: 'Menu',
    closeMenu: 'Close menu',
    mainNav: 'Main menu',
    languageNav: 'Language',
    notFound: 'Page not found',
    headings: {
      treatments: 'Treatments',
      faq: 'Frequently asked questions',
      contraindications: 'Who should not be treated?',
      appointment: 'Request an appointment',
      privacy: 'Privacy notice',
    },
  },
} as const

export const unique = (label: string) => `e2e ${label} ${Date.now().toString(36)}${randomBytes(4).toString('hex')}`

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** A page of the web app as plain HTTP (no browser): status, final URL and body. */
export async function fetchPage(path: string, init: RequestInit = {}) {
  const response = await fetch(`${WEB_URL}${path}`, { redirect: 'manual', signal: AbortSignal.timeout(20_000), ...init })
  return { status: response.status, location: response.headers.get('location'), html: await response.text() }
}

/** Every `<script type="application/ld+json">` of an HTML document, parsed (throws on invalid JSON). */
export function jsonLdIn(html: string): Record<string, unknown>[] {
  const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((match) => match[1])
  return blocks.map((block) => JSON.parse(block) as Record<string, unknown>)
}

// ---------- the CMS ----------

type Account = 'editor' | 'staff' | 'admin'
const tokens: Partial<Record<Account, string>> = {}

async function loginToken(role: Account): Promise<string> {
  if (tokens[role]) return tokens[role]
  const { email, password } = e2eState()[role]
  const response = await fetch(`${CMS_URL}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  if (response.status !== 200) throw new Error(`${role} login failed: HTTP ${response.status} ${await response.text()}`)
  tokens[role] = ((await response.json()) as { token: string }).token
  return tokens[role]
}

async function cmsAs<T>(role: Account, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${CMS_URL}/api${path}`, {
    method,
    headers: { Authorization: `JWT ${await loginToken(role)}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await response.text()
  if (!response.ok) throw new Error(`CMS ${method} ${path} answered ${response.status}: ${text.slice(0, 500)}`)
  return JSON.parse(text) as T
}

/** A CMS REST call as the seeded editor; throws unless it answers 2xx. */
export const cmsAsEditor = <T = Record<string, unknown>>(method: 'GET' | 'POST' | 'PATCH' | 'DELETE', path: string, body?: unknown) =>
  cmsAs<T>('editor', method, path, body)

/** A CMS REST call as the seeded administrator (runs queued jobs on demand). */
export const cmsAsAdmin = <T = Record<string, unknown>>(method: 'GET' | 'POST', path: string, body?: unknown) => cmsAs<T>('admin', method, path, body)

/** A CMS REST call as the seeded staff member (who reads booking requests). */
export const cmsAsStaff = <T = Record<string, unknown>>(method: 'GET' | 'PATCH', path: string, body?: unknown) => cmsAs<T>('staff', method, path, body)

function saveState(next: E2eState) {
  state = next
  writeFileSync(process.env[stateFileEnv]!, JSON.stringify(next, null, 2), { mode: 0o600 })
}

/** Stops the CMS (its whole process group), as an outage would. */
export async function stopCms() {
  const current = e2eState()
  const cmsPid = current.pids[0]
  await stopProcessGroups([cmsPid])
  saveState({ ...current, pids: current.pids.filter((pid) => pid !== cmsPid) })
}

/** Starts the CMS again on the same database and waits until it answers. */
export async function startCms() {
  const current = e2eState()
  const server = startServer('CMS', current.cms.cwd, current.cms.port, current.cms.env, current.cms.logFile)
  saveState({ ...current, pids: [server.child.pid!, ...current.pids] })
  await waitFor200(`${CMS_URL}/api/treatments?limit=1`, [server], Date.now() + startTimeoutMs)
}

/** What anyone (and the web app) can read from the CMS. */
export async function cmsPublic<T>(path: string): Promise<T> {
  const response = await fetch(`${CMS_URL}/api${path}`)
  if (!response.ok) throw new Error(`CMS GET ${path} answered ${response.status}`)
  return (await response.json()) as T
}

type TreatmentDoc = { id: string | number; title?: string | null; slug?: string | null; summary?: string | null }

export type Treatment = {
  id: string
  tr: { title: string; slug: string; summary: string }
  en: { title: string; slug: string; summary: string }
}

/** A public read of the CMS's REST API (`/api` + path); the suite through nginx reads it there. */
export type CmsReader = <T>(path: string) => Promise<T>

/** Published treatments that exist in both languages (as the public API serves them). */
export async function bilingualTreatments(read: CmsReader = cmsPublic): Promise<Treatment[]> {
  const list = async (locale: Locale) =>
    (await read<{ docs: TreatmentDoc[] }>(`/treatments?locale=${locale}&fallback-locale=none&depth=0&limit=100&sort=createdAt`)).docs
  const [tr, en] = await Promise.all([list('tr'), list('en')])
  const result: Treatment[] = []
  for (const doc of tr) {
    const english = en.find((entry) => String(entry.id) === String(doc.id))
    if (!doc.title || !doc.slug || !english?.title || !english.slug) continue
    result.push({
      id: String(doc.id),
      tr: { title: doc.title, slug: doc.slug, summary: doc.summary ?? '' },
      en: { title: english.title, slug: english.slug, summary: english.summary ?? '' },
    })
  }
  if (result.length < 2) throw new Error(`Expected the seeded bilingual treatments, found ${result.length}`)
  return result
}

/** Every published treatment's slug per language (for the sitemap). */
export async function publishedTreatmentSlugs(): Promise<{ id: string; slugs: Partial<Record<Locale, string>> }[]> {
  const all = await cmsPublic<{ docs: { id: string | number; title?: Record<string, string | null>; slug?: Record<string, string | null> }[] }>(
    '/treatments?locale=all&depth=0&limit=100',
  )
  return all.docs.map((doc) => {
    const slugs: Partial<Record<Locale, string>> = {}
    for (const locale of locales) if (doc.slug?.[locale] && doc.title?.[locale]) slugs[locale] = doc.slug[locale]!
    return { id: String(doc.id), slugs }
  })
}

/** The treatment used by the tests that do not change content, and one the tests may change. */
export async function sampleTreatments(read: CmsReader = cmsPublic) {
  const all = await bilingualTreatments(read)
  const stable = all.find((entry) => entry.tr.slug === 'sac-mezoterapisi') ?? all[0]
  const mutable = [...all].reverse().find((entry) => entry.id !== stable.id)!
  return { stable, mutable, all }
}
