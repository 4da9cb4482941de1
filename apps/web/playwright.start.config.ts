import { defineConfig } from '@playwright/test'

import { debianChromium } from './e2e/chromium'

/**
 * The newcomer's smoke test (e2e-start/): `npm start` on this checkout, then a publish, a
 * booking and a crash, on the fixed ports 3000/3001. Needs free ports and no local .env files;
 * CI runs it first, on the fresh clone. Uses the system's Chromium; never `playwright install`.
 */
export default defineConfig({
  testDir: './e2e-start',
  workers: 1,
  fullyParallel: false,
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/start-results.json' }]],
  outputDir: 'test-results/start-artifacts',
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [debianChromium],
})
