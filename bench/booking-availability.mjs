// GET availability (one week) in a mixed run: 50 connections, one booking for every 20 reads,
// against a bare Fastify route returning JSON of the same size, measured side by side in each
// run. Reads are told apart from bookings by their answer (200 vs 201/409), so their own p99 is
// reported. Every protection stays as configured by default (load shedding included): a 503 is
// counted and reported, never a read.
// Run: npm run bench -- booking   (aims: reads/s ≥ 0.5 of bare; reads p99 ≤ 15 ms)
import autocannon from 'autocannon';
import { summarise, writeResults } from './lib.mjs';
import {
  bookingBody,
  bookingQueue,
  cancelAll,
  cpuSeconds,
  doubleBookings,
  percentile,
  startBare,
  startBenchApp,
} from './support/booking-setup.mjs';

const runs = Number(process.env.BENCH_RUNS ?? 3);
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = 50;
const READS_PER_BOOKING = 20;

const day = (n) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

const { app, pool, clinic } = await startBenchApp();
const bare = await startBare();
try {
  const queue = await bookingQueue(app.url, clinic);
  const readPath = `/api/clinics/${clinic.id}/availability?${new URLSearchParams({
    serviceId: clinic.services[0].id,
    from: day(7),
    to: day(13),
  })}`;
  const bookPath = `/api/clinics/${clinic.id}/bookings`;
  const ratios = [];
  const readRates = [];
  const bareRates = [];
  const p99s = [];
  const p50s = [];
  const bookingRates = [];
  const cpuRatios = [];
  const appCpuPerRequest = [];
  let shed = 0;
  let unexpected = 0;
  let overlaps = 0;
  for (let run = 0; run < runs; run++) {
    await cancelAll(pool);
    const bytes = (await (await fetch(`${app.url}${readPath}`)).arrayBuffer()).byteLength;
    let sent = 0;
    let next = 0;
    let booked = 0;
    const readLatencies = [];
    const instance = autocannon({
      url: app.url,
      connections,
      duration: seconds,
      requests: [
        {
          setupRequest: (req) =>
            ++sent % (READS_PER_BOOKING + 1) === 0
              ? {
                  ...req,
                  method: 'POST',
                  path: bookPath,
                  headers: { 'content-type': 'application/json' },
                  body: bookingBody(queue[next++ % queue.length]),
                }
              : { ...req, method: 'GET', path: readPath, headers: {}, body: undefined },
        },
      ],
    });
    instance.on('response', (_client, status, _bytes, ms) => {
      if (status === 200) readLatencies.push(ms);
      else if (status === 201) booked++;
      else if (status === 503) shed++;
      else if (status !== 409) unexpected++;
    });
    const appCpu0 = cpuSeconds(app.child.pid);
    const mixed = await instance;
    const appCpu = cpuSeconds(app.child.pid) - appCpu0;
    const bareCpu0 = cpuSeconds(bare.pid);
    const b = await autocannon({ url: `${bare.url}/bare/${bytes}`, connections, duration: seconds });
    const bareCpu = cpuSeconds(bare.pid) - bareCpu0;
    const appMs = (appCpu * 1000) / Math.max(1, mixed.requests.total);
    const bareMs = (bareCpu * 1000) / Math.max(1, b.requests.total);
    appCpuPerRequest.push(appMs);
    cpuRatios.push(bareMs / appMs);
    const readRate = readLatencies.length / mixed.duration;
    const bareRate = b.requests.total / b.duration;
    readRates.push(readRate);
    bareRates.push(bareRate);
    ratios.push(readRate / bareRate);
    p99s.push(percentile(readLatencies, 99));
    p50s.push(percentile(readLatencies, 50));
    bookingRates.push(booked / mixed.duration);
    overlaps += await doubleBookings(pool);
    console.log(
      `run ${run + 1}: reads ${readRate.toFixed(0)}/s (p50 ${p50s.at(-1)} ms, p99 ${p99s.at(-1)} ms), ${booked} booked, bare ${bareRate.toFixed(0)}/s (${bytes} B), ratio ${(readRate / bareRate).toFixed(2)}, CPU/request app ${appMs.toFixed(2)} ms vs bare ${bareMs.toFixed(2)} ms, ${shed} shed so far`,
    );
  }
  if (unexpected) throw new Error(`${unexpected} answers other than 200/201/409/503`);
  if (overlaps) throw new Error(`${overlaps} double bookings`);
  const ratio = summarise(ratios);
  writeResults('booking-availability', [
    {
      name: `GET availability, one week, mixed with 1 booking per ${READS_PER_BOOKING} reads: reads/s`,
      unit: 'req/s',
      ...summarise(readRates),
      ratio: ratio.median,
      aim: 'ratio ≥ 0.5 of bare Fastify, same body size',
      note: `ratio per run: ${ratios.map((r) => r.toFixed(2)).join(', ')}; ${shed} answers shed (503)`,
    },
    { name: 'GET availability in the mixed run: p99 latency', unit: 'ms', ...summarise(p99s), aim: '≤ 15' },
    { name: 'GET availability in the mixed run: p50 latency', unit: 'ms', ...summarise(p50s) },
    { name: 'bare Fastify, same body size: requests/s', unit: 'req/s', ...summarise(bareRates) },
    {
      name: 'app process CPU per request in the mixed run (reads and bookings)',
      unit: 'ms',
      ...summarise(appCpuPerRequest),
      ratio: summarise(cpuRatios).median,
      note: 'ratio = bare CPU/request ÷ app CPU/request: independent of other load on the machine; PostgreSQL CPU not counted',
    },
    { name: 'bookings/s in the mixed run (201s)', unit: 'bookings/s', ...summarise(bookingRates) },
    {
      name: 'double bookings found by query after the mixed runs',
      unit: 'pairs',
      median: overlaps,
      min: overlaps,
      max: overlaps,
      runs,
      aim: '0',
    },
  ]);
} finally {
  bare.close();
  await pool.end();
  await app.close();
}
