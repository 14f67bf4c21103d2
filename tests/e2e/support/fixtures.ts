import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { test as base, inject } from 'vitest';
import { DESKTOP } from './browser.js';

export interface SharedApp {
  url: string;
}

interface FileFixtures {
  /** The app of the whole browser run (tests/e2e/support/global-setup.ts). */
  app: SharedApp;
  /** A connection to the run's one Chromium; contexts a test opens are closed after it. */
  browser: Browser;
}

interface TestFixtures {
  closeContexts: undefined;
  /** A fresh desktop context on the shared app. */
  context: BrowserContext;
  page: Page;
}

/**
 * `it` for browser tests: `it('…', async ({ app, browser }) => …)`. Tests still open their
 * contexts with `newPage(browser, app.url, PHONE)`, or take `page`.
 */
export const it = base.extend<{ $test: TestFixtures; $file: FileFixtures }>({
  app: [
    // biome-ignore lint/correctness/noEmptyPattern: vitest reads a fixture's dependencies from its first parameter.
    async ({}, use) => {
      await use({ url: inject('e2eAppUrl') });
    },
    { scope: 'file' },
  ],
  browser: [
    // biome-ignore lint/correctness/noEmptyPattern: vitest reads a fixture's dependencies from its first parameter.
    async ({}, use) => {
      const browser = await chromium.connect(inject('browserWsEndpoint'));
      await use(browser);
      await browser.close();
    },
    { scope: 'file' },
  ],
  // Whatever contexts a test leaves open, even on failure, are closed before the next test.
  closeContexts: [
    async ({ browser }, use) => {
      await use(undefined);
      await Promise.all(browser.contexts().map((c) => c.close().catch(() => {})));
    },
    { auto: true },
  ],
  context: async ({ app, browser }, use) => {
    await use(await browser.newContext({ ...DESKTOP, baseURL: app.url }));
  },
  page: async ({ context }, use) => {
    await use(await context.newPage());
  },
});
