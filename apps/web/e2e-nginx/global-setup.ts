/** Starts the proxied stack behind nginx for the browser tests in this folder (stack.ts). */
import { startProxiedStack, writeStackState } from './stack'

export default async function globalSetup() {
  writeStackState(
    await startProxiedStack({
      // Every test comes from 127.0.0.1 and signs in a few times; the limits' own test uses
      // another loopback address (127.0.0.2), which nginx counts apart.
      limits: { SITE_PAGE_RATE: '200r/s', SITE_PAGE_BURST: '400', SIGN_IN_RATE: '60r/m', SIGN_IN_BURST: '30' },
    }),
  )
}
