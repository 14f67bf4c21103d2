import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultPackageRoot } from '../config.js';
import { startEmbeddedPostgres } from './embedded.js';
import { EmbeddedDatabaseError } from './embedded-errors.js';

const root = defaultPackageRoot();

/** Runs the real CLI from the sources, as `npm run dev` would, and collects how it ended. */
function cli(args: string[], env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'src/cli/index.ts', ...args],
      { cwd: root, env: { ...process.env, DATABASE_URL: '', LOG_LEVEL: 'warn', ...env }, timeout: 60_000 },
      (error, _stdout, stderr) => resolve({ code: error ? (error.code as number | null) : 0, stderr }),
    );
  });
}

describe('a start-up failure of the embedded database', () => {
  let dir: string;
  let file: string;

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'psoas-embedded-errors-'));
    file = path.join(dir, 'not-a-folder');
    await fs.writeFile(file, 'someone else’s file\n');
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('ends `psoas serve` with one line naming PSOAS_DATA_DIR and DATABASE_URL, a non-zero code and no stack trace', async () => {
    const { code, stderr } = await cli(['serve'], { PSOAS_DATA_DIR: file, PORT: '0' });
    expect(code).toBe(69);
    const lines = stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toBe(
      `psoas: the data folder ${file} (PSOAS_DATA_DIR) is not a folder: a file has that name. ` +
        'Set PSOAS_DATA_DIR to a folder this user can write, or set DATABASE_URL to use a PostgreSQL server you run yourself',
    );
    expect(stderr).not.toMatch(/\n\s+at /);
    // The file in the way is left as it was.
    expect(await fs.readFile(file, 'utf8')).toBe('someone else’s file\n');
  }, 60_000);

  it('says why a data folder cannot be created (a file where a parent folder should be)', async () => {
    const { code, stderr } = await cli(['migrate'], { PSOAS_DATA_DIR: path.join(file, 'data') });
    expect(code).toBe(69);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain(
      `the data folder ${path.join(file, 'data')} (PSOAS_DATA_DIR) could not be created`,
    );
    expect(stderr).toContain('a file is in the way where a folder is needed');
  }, 60_000);

  it('reaches callers other than the CLI as an EmbeddedDatabaseError carrying what, why and fix', async () => {
    const failure = await startEmbeddedPostgres({ dataDir: file }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(EmbeddedDatabaseError);
    const { what, why, fix } = failure as EmbeddedDatabaseError;
    expect(what).toBe(`the data folder ${file} (PSOAS_DATA_DIR) is not a folder`);
    expect(why).toBe('a file has that name');
    expect(fix).toContain('DATABASE_URL');
  });
});
