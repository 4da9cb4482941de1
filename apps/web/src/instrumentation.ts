/**
 * Next.js calls register() once when the server starts. In the Node.js server: a wrong variable
 * stops the site right there, with its name, and the site then checks in the background that
 * the CMS accepts the secret they share (lib/checkCmsAcceptsSecrets.ts).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return
  const { startSiteChecks } = await import('./lib/checkCmsAcceptsSecrets')
  startSiteChecks()
}
