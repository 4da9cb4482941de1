/**
 * Next.js calls register() once when the server starts. In the Node.js server: a missing or
 * wrong variable stops `next start` right there, with its name, instead of the server answering
 * 500 to everything; then the CMS checks in the background that the site accepts the secrets
 * they share (startup/checkSiteAcceptsSecrets.ts).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return
  const { startCmsChecks } = await import('./startup/checkSiteAcceptsSecrets')
  startCmsChecks()
}
