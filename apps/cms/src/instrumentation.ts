/**
 * Next.js calls register() once when the server starts: a missing or wrong variable stops
 * `next start` right there, with its name, instead of the server answering 500 to everything.
 * Then, in the background, the CMS checks that the site accepts the secrets they share.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return
  const [{ readEnv, EnvError }, { configurationExitCode }, { checkSiteAcceptsSecrets }] = await Promise.all([
    import('./env'),
    import('@klinik/config/deployment'),
    import('./startup/checkSiteAcceptsSecrets'),
  ])
  try {
    checkSiteAcceptsSecrets(readEnv())
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(`\n${error.message}\n`)
      // A configuration error does not fix itself: the process runner does not restart on this code.
      process.exit(configurationExitCode)
    }
    throw error
  }
}
