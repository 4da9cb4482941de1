/**
 * Next.js calls register() once when the server starts: a wrong variable stops the site right
 * there, with its name, instead of every page failing later. Then, in the background, the site
 * checks that the CMS accepts the secret they share for booking requests.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return
  const [{ webEnv }, { configurationExitCode }, { checkCmsAcceptsSecrets }] = await Promise.all([
    import('./lib/env'),
    import('@klinik/config/deployment'),
    import('./lib/checkCmsAcceptsSecrets'),
  ])
  let env
  try {
    env = webEnv()
  } catch (error) {
    console.error(`\n${error instanceof Error ? error.message : String(error)}\n`)
    // A configuration error does not fix itself: the process runner does not restart on this code.
    process.exit(configurationExitCode)
  }
  checkCmsAcceptsSecrets(env)
}
