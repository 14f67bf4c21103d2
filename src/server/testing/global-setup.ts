import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '../db/embedded.js';
import { createTemplateDatabase, type TestServer } from './template-db.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** TEST_DATABASE_URL, read once by vitest.config.ts ('' when unset). */
    externalDatabaseUrl: string;
    /** The servers integration tests run on, each with a migrated template database. */
    testServers: TestServer[];
  }
}

/**
 * One embedded PostgreSQL for the whole unit/integration run, plus the external server when
 * TEST_DATABASE_URL is set. Migrations run once per server, into a template database; each test
 * file then copies it (`create database … template …`), which takes milliseconds instead of a
 * full migration per file.
 */
export default async function setup(project: TestProject) {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'psoas-test-'));
  const embedded = await startEmbeddedPostgres({ dataDir });
  const templates = [await createTemplateDatabase('embedded', embedded.url)];
  const external = project.getProvidedContext().externalDatabaseUrl;
  try {
    if (external) templates.push(await createTemplateDatabase('external', external));
  } catch (e) {
    await Promise.all(templates.map((t) => t.drop()));
    await embedded.stop();
    throw e;
  }
  project.provide(
    'testServers',
    templates.map((t) => t.server),
  );
  return async () => {
    // The external server outlives the run: its template must not pile up there.
    await Promise.all(templates.map((t) => t.drop().catch(() => {})));
    await embedded.stop();
    await fs.rm(dataDir, { recursive: true, force: true });
  };
}
