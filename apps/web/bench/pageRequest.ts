/**
 * One GET as wrk sends it: only the headers given (no Accept-Encoding, so the body is the page's
 * own bytes), the raw answer back. Accepts the stack's self-signed certificate.
 */
import http from 'node:http'
import https from 'node:https'

export type PageAnswer = { status: number; headers: http.IncomingHttpHeaders; body: Buffer }

export function getPage(url: string, headers: Record<string, string>, timeoutMs = 20_000): Promise<PageAnswer> {
  const client = url.startsWith('https:') ? https : http
  return new Promise((resolve, reject) => {
    const request = client.get(url, { headers, rejectUnauthorized: false, agent: false, timeout: timeoutMs }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.once('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }))
      response.once('error', reject)
    })
    request.once('timeout', () => request.destroy(new Error(`GET ${url} took more than ${timeoutMs} ms`)))
    request.once('error', reject)
  })
}
