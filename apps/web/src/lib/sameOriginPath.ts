/**
 * The path to send a visitor back to, taken from a query parameter: a path on this site, or
 * `fallback`. Resolved the way a browser resolves a Location header (`\` is `/`, tabs and
 * newlines are dropped), so `/\evil.example` or `/<tab>/evil.example` cannot leave the site.
 */
export function sameOriginPath(requested: string | null, siteUrl: string, fallback = '/'): string {
  if (!requested || !requested.startsWith('/')) return fallback
  let resolved: URL
  try {
    resolved = new URL(requested, siteUrl)
  } catch {
    return fallback
  }
  if (resolved.origin !== new URL(siteUrl).origin) return fallback
  return `${resolved.pathname}${resolved.search}${resolved.hash}`
}
