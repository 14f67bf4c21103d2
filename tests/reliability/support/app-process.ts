import pg from 'pg';
import { type LaunchedApp, launchApp } from '../../support/launch-app.mjs';

export { embeddedServerOf, restartEmbeddedServer } from '../../support/launch-app.mjs';

export type AppProcess = LaunchedApp;

/**
 * Runs the app as a real process (the spawned pid is the app itself). From the compiled dist/
 * when it is there (`npm test` builds first; it starts in about a second), else from the sources
 * through tsx (PSOAS_TEST_FROM_SOURCES=1 forces the sources).
 */
export function startAppProcess(options: {
  dataDir: string;
  port?: number;
  demo?: boolean;
  env?: Record<string, string>;
  timeoutMs?: number;
  /** Extra options for node itself, e.g. --inspect. */
  nodeArgs?: string[];
}): Promise<AppProcess> {
  return launchApp({ ...options, from: process.env.PSOAS_TEST_FROM_SOURCES === '1' ? 'sources' : 'auto' });
}

export async function query<T = Record<string, unknown>>(url: string, sql: string, params: unknown[] = []) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}
