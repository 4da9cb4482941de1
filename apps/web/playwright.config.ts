import { defineConfig } from '@playwright/test'

import { debianChromium } from './e2e/chromium'

/**
 * Browser tests of the patient site against the built CMS and web app, started on a
 * throwaway database by e2e/global-setup.ts (ports 3200 web, 3201 CMS). Needs
 * `npm run build` first. Uses the system's Chromium; never `playwright install`.
 */
export default defineConfig({
  testDir: './e2e',
  // Two cores: the servers and the browser compete for them. Tests that change CMS
  // content run one after another anyway.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e-results.json' }]],
  outputDir: 'test-results/artifacts',
  globalSetup: './e2e/global-setup.ts',
  globalTeardown: './e2e/global-teardown.ts',
  use: {
    baseURL: 'http://localhost:3200',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [debianChromium],
})
