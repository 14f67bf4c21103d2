// API throughput: requests/s and p50/p99 latency at 50 connections (autocannon, loopback, 10 s)
// for the health check, an exercise's data, a programme read, a week of availability and booking
// creation, each against a bare Fastify route returning JSON of the same size, measured in the
// same run, reads in alternating rounds (aims: health, exercise and programme read at 0.6 or
// more of the bare route and p99 ≤ 15 ms; docs/performance.md). Also: bookings/s through the API vs raw
// INSERTs/s through pg on the same PostgreSQL, and the app's resident memory idle and under load.
// Load shedding is turned off for the app here: on a shared 2-core machine it would (rightly)
// answer 503 under 50 connections, and this bench measures capacity, not shedding.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { VIGNETTES } from '../src/domain/assessment/vignettes/index.js';
import { freePort } from '../src/server/db/embedded.js';
import { cleanDataDir } from '../tests/e2e/support/app.js';
import { embeddedServerOf, startAppProcess } from '../tests/reliability/support/app-process.js';
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
  const [clinic] = (await (await fetch(`${base}/api/clinics`)).json()) as { id: string }[];
  const detail = (await (await fetch(`${base}/api/clinics/${clinic!.id}`)).json()) as {
    services: { id: string }[];
  };
  const day = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
  const service = detail.services[0]!.id;
  const week = `/api/clinics/${clinic!.id}/availability?${new URLSearchParams({ serviceId: service, from: day(7), to: day(13) })}`;

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
  // Aims of issue 16 for the reads (ratio side by side with the bare route, p99 at 50
  // connections); the availability read keeps the older aim until its own bench takes it over.
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
    { name: 'GET availability, one week', path: week },
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

  // Booking creation: random free slots of the next 8 weeks, a fresh idempotency key each; once a
  // slot is taken the answer is 409 (as for real patients), so bookings/s counts only the 201s.
  const slots: { serviceId: string; practitionerId: string; start: string }[] = [];
  for (const s of detail.services)
    for (let w = 0; w < 8; w++) {
      const q = new URLSearchParams({ serviceId: s.id, from: day(w * 7 + 1), to: day(w * 7 + 7) });
      slots.push(
        ...(
          (await (await fetch(`${base}/api/clinics/${clinic!.id}/availability?${q}`)).json()) as {
            slots: typeof slots;
          }
        ).slots,
      );
    }
  const bookingBody = () => {
    const slot = slots[Math.floor(Math.random() * slots.length)]!;
    return JSON.stringify({
      serviceId: slot.serviceId,
      practitionerId: slot.practitionerId,
      start: slot.start,
      idempotencyKey: randomUUID(),
      patient: { name: 'Bench Patient', email: 'bench@example.com', phone: '+1 604 555 0199' },
    });
  };
  let created = 0;
  const sampler = setInterval(() => underLoad.push(treeRssMiB(app.child.pid!)), 1000);
  const booking = await run({
    url: `${base}/api/clinics/${clinic!.id}/bookings`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    requests: [
      {
        setupRequest: (req) => ({ ...req, body: bookingBody() }),
        onResponse: (status) => void (status === 201 && created++),
      },
    ],
  });
  clearInterval(sampler);
  const sample = await fetch(`${base}/api/clinics/${clinic!.id}/bookings`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: bookingBody(),
  });
  const bookingBytes = (await sample.arrayBuffer()).byteLength;
  const bareBooking = await run({ url: `${bare.url}/bare/${bookingBytes}` });
  figures.push(
    perSecond(
      booking,
      'POST booking: requests/s (201 or 409)',
      'req/s',
      booking.requests.average / bareBooking.requests.average,
      `${slots.length} free slots at start`,
    ),
    {
      name: 'POST booking: p50 latency',
      unit: 'ms',
      median: booking.latency.p50,
      min: booking.latency.min,
      max: booking.latency.max,
      runs: booking.requests.total,
    },
    {
      name: 'POST booking: p99 latency',
      unit: 'ms',
      median: booking.latency.p99,
      min: booking.latency.p99,
      max: booking.latency.p99,
      runs: booking.requests.total,
    },
  );
  const apiBookingsPerSecond = created / SECONDS;

  // Raw INSERTs through pg on the same server, same concurrency, into a copy of the bookings
  // table with all its constraints (the exclusion constraint against double booking included).
  const { url: dbUrl } = await embeddedServerOf(dataDir);
  const pool = new pg.Pool({ connectionString: dbUrl, max: CONNECTIONS });
  await pool.query(
    'drop table if exists bench_bookings; create table bench_bookings (like bookings including all)',
  );
  const [template] = (await pool.query("select * from bookings where status = 'active' limit 1")).rows;
  let inserted = 0;
  let offset = 0;
  const until = Date.now() + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (Date.now() < until) {
        const start = new Date(Date.UTC(2030, 0, 1) + offset++ * 3_600_000);
        await pool.query(
          `insert into bench_bookings (clinic_id, service_id, practitioner_id, patient_name, patient_email, patient_phone, start_at, end_at, idempotency_key, cancel_token_hash)
           values ($1, $2, $3, 'Raw', 'raw@example.com', '+1', $4, $5, $6, 'x')`,
          [
            template.clinic_id,
            template.service_id,
            template.practitioner_id,
            start,
            new Date(start.getTime() + 1_800_000),
            randomUUID(),
          ],
        );
        inserted++;
      }
    }),
  );
  await pool.query('drop table bench_bookings');
  await pool.end();
  const rawPerSecond = inserted / SECONDS;
  figures.push(
    {
      name: 'bookings/s through the API (201s)',
      unit: 'bookings/s',
      median: apiBookingsPerSecond,
      min: apiBookingsPerSecond,
      max: apiBookingsPerSecond,
      runs: 1,
      ratio: apiBookingsPerSecond / rawPerSecond,
    },
    {
      name: 'raw INSERTs/s through pg (same server, same constraints)',
      unit: 'inserts/s',
      median: rawPerSecond,
      min: rawPerSecond,
      max: rawPerSecond,
      runs: 1,
    },
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
