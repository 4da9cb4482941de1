import { devices, type Project } from '@playwright/test'

/**
 * Debian's Chromium, as every browser test here drives it (never `playwright install`): the
 * flags keep it from reaching for the network, which this machine closes.
 */
export const debianChromium: Project = {
  name: 'chromium',
  use: {
    ...devices['Desktop Chrome'],
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
}
