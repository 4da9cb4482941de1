import { defineConfig } from '@playwright/test'

import { debianChromium } from './e2e/chromium'
import { SITE_URL } from './e2e-nginx/stack'

/**
 * Browser tests through nginx: the production shape (deploy/nginx in front of both built apps in
 * the proxied deployment), started by e2e-nginx/global-setup.ts on ports 3300/3301 (apps) and
 * 3443/3480 (nginx). Needs `npm run build` and Debian's nginx with its brotli module.
 */
export default defineConfig({
  testDir: './e2e-nginx',
  workers: 1,
  fullyParallel: false,
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e-nginx-results.json' }]],
  outputDir: 'test-results/artifacts-nginx',
  globalSetup: './e2e-nginx/global-setup.ts',
  globalTeardown: './e2e-nginx/global-teardown.ts',
  use: {
    baseURL: SITE_URL,
    // The certificate is self-signed (deploy/nginx/self-signed-tls.sh).
    ignoreHTTPSErrors: true,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [debianChromium],
})
