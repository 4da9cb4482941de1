import { configurationExitCode } from '@klinik/config/deployment'
import { EnvError } from '@klinik/config/environment'
import { issuePreviewToken } from '@klinik/signing/previewToken'
import { sharedSecretHeader, watchSharedSecrets, type SharedSecretProbe } from '@klinik/signing/sharedSecret'

import { readEnv, type CmsEnv } from '../env'

/** Server start: the environment must be valid (else stop, naming the variable), then the shared secrets are checked. */
export function startCmsChecks() {
  let env: CmsEnv
  try {
    env = readEnv()
  } catch (error) {
    if (!(error instanceof EnvError)) throw error
    console.error(`\n${error.message}\n`)
    // A configuration error does not fix itself: the process runner does not restart on this code.
    process.exit(configurationExitCode)
  }
  checkSiteAcceptsSecrets(env)
}

/**
 * Started with the CMS server: once the site answers, checks that it accepts the CMS's
 * REVALIDATE_SECRET and PREVIEW_SECRET, and stops the CMS with a message naming the variable
 * when it does not (see watchSharedSecrets). Runs in the background; never delays start-up.
 */
export function checkSiteAcceptsSecrets(env: CmsEnv) {
  const { internalUrl, revalidateSecret, previewSecret } = env.web
  const probes: SharedSecretProbe[] = []
  if (revalidateSecret) {
    probes.push({
      variable: 'REVALIDATE_SECRET',
      url: `${internalUrl}/api/revalidate`,
      headers: { [sharedSecretHeader.revalidate]: revalidateSecret },
      consequence: 'published changes would never reach patients (the site keeps its cached pages)',
    })
  }
  if (previewSecret) {
    // Valid for as long as the check may wait for the site; it opens nothing on the site.
    const token = issuePreviewToken({ purpose: 'secret-check' }, previewSecret, 15 * 60)
    probes.push({
      variable: 'PREVIEW_SECRET',
      url: `${internalUrl}/api/preview?token=${encodeURIComponent(token)}`,
      consequence: "the admin's preview links would be refused",
    })
  }
  if (probes.length === 0) return
  void watchSharedSecrets({
    self: 'the CMS',
    other: 'the site',
    where: env.deployment === 'local' ? 'apps/cms/.env and apps/web/.env' : "the CMS's and the site's environment",
    probes,
    onMismatch: (message) => {
      console.error(`\n${message}\n`)
      process.exit(configurationExitCode)
    },
    onGiveUp: (message) => console.warn(message),
  })
}
