import { defineConfig } from '@playwright/test'

/**
 * `npm run bench` (after the CMS's benchmarks): the serving path measured through the proxied
 * stack (e2e-nginx/stack.ts: nginx from deploy/nginx in front of both built apps), started by
 * bench/global-setup.ts with the page rate limits lifted. No browser: wrk makes the load.
 * Needs `npm run build` (turbo's bench task builds first), nginx with brotli and wrk.
 */
export default defineConfig({
  testDir: './bench',
  testMatch: '*.bench.ts',
  // Two cores: the load generator, nginx and the apps already compete for them.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 10 * 60_000,
  reporter: [['list']],
  outputDir: 'test-results/artifacts-bench',
  globalSetup: './bench/global-setup.ts',
  globalTeardown: './e2e-nginx/global-teardown.ts',
})
