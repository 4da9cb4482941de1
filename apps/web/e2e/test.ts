/**
 * Playwright's `test` and `expect` for every browser test here, with one addition: a test fails
 * when a page it opened broke the content security policy (a blocked script, style, image or
 * connection shows up as a console message from Chromium).
 */
import { expect, test as base } from '@playwright/test'

export { expect }
export type { Page } from '@playwright/test'

export const test = base.extend<{ contentSecurityPolicyViolations: string[] }>({
  contentSecurityPolicyViolations: [
    async ({ context }, use) => {
      const violations: string[] = []
      context.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) violations.push(`${message.page()?.url() ?? ''}: ${message.text()}`)
      })
      await use(violations)
      expect(violations, 'content security policy violations').toEqual([])
    },
    { auto: true },
  ],
})
