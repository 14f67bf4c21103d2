import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '../db/embedded.js';

declare module 'vitest' {
  export interface ProvidedContext {
    embeddedDatabaseUrl: string;
  }
}

/** One embedded PostgreSQL for the whole unit/integration run; each test file makes its own database in it. */
export default async function setup(project: TestProject) {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'psoas-test-'));
  const server = await startEmbeddedPostgres({ dataDir });
  project.provide('embeddedDatabaseUrl', server.url);
  return async () => {
    await server.stop();
    await fs.rm(dataDir, { recursive: true, force: true });
  };
}
