import { type LaunchedApp, type LaunchOptions, launchApp } from '../../support/launch-app.mjs';

export { cleanDataDir } from '../../support/launch-app.mjs';

export type RunningApp = LaunchedApp;
export type StartOptions = Pick<LaunchOptions, 'dataDir' | 'port' | 'demo' | 'env'>;

/**
 * Starts the built app (`node bin/psoas.mjs serve`) as a real process and waits for /api/health.
 * Most browser tests share the one app of tests/e2e/support/global-setup.ts (the `app` fixture);
 * this is for files that need an app of their own (restarts, kills, special settings).
 */
export function startApp(options: StartOptions = {}): Promise<RunningApp> {
  return launchApp({ ...options, from: 'built', timeoutMs: 60_000 });
}
