// API throughput: requests/s and p50/p99 latency at 50 connections (autocannon, loopback, 10 s)
// for the health check, an exercise's data and a programme read, each against a bare Fastify
// route returning JSON of the same size, measured in the same run, reads in alternating rounds
// (aims: 0.6 or more of the bare route and p99 ≤ 15 ms; docs/performance.md), and the app's
// resident memory idle and under load. Availability and booking have their own benches:
// bench/booking-availability.mjs (mixed reads and bookings) and bench/booking.mjs (bookings/s
// against raw INSERTs/s).
// Load shedding is turned off for the app here: on a shared 2-core machine it would (rightly)
// answer 503 under 50 connections, and this bench measures capacity, not shedding.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { VIGNETTES } from '../src/domain/assessment/vignettes/index.js';
import { cleanDataDir } from '../tests/e2e/support/app.js';
import { startAppProcess } from '../tests/reliability/support/app-process.js';
import { treeRssMiB } from '../tests/reliability/support/mixed-load.js';
import { type Figure, writeResults } from './lib.mjs';
import { startBare } from './support/bare.mjs';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 50;

type Cannon = autocannon.Result;
const run = (opts: autocannon.Options) =>
  new Promise<Cannon>((resolve, reject) =>
    autocannon({ connections: CONNECTIONS, duration: SECONDS, ...opts }, (err, r) =>
      err ? reject(err) : resolve(r),
    ),
  );

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
  // Aims of issue 16 for the reads (ratio side by side with the bare route, p99 at 50 connections).
  const READ_AIMS = { ratio: 0.6, p99Ms: 15 };
  const reads: {
    name: string;
    path: string;
    headers?: Record<string, string>;
    aims?: typeof READ_AIMS;
  }[] = [
    { name: 'GET /api/health', path: '/api/health', aims: READ_AIMS },
    { name: 'GET /api/exercises/kneeling-lunge', path: '/api/exercises/kneeling-lunge', aims: READ_AIMS },
    { name: 'GET programme (read)', path: programmePath, headers: { cookie }, aims: READ_AIMS },
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
  // Each read alternates with its bare route in short rounds (app, bare, app, bare…), so both
  // see the same load on a shared machine; the ratio is total requests over total requests.
  const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
  const roundSeconds = Math.max(1, Math.round(SECONDS / ROUNDS));
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  const rounds = (rs: Cannon[], name: string, unit: string, pick: (r: Cannon) => number): Figure => {
    const values = rs.map(pick);
    return {
      name,
      unit,
      median: median(values),
      min: Math.min(...values),
      max: Math.max(...values),
      runs: rs.length,
    };
  };
  for (const read of reads) {
    const res = await fetch(`${base}${read.path}`, { headers: read.headers });
    const bytes = (await res.arrayBuffer()).byteLength;
    if (res.status !== 200) throw new Error(`${read.name}: ${res.status}`);
    const appRuns: Cannon[] = [];
    const bareRuns: Cannon[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      const sampler = setInterval(() => underLoad.push(treeRssMiB(app.child.pid!)), 1000);
      appRuns.push(await run({ url: `${base}${read.path}`, headers: read.headers, duration: roundSeconds }));
      clearInterval(sampler);
      bareRuns.push(await run({ url: `${bare.url}/bare/${bytes}`, duration: roundSeconds }));
    }
    const total = (rs: Cannon[]) => rs.reduce((sum, r) => sum + r.requests.total, 0);
    const non2xx = appRuns.reduce((sum, r) => sum + r.non2xx + r.errors, 0);
    const ratio = total(appRuns) / total(bareRuns);
    const p99 = median(appRuns.map((r) => r.latency.p99));
    figures.push(
      {
        ...rounds(appRuns, `${read.name}: requests/s (${bytes} B)`, 'req/s', (r) => r.requests.average),
        ratio,
        ...(non2xx ? { note: `${non2xx} non-2xx/errors` } : {}),
        aim: `ratio ≥ ${read.aims?.ratio ?? 0.5} of bare`,
      },
      rounds(appRuns, `${read.name}: p50 latency (median of rounds)`, 'ms', (r) => r.latency.p50),
      {
        ...rounds(appRuns, `${read.name}: p99 latency (median of rounds)`, 'ms', (r) => r.latency.p99),
        ...(read.aims ? { aim: `≤ ${read.aims.p99Ms} ms` } : {}),
      },
      rounds(bareRuns, `bare Fastify, ${bytes} B JSON: requests/s`, 'req/s', (r) => r.requests.average),
      rounds(
        bareRuns,
        `bare Fastify, ${bytes} B JSON: p99 latency (median of rounds)`,
        'ms',
        (r) => r.latency.p99,
      ),
    );
    const aims = read.aims
      ? ` (aims: ratio ≥ ${read.aims.ratio} → ${ratio >= read.aims.ratio ? 'met' : 'not met'}, p99 ≤ ${read.aims.p99Ms} ms → ${p99 <= read.aims.p99Ms ? 'met' : 'not met'})`
      : '';
    console.log(
      `${read.name}: ${Math.round(total(appRuns) / (ROUNDS * roundSeconds))} req/s vs bare ${Math.round(total(bareRuns) / (ROUNDS * roundSeconds))}, ratio ${ratio.toFixed(2)}, p99 ${p99} ms${aims}`,
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
  bare.close();
  await app.stop();
  await cleanDataDir(dataDir);
}
