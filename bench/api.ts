// API throughput: requests/s and p50/p99 latency at 50 connections (autocannon, loopback, 10 s)
// for the health check, an exercise's data and a programme read, each against a bare Fastify
// route returning JSON of the same size, measured in the same run (aim: reads at 0.5 or more of
// the bare route), and the app's resident memory idle and under load. Availability and booking
// have their own benches: bench/booking-availability.mjs (mixed reads and bookings) and
// bench/booking.mjs (bookings/s against raw INSERTs/s).
// Load shedding is turned off for the app here: on a shared 2-core machine it would (rightly)
// answer 503 under 50 connections, and this bench measures capacity, not shedding.
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { VIGNETTES } from '../src/domain/assessment/vignettes/index.js';
import { freePort } from '../src/server/db/embedded.js';
import { cleanDataDir } from '../tests/e2e/support/app.js';
import { startAppProcess } from '../tests/reliability/support/app-process.js';
import { treeRssMiB } from '../tests/reliability/support/mixed-load.js';
import { type Figure, writeResults } from './lib.mjs';

const root = path.resolve(import.meta.dirname, '..');
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 50;

type Cannon = autocannon.Result;
const run = (opts: autocannon.Options) =>
  new Promise<Cannon>((resolve, reject) =>
    autocannon({ connections: CONNECTIONS, duration: SECONDS, ...opts }, (err, r) =>
      err ? reject(err) : resolve(r),
    ),
  );

async function startBare(): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const script = `
    const Fastify = require('fastify');
    const app = Fastify({ logger: false });
    const bodies = new Map();
    app.get('/bare/:bytes', async (req) => {
      const n = Number(req.params.bytes);
      if (!bodies.has(n)) bodies.set(n, { data: 'x'.repeat(Math.max(0, n - 11)) });
      return bodies.get(n);
    });
    app.listen({ port: ${port}, host: '127.0.0.1' });`;
  const child = spawn(process.execPath, ['-e', script], { cwd: root, stdio: 'inherit' });
  const url = `http://127.0.0.1:${port}`;
  for (;;) {
    try {
      if ((await fetch(`${url}/bare/10`)).ok) break;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url, child };
}

const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'psoas-bench-api-'));
const app = await startAppProcess({
  dataDir,
  env: { PSOAS_MAX_EVENT_LOOP_UTILIZATION: '0', PSOAS_MAX_EVENT_LOOP_DELAY_MS: '0', LOG_LEVEL: 'error' },
});
const bare = await startBare();
const figures: Figure[] = [];
try {
  const base = app.url;
  const day = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

  // A guest with an assessment and a programme, for the programme read.
  let cookie = '';
  let programmePath = '';
  for (const v of VIGNETTES) {
    const a = await fetch(`${base}/api/assessments`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ language: 'en', answers: v.answers }),
    });
    cookie ||= (a.headers.get('set-cookie') ?? '').split(';')[0]!;
    const assessment = (await a.json()) as { id?: string };
    if (!assessment.id) continue;
    const p = await fetch(`${base}/api/programmes`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({
        assessmentId: assessment.id,
        preferences: {
          minutesPerSession: 20,
          daysPerWeek: 3,
          equipment: ['mat', 'chair'],
          startDate: day(0),
          timeZone: 'Europe/Madrid',
          language: 'en',
        },
      }),
    });
    const programme = (await p.json()) as { id?: string };
    if (p.status === 201 && programme.id) {
      programmePath = `/api/programmes/${programme.id}`;
      break;
    }
  }
  if (!programmePath) throw new Error('could not create a programme for the bench');

  const idleMiB = treeRssMiB(app.child.pid!);
  const underLoad: number[] = [];
  const reads: { name: string; path: string; headers?: Record<string, string> }[] = [
    { name: 'GET /api/health', path: '/api/health' },
    { name: 'GET /api/exercises/kneeling-lunge', path: '/api/exercises/kneeling-lunge' },
    { name: 'GET programme (read)', path: programmePath, headers: { cookie } },
  ];
  const perSecond = (r: Cannon, name: string, unit: string, ratio?: number, note?: string): Figure => ({
    name,
    unit,
    median: r.requests.p50,
    min: r.requests.min,
    max: r.requests.max,
    runs: r.requests.total > 0 ? SECONDS : 0,
    ...(ratio === undefined ? {} : { ratio }),
    ...(note ? { note } : {}),
  });
  for (const read of reads) {
    const res = await fetch(`${base}${read.path}`, { headers: read.headers });
    const bytes = (await res.arrayBuffer()).byteLength;
    if (res.status !== 200) throw new Error(`${read.name}: ${res.status}`);
    const sampler = setInterval(() => underLoad.push(treeRssMiB(app.child.pid!)), 1000);
    const r = await run({ url: `${base}${read.path}`, headers: read.headers });
    clearInterval(sampler);
    const b = await run({ url: `${bare.url}/bare/${bytes}` });
    const non2xx = r.non2xx + r.errors;
    figures.push(
      {
        ...perSecond(
          r,
          `${read.name}: requests/s (${bytes} B)`,
          'req/s',
          r.requests.average / b.requests.average,
          non2xx ? `${non2xx} non-2xx/errors` : undefined,
        ),
        aim: 'ratio ≥ 0.5 of bare',
      },
      {
        name: `${read.name}: p50 latency`,
        unit: 'ms',
        median: r.latency.p50,
        min: r.latency.min,
        max: r.latency.max,
        runs: r.requests.total,
      },
      {
        name: `${read.name}: p99 latency`,
        unit: 'ms',
        median: r.latency.p99,
        min: r.latency.p99,
        max: r.latency.p99,
        runs: r.requests.total,
      },
      perSecond(b, `bare Fastify, ${bytes} B JSON: requests/s`, 'req/s'),
    );
    console.log(
      `${read.name}: ${Math.round(r.requests.average)} req/s vs bare ${Math.round(b.requests.average)}`,
    );
  }

  figures.push(
    { name: 'app RSS idle', unit: 'MiB', median: idleMiB, min: idleMiB, max: idleMiB, runs: 1 },
    {
      name: 'app RSS under 50-connection load',
      unit: 'MiB',
      median: [...underLoad].sort((a, b) => a - b)[Math.floor(underLoad.length / 2)] ?? 0,
      min: Math.min(...underLoad),
      max: Math.max(...underLoad),
      runs: underLoad.length,
    },
  );
  writeResults('api', figures);
} finally {
  bare.child.kill('SIGKILL');
  await app.stop();
  await cleanDataDir(dataDir);
}
