import { configurationExitCode } from '@klinik/config/deployment'
import { sharedSecretHeader, watchSharedSecrets } from '@klinik/signing/sharedSecret'

import { webEnv, type WebEnv } from './env'

/** Server start: the environment must be valid (else stop, naming the variable), then the shared secret is checked. */
export function startSiteChecks() {
  let env: WebEnv
  try {
    env = webEnv()
  } catch (error) {
    console.error(`\n${error instanceof Error ? error.message : String(error)}\n`)
    // A configuration error does not fix itself: the process runner does not restart on this code.
    process.exit(configurationExitCode)
  }
  checkCmsAcceptsSecrets(env)
}

/**
 * Started with the site's server: once the CMS answers, checks that it accepts the site's
 * INTAKE_SECRET, and stops the site with a message naming the variable when it does not (see
 * watchSharedSecrets). Runs in the background; never delays start-up.
 */
export function checkCmsAcceptsSecrets(env: WebEnv) {
  if (!env.intakeSecret) return
  void watchSharedSecrets({
    self: 'the site',
    other: 'the CMS',
    where: env.deployment === 'local' ? 'apps/cms/.env and apps/web/.env' : "the CMS's and the site's environment",
    probes: [
      {
        variable: 'INTAKE_SECRET',
        url: `${env.cmsUrl}/api/bookings/intake`,
        headers: { [sharedSecretHeader.intake]: env.intakeSecret },
        consequence: "the CMS would not trust the site's appointment requests",
      },
    ],
    onMismatch: (message) => {
      console.error(`\n${message}\n`)
      process.exit(configurationExitCode)
    },
    onGiveUp: (message) => console.warn(message),
  })
}
