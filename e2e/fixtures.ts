// Every test fails if the browser reported a Content-Security-Policy
// violation on any page it opened (in its own context or in any context it
// created): the policy must never block the app's own scripts, styles or
// requests. Import `test` and `expect` from here.
import { test as base, expect, type BrowserContext } from "@playwright/test";

/** Chromium logs each violation to the console of the page it happened in. */
function watchCsp(context: BrowserContext, violations: string[]): void {
  context.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(`${message.location().url}: ${message.text()}`);
  });
}

export const test = base.extend<{ cspViolations: string[] }>({
  cspViolations: [
    // `use` is Playwright's fixture callback, not React's hook.
    async ({ context, browser }, provide) => {
      const violations: string[] = [];
      watchCsp(context, violations);
      const newContext = browser.newContext.bind(browser);
      browser.newContext = async (...args) => {
        const created = await newContext(...args);
        watchCsp(created, violations);
        return created;
      };
      try {
        await provide(violations);
      } finally {
        browser.newContext = newContext;
      }
      expect(violations, "Content-Security-Policy violations").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
