/**
 * The baseline the micro-cache is measured against: nginx serving the very answers the cache
 * gives (the page's bytes as fetched through it, and its headers) from plain files.
 *
 * Why this is the fair baseline: a cache hit cannot be cheaper than nginx sending the same file,
 * so "cache / raw" isolates what the cache itself costs (key, shared-memory lookup, reading the
 * cached header, the limit and header maps of the site's server block). Everything else is held
 * the same: the main file is rendered from the same template by the same script (worker count,
 * sendfile, keepalive, the access log and its format), the server takes the same certificate
 * and the same TLS, compression and server_tokens lines of the rendered klinik.conf, and listens
 * with `ssl http2` as the site does. Only the http-context file differs: one server, one
 * location per page.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import type { IncomingHttpHeaders } from 'node:http'
import path from 'node:path'

import { requireFreePort, stopProcessGroups } from '../e2e/servers'
import { renderNginx, startNginx, type StackState } from '../e2e-nginx/stack'
import { getPage } from './pageRequest'

export type SavedPage = { path: string; headers: IncomingHttpHeaders; body: Buffer }

/** Set by nginx itself on every answer (or per connection), so not copied. */
const ownHeaders = new Set(['date', 'content-length', 'content-type', 'server', 'connection', 'keep-alive', 'transfer-encoding'])

/** The settings klinik.conf gives every server: its top-level TLS, compression and server_tokens lines. */
export function sharedServerSettings(klinikConf: string): string[] {
  const lines = klinikConf.split('\n').filter((line) => /^(ssl_|gzip|brotli|server_tokens)\S* /.test(line))
  if (!lines.some((line) => line.startsWith('ssl_protocols')))
    throw new Error('klinik.conf has no top-level ssl_protocols line: the baseline would not use the same TLS')
  return lines
}

function headerLine(name: string, value: string): string {
  // In nginx's quoted strings $ starts a variable; the value goes in the quotes it does not contain
  // (an ETag has double quotes, the content security policy single ones).
  const quote = value.includes('"') ? "'" : '"'
  if (/[$\\\n]/.test(value) || value.includes(quote)) throw new Error(`header ${name} cannot be copied into nginx's configuration as is: ${value}`)
  return `add_header ${name} ${quote}${value}${quote};`
}

function pageLocation(page: SavedPage): string {
  const headers = Object.entries(page.headers)
    .filter(([name]) => !ownHeaders.has(name))
    .flatMap(([name, value]) => (Array.isArray(value) ? value : [value ?? '']).map((one) => `        ${headerLine(name, one)}`))
  return [`    location = ${page.path} {`, ...headers, '    }'].join('\n')
}

export type StaticBaseline = { url: string; processGroup: number; stop: () => Promise<void> }

export async function startStaticBaseline(stack: StackState, pages: SavedPage[], port: number): Promise<StaticBaseline> {
  await requireFreePort(port)
  const dir = path.join(stack.dir, 'static-baseline')
  const root = path.join(dir, 'pages')
  for (const page of pages) {
    const file = path.join(root, ...page.path.split('/'))
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, page.body)
  }
  // The main file as the stack's (render.sh), with its own pid, logs and temp paths under `dir`.
  const confDir = await renderNginx(dir)
  const tls = path.join(stack.dir, 'tls', 'localhost')
  const server = [
    ...sharedServerSettings(readFileSync(path.join(stack.nginxConfDir, 'klinik.conf'), 'utf8')),
    '',
    'server {',
    `    listen ${port} ssl http2;`,
    '    server_name localhost;',
    `    ssl_certificate ${path.join(tls, 'fullchain.pem')};`,
    `    ssl_certificate_key ${path.join(tls, 'privkey.pem')};`,
    `    root ${root};`,
    '    types { }',
    '    default_type text/html;',
    '    charset utf-8;',
    // The page's own ETag is copied below.
    '    etag off;',
    ...pages.map(pageLocation),
    '    location / {',
    '        return 404;',
    '    }',
    '}',
    '',
  ].join('\n')
  writeFileSync(path.join(confDir, 'klinik.conf'), server)
  execFileSync('nginx', ['-t', '-q', '-e', 'stderr', '-c', path.join(confDir, 'nginx.conf')], { stdio: ['ignore', 'ignore', 'pipe'] })

  const nginx = startNginx(confDir, path.join(dir, 'nginx-error.log'))
  const stop = () => stopProcessGroups([nginx.child.pid!])
  try {
    const first = pages[0]
    const url = `https://localhost:${port}`
    const deadline = Date.now() + 10_000
    for (;;) {
      const answer = await getPage(`${url}${first.path}`, {}).catch(() => null)
      if (answer?.status === 200) {
        if (!answer.body.equals(first.body)) throw new Error('the static baseline serves other bytes than the page saved from the cache')
        break
      }
      if (Date.now() > deadline) throw new Error(`the static baseline nginx did not answer on ${url} (see ${dir}/nginx-error.log)`)
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
    return { url, processGroup: nginx.child.pid!, stop }
  } catch (error) {
    await stop()
    throw error
  }
}
