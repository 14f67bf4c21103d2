import fs from 'node:fs';
import path from 'node:path';
import { type BrowserServer, chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { type LaunchedApp, launchApp } from '../../support/launch-app.mjs';
import { CHROMIUM_ARGS, chromiumPath } from './browser.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The app every browser test file shares (built, with demo data). */
    e2eAppUrl: string;
    /** Chromium, launched once for the run; files connect to it. */
    browserWsEndpoint: string;
  }
}

/**
 * Browser tests run against the built app: fail early and clearly when it or Chromium is
 * missing. Then start one app and one Chromium for the whole browser run: starting them per file
 * cost about as much as the tests themselves.
 */
export default async function setup(project: TestProject) {
  const root = path.resolve(import.meta.dirname, '..', '..', '..');
  for (const file of ['dist/cli/index.js', 'dist/web/index.html']) {
    if (!fs.existsSync(path.join(root, file))) {
      throw new Error(`${file} is missing: run "npm run build" before the browser tests (npm test does).`);
    }
  }
  let app: LaunchedApp | undefined;
  let browser: BrowserServer | undefined;
  try {
    [app, browser] = await Promise.all([
      launchApp({ from: 'built', timeoutMs: 60_000 }),
      chromium.launchServer({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS }),
    ]);
  } catch (e) {
    await app?.close();
    await browser?.close();
    throw e;
  }
  project.provide('e2eAppUrl', app.url);
  project.provide('browserWsEndpoint', browser.wsEndpoint());
  return async () => {
    await browser?.close();
    await app?.close();
  };
}
