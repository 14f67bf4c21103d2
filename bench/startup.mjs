// Time from process start to the first 200 on /api/health, cold (empty data dir: initdb,
// start, migrate) and warm (existing data dir, database stopped cleanly before), plus resident
// memory of the app and of its PostgreSQL processes at idle. Runs the built app (npm run build).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchApp } from '../tests/support/launch-app.mjs';
import { summarise, writeResults } from './lib.mjs';

const root = path.resolve(import.meta.dirname, '..');
const runs = Number(process.env.BENCH_RUNS ?? 5);

async function startOnce(dataDir) {
  const app = await launchApp({ dataDir, demo: false, from: 'built', pollMs: 10 });
  await new Promise((r) => setTimeout(r, 1000));
  const appRss = rssKiB(app.child.pid);
  const pgRss = postgresRssKiB(dataDir);
  await app.stop();
  return { ms: app.startupMs, appRss, pgRss };
}

function rssKiB(pid) {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
}

/** Sum of RSS over the postmaster and its children (shared buffers counted once per process: an upper bound). */
function postgresRssKiB(dataDir) {
  const pidFile = path.join(dataDir, 'postgres', 'postmaster.pid');
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  const children = execFileSync('ps', ['-o', 'pid=', '--ppid', String(pid)], { encoding: 'utf8' })
    .split('\n')
    .map((s) => Number(s.trim()))
    .filter(Boolean);
  return [pid, ...children].reduce((sum, p) => {
    try {
      return sum + rssKiB(p);
    } catch {
      return sum;
    }
  }, 0);
}

if (!fs.existsSync(path.join(root, 'dist/cli/index.js'))) {
  console.error('Build first: npm run build');
  process.exit(1);
}
const cold = [];
const warm = [];
const appRss = [];
const pgRss = [];
for (let i = 0; i < runs; i++) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'psoas-bench-startup-'));
  try {
    cold.push((await startOnce(dataDir)).ms);
    const w = await startOnce(dataDir);
    warm.push(w.ms);
    appRss.push(w.appRss / 1024);
    pgRss.push(w.pgRss / 1024);
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
writeResults('startup', [
  {
    name: 'startup cold (no data dir) to first 200 /api/health',
    unit: 'ms',
    ...summarise(cold),
    aim: '≤ 2000 ms',
  },
  { name: 'startup warm to first 200 /api/health', unit: 'ms', ...summarise(warm), aim: '≤ 800 ms' },
  { name: 'resident memory of the app at idle', unit: 'MiB', ...summarise(appRss) },
  {
    name: 'resident memory of embedded PostgreSQL at idle (sum over processes)',
    unit: 'MiB',
    ...summarise(pgRss),
  },
]);
