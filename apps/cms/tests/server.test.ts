/**
 * The built CMS as `npm start` runs it: start-up script (migrations + seed) on a fresh
 * SQLite file, then `next start`. Checks what a person sees first: the admin in Turkish
 * and in English, and the seeded content through the REST API in both languages.
 * Needs `next build` (turbo's test task depends on build).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

const appDir = path.resolve(import.meta.dirname, '..')
const port = 3101
const base = `http://localhost:${port}`
const passwords = { admin: 'server-test-admin-1', editor: 'server-test-editor-1', staff: 'server-test-staff-1' }

let dir: string
let server: ChildProcess | undefined
let serverLog = ''

beforeAll(async () => {
  if (!existsSync(path.join(appDir, '.next', 'BUILD_ID'))) {
    throw new Error('The CMS is not built: run `npm run build` (or `npm test` from the repository root, which builds first).')
  }
  dir = mkdtempSync(path.join(tmpdir(), 'klinik-server-'))
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    KLINIK_DEPLOYMENT: 'local',
    PAYLOAD_SECRET: 'server-test-secret-0123456789abcdef0123456789',
    DATABASE_URI: `file:${path.join(dir, 'cms.db')}`,
    MEDIA_DIR: path.join(dir, 'media'),
    CMS_PUBLIC_URL: base,
    SEED_ADMIN_PASSWORD: passwords.admin,
    SEED_EDITOR_PASSWORD: passwords.editor,
    SEED_STAFF_PASSWORD: passwords.staff,
  }
  execFileSync(process.execPath, ['scripts/bundle-scripts.mjs'], { cwd: appDir })
  execFileSync(process.execPath, ['--conditions=production', 'dist/scripts/prepare.js'], { cwd: appDir, env, stdio: 'pipe' })
  const started = spawn(process.execPath, [path.join(appDir, '..', '..', 'node_modules', 'next', 'dist', 'bin', 'next'), 'start', '-p', String(port)], {
    cwd: appDir,
    env,
    detached: true,
  })
  server = started
  started.stdout?.on('data', (chunk) => (serverLog += chunk))
  started.stderr?.on('data', (chunk) => (serverLog += chunk))
  const deadline = Date.now() + 60_000
  for (;;) {
    try {
      if ((await fetch(`${base}/api/treatments?limit=1`)).ok) break
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`CMS did not start within 60 s:\n${serverLog}`)
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}, 120_000)

afterAll(() => {
  if (server?.pid) process.kill(-server.pid, 'SIGTERM')
  if (dir) rmSync(dir, { recursive: true, force: true })
})

async function login(email: string, password: string): Promise<string> {
  const response = await fetch(`${base}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  // The server's last lines with a failure, so a fault of the build shows its cause.
  expect({ status: response.status, log: response.status === 200 ? '' : serverLog.slice(-3000) }).toEqual({ status: 200, log: '' })
  return ((await response.json()) as { token: string }).token
}

describe('the running CMS', () => {
  it.each([
    ['tr', 'lang="tr"', 'Giriş'],
    ['en', 'lang="en"', 'Login'],
  ])('shows the admin sign-in page in %s', async (language, langAttribute, word) => {
    const response = await fetch(`${base}/admin/login`, { headers: { 'Accept-Language': language } })
    expect(response.status).toBe(200)
    const html = await response.text()
    expect(html).toContain(langAttribute)
    expect(html).toContain(word)
  })

  it.each([
    ['tr', 'Tedaviler', 'Kontrendikasyonlar'],
    ['en', 'Treatments', 'Contraindications'],
  ])('shows a signed-in editor the admin in %s', async (language, treatments, contraindications) => {
    const token = await login('editor@klinik.local', passwords.editor)
    const response = await fetch(`${base}/admin`, {
      // As a browser sends it; with a csrf allowlist Payload ignores the cookie otherwise.
      headers: { Cookie: `payload-token=${token}; payload-lng=${language}`, 'Sec-Fetch-Site': 'same-origin' },
    })
    expect(response.status).toBe(200)
    const html = await response.text()
    expect(html).toContain(`lang="${language}"`)
    expect(html).toContain(treatments)
    expect(html).toContain(contraindications)
    if (language === 'tr') {
      // Our corrections to Payload's stock Turkish strings reach the admin.
      expect(html).toContain('Başka dile kopyala')
      expect(html).not.toContain('Yerel hafızaya kopyala')
      expect(html).not.toContain('Tüm yerler')
    }
  })

  it.each([
    ['tr', 'Haftalık talep sayısı (son 12 hafta)', 'Bu listeyi dışa aktar (CSV)', 'İletişime geçildi'],
    ['en', 'Requests per week (last 12 weeks)', 'Export this list (CSV)', 'Contacted'],
  ])('shows an admin the booking desk in %s, in our own words from Payload’s i18n', async (language, chart, exportLink, status) => {
    const token = await login('admin@klinik.local', passwords.admin)
    const response = await fetch(`${base}/admin`, {
      headers: { Cookie: `payload-token=${token}; payload-lng=${language}`, 'Sec-Fetch-Site': 'same-origin' },
    })
    expect(response.status).toBe(200)
    const html = await response.text()
    for (const words of [chart, exportLink, status]) expect(html).toContain(words)
    // A key without words would be shown as the key itself.
    expect(html).not.toMatch(/klinik:\w+:/)
  })

  it('shows staff the lists in natural Turkish: the search box and the pagination (src/i18n/adminTranslations.ts)', async () => {
    const token = await login('staff@klinik.local', passwords.staff)
    const page = async (path: string) => {
      const response = await fetch(`${base}${path}`, {
        headers: { Cookie: `payload-token=${token}; payload-lng=tr`, 'Sec-Fetch-Site': 'same-origin' },
      })
      expect(response.status).toBe(200)
      // React separates the parts of a composed line with empty comments.
      return (await response.text()).replaceAll('<!-- -->', '')
    }
    const bookings = await page('/admin/collections/bookings')
    expect(bookings).toContain('placeholder="Ara: Referans, Ad soyad veya Telefon"')
    expect(bookings).not.toContain('Şuna göre sırala')
    const treatments = await page('/admin/collections/treatments')
    expect(treatments).toMatch(/>1-\d+ \/ \d+</)
    expect(treatments).toContain('Sayfa başına: ')
    expect(treatments).not.toMatch(/\d of \d/)
  })

  it('serves the seeded treatments in Turkish and in English', async () => {
    const titles = async (locale: string) => {
      const response = await fetch(`${base}/api/treatments?locale=${locale}&fallback-locale=none&depth=0&limit=50`)
      expect(response.status).toBe(200)
      const body = (await response.json()) as { docs: { title: string; slug: string }[] }
      return body.docs
    }
    const tr = await titles('tr')
    const en = await titles('en')
    expect(tr.length).toBeGreaterThanOrEqual(4)
    expect(en).toHaveLength(tr.length)
    expect(tr.map((doc) => doc.title).join(' ')).toMatch(/Mezoterapi/)
    expect(en.map((doc) => doc.title).join(' ')).toMatch(/Mesotherapy/)
    expect(en.every((doc) => doc.title && doc.slug)).toBe(true)
  })

  it('serves the seeded hero images', async () => {
    const response = await fetch(`${base}/api/treatments?locale=en&depth=1&limit=1`)
    const doc = ((await response.json()) as { docs: { heroImage: { url: string; alt: string; sizes: { card: { url: string } } } }[] }).docs[0]
    expect(doc.heroImage.alt).toBeTruthy()
    for (const url of [doc.heroImage.url, doc.heroImage.sizes.card.url]) {
      const image = await fetch(new URL(url, base))
      expect(image.status).toBe(200)
      expect(image.headers.get('content-type')).toMatch(/^image\//)
    }
  })

  it('keeps booking-free content public and users private', async () => {
    expect((await fetch(`${base}/api/globals/clinic-settings?locale=en`)).status).toBe(200)
    expect((await fetch(`${base}/api/users`)).status).toBe(403)
  })
})

/** The CMS server's resident memory, from /proc (Linux). */
function residentMegabytes(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((entry) => entry.startsWith('VmRSS:'))
  return Number(line?.match(/\d+/)?.[0] ?? 0) / 1024
}

describe('what an anonymous caller cannot make the running CMS build', () => {
  it('GraphQL is off: the 12-level treatments ↔ contraindications query is not answered, and the next request is, with the heap in bounds', async () => {
    const before = residentMegabytes(server!.pid!)
    let selection = 'id'
    for (let level = 0; level < 12; level += 1) selection = `contraindications { id treatments { docs { id ${selection} } } }`
    const query = `{ Treatments(limit: 100) { docs { id ${selection} } } }`
    const response = await fetch(`${base}/api/graphql`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ query }) })
    expect(response.status).toBe(404)
    expect(await response.text()).not.toContain('"data"')
    expect((await fetch(`${base}/api/graphql-playground`)).status).toBe(404)
    expect((await fetch(`${base}/api/treatments?limit=1&depth=0`)).status).toBe(200)
    const after = residentMegabytes(server!.pid!)
    console.log(`CMS resident memory: ${Math.round(before)} MB before the GraphQL query, ${Math.round(after)} MB after`)
    expect(after - before).toBeLessThan(100)
  })

  it('REST answers are bounded whatever the reader asks: depth 2 at most, 100 documents a page, no unpaginated reads', async () => {
    const response = await fetch(`${base}/api/treatments?depth=12&limit=100000&pagination=false&locale=tr`)
    expect(response.status).toBe(200)
    const body = (await response.json()) as {
      docs: { contraindications: { treatments?: { docs: { contraindications?: unknown[] }[] } }[] }[]
      limit: number
    }
    expect(body.limit).toBe(100)
    expect(body.docs.length).toBeLessThanOrEqual(100)
    const nested = body.docs.flatMap((doc) => doc.contraindications).flatMap((item) => item.treatments?.docs ?? [])
    // Depth 2: the contraindications' treatments are there, their own contraindications only as ids.
    expect(nested.length).toBeGreaterThan(0)
    expect(nested.flatMap((doc) => doc.contraindications ?? []).every((value) => typeof value === 'string')).toBe(true)
    const joined = await fetch(`${base}/api/contraindications?joins[treatments][limit]=100000&limit=1`)
    expect(((await joined.json()) as { docs: { treatments: { docs: unknown[] } }[] }).docs[0].treatments.docs.length).toBeLessThanOrEqual(100)
  })
})

describe('the built CMS logs', () => {
  it('a wrong password as information, not as a server error with a stack (Payload keys its levels by class names the build minifies)', async () => {
    const before = serverLog.length
    const response = await fetch(`${base}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'editor@klinik.local', password: 'not-the-password' }),
    })
    expect(response.status).toBe(401)
    await new Promise((resolve) => setTimeout(resolve, 300))
    const logged = serverLog.slice(before)
    expect(logged).toContain('INFO')
    expect(logged).not.toContain('ERROR')
    expect(logged).not.toMatch(/\n\s+at /)
  })
})

describe('the query gate and the limits in the built CMS', () => {
  it('answers odd operands, a NUL in a file name and an oversized sign-in body with 4xx, and still signs people in', async () => {
    expect((await fetch(`${base}/api/treatments?where[title][equals][x]=1`)).status).toBe(400)
    expect((await fetch(`${base}/api/treatments?page=1e20`)).status).toBe(400)
    expect((await fetch(`${base}/api/media/file/x%00.png`)).status).toBe(400)
    const oversized = await fetch(`${base}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'a@b.c', password: 'x'.repeat(3 * 1024 * 1024) }),
    })
    expect(oversized.status).toBe(413)
    // Sign-in counts live in the database (rate-limiter-flexible's Drizzle store, loaded at run time).
    expect(await login('staff@klinik.local', passwords.staff)).toBeTruthy()
  })
})
