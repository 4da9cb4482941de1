/**
 * The security headers both apps send, in one place. Headers that never vary sit in each
 * app's `next.config` (`staticSecurityHeaders`); the content security policy depends on the
 * request or the environment and is set by each app's proxy at run time.
 */

import staticHeaders from './staticSecurityHeaders.json' with { type: 'json' }

export type Header = { key: string; value: string }

/**
 * On every response of both apps (the apps are never framed: no live preview, no embeds). JSON
 * so each app's `next.config.mjs` can read it without a TypeScript loader.
 */
export const staticSecurityHeaders: Header[] = staticHeaders

/** API answers (JSON, files, redirects) load nothing and are framed by nobody. */
export const apiContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"

export type PagePolicy = {
  /**
   * Pages rendered per request (the booking form, the admin) carry a fresh nonce: only scripts
   * that Next.js marked with it run, and what they load (`'strict-dynamic'`). Pages cached and
   * served to everyone cannot carry a per-request nonce, so they allow inline scripts: Next.js
   * streams each page's data in inline scripts whose text differs per page. Their text is
   * editors' content rendered by React, which escapes it; nothing a visitor sends is in them.
   */
  nonce?: string
  /** Other origins images load from (the CMS's media for the site). */
  imageOrigins?: string[]
  /** `next dev` evaluates code for fast refresh. */
  development?: boolean
}

export function pageContentSecurityPolicy({ nonce, imageOrigins = [], development = false }: PagePolicy): string {
  const scripts = nonce ? [`'nonce-${nonce}'`, "'strict-dynamic'"] : ["'self'", "'unsafe-inline'"]
  if (development) scripts.push("'unsafe-eval'")
  return [
    "default-src 'self'",
    `script-src ${scripts.join(' ')}`,
    // React style attributes and the admin's emotion styles are inline; styles run no code.
    "style-src 'self' 'unsafe-inline'",
    `img-src ${["'self'", 'data:', 'blob:', ...imageOrigins].join(' ')}`,
    "font-src 'self'",
    `connect-src 'self'${development ? ' ws:' : ''}`,
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ')
}

/** A fresh nonce for one response: 128 random bits, base64. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  return btoa(String.fromCharCode(...bytes))
}

/** The origin of a URL, for a CSP source list. */
export function originOf(url: string): string {
  return new URL(url).origin
}
