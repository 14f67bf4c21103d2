// Bookings per second through POST /api/clinics/:clinic/bookings against raw INSERTs per second
// into a copy of the bookings table (same PostgreSQL, same constraints, exclusion constraint
// included), measured side by side in each run at the same concurrency; zero double bookings
// by query after every run. The calendar cannot fill (HORIZON_DAYS) and every request books a
// different slot from a queue of non-overlapping ones, so the bench measures the server, not
// how many free slots a demo calendar has. Between runs the bookings are cancelled in SQL.
// Run: npm run bench -- booking   (aim: API/raw ≥ 0.3)
import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import { summarise, writeResults } from './lib.mjs';
import {
  bookingBody,
  bookingQueue,
  cancelAll,
  doubleBookings,
  HORIZON_DAYS,
  startBenchApp,
} from './support/booking-setup.mjs';

const runs = Number(process.env.BENCH_RUNS ?? 3);
const seconds = Number(process.env.BENCH_SECONDS ?? 8);
const connections = Number(process.env.BENCH_CONCURRENCY ?? 50);
// The app's default PSOAS_DB_POOL_SIZE.
const APP_POOL_SIZE = 10;

const { app, pool, clinic } = await startBenchApp();
try {
  const queue = await bookingQueue(app.url, clinic);
  console.log(
    `${queue.length} non-overlapping free slots over ${HORIZON_DAYS} days, ${connections} connections, ${seconds} s per side`,
  );
  await pool.query(
    'drop table if exists bench_bookings; create table bench_bookings (like bookings including all)',
  );
  const template = clinic.services[0];
  const apiRates = [];
  const rawRates = [];
  const rawAtPoolRates = [];
  const ratios = [];
  const latencies = [];
  let overlaps = 0;
  let unexpected = 0;
  let exhausted = 0;
  for (let run = 0; run < runs; run++) {
    await cancelAll(pool);
    let next = 0;
    let created = 0;
    let refused = 0;
    const result = await autocannon({
      url: `${app.url}/api/clinics/${clinic.id}/bookings`,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      connections,
      duration: seconds,
      requests: [
        {
          setupRequest: (req) => {
            if (next >= queue.length) exhausted++;
            return { ...req, body: bookingBody(queue[next++ % queue.length]) };
          },
          onResponse: (status) => {
            if (status === 201) created++;
            else if (status === 409) refused++;
            else unexpected++;
          },
        },
      ],
    });
    latencies.push(result.latency.p50);
    const found = await doubleBookings(pool);
    overlaps += found;

    // Raw INSERTs: the same time, one statement per booking, non-overlapping; at the same
    // concurrency (the aim), and at the app's own pool size (context: the app never has more
    // than that many statements in flight).
    const rawInserts = async (width) => {
      await pool.query('truncate bench_bookings');
      let inserted = 0;
      let offset = 0;
      const until = Date.now() + seconds * 1000;
      const t0 = performance.now();
      await Promise.all(
        Array.from({ length: width }, async () => {
          while (Date.now() < until) {
            const start = new Date(Date.UTC(2030, 0, 1) + offset++ * 3_600_000);
            await pool.query(
              `insert into bench_bookings (clinic_id, service_id, practitioner_id, patient_name, patient_email,
                 patient_phone, start_at, end_at, idempotency_key, cancel_token_hash)
               values ($1, $2, $3, 'Raw', 'raw@example.com', '+1', $4, $5, $6, 'x')`,
              [
                clinic.id,
                template.id,
                template.practitionerIds[0],
                start,
                new Date(start.getTime() + 1_800_000),
                randomUUID(),
              ],
            );
            inserted++;
          }
        }),
      );
      return inserted / ((performance.now() - t0) / 1000);
    };
    const rawRate = await rawInserts(connections);
    rawAtPoolRates.push(await rawInserts(APP_POOL_SIZE));
    const apiRate = created / result.duration;
    apiRates.push(apiRate);
    rawRates.push(rawRate);
    ratios.push(apiRate / rawRate);
    console.log(
      `run ${run + 1}: API ${created} booked (${apiRate.toFixed(0)}/s), ${refused} refused, raw ${rawRate.toFixed(0)} inserts/s (${rawAtPoolRates.at(-1).toFixed(0)} at ${APP_POOL_SIZE}), ratio ${(apiRate / rawRate).toFixed(2)}, ${found} double bookings, p99 ${result.latency.p99} ms`,
    );
  }
  await pool.query('drop table bench_bookings');
  if (unexpected) throw new Error(`${unexpected} answers other than 201/409`);
  if (overlaps) throw new Error(`${overlaps} double bookings`);
  const ratio = summarise(ratios);
  writeResults('booking', [
    {
      name: `bookings/s through the API (201s), uncapped calendar, ${connections} connections`,
      unit: 'bookings/s',
      ...summarise(apiRates),
      ratio: ratio.median,
      aim: 'ratio ≥ 0.3 of raw INSERTs/s',
      note: `ratio per run: ${ratios.map((r) => r.toFixed(2)).join(', ')}${exhausted ? `; queue wrapped ${exhausted} times` : ''}`,
    },
    {
      name: 'raw INSERTs/s through pg (same server, same constraints)',
      unit: 'inserts/s',
      ...summarise(rawRates),
    },
    {
      name: `raw INSERTs/s at ${APP_POOL_SIZE} connections (the app's pool size)`,
      unit: 'inserts/s',
      ...summarise(rawAtPoolRates),
      ratio: summarise(apiRates).median / summarise(rawAtPoolRates).median,
      note: 'context only: API bookings/s ÷ this',
    },
    { name: 'booking request latency p50 (per run)', unit: 'ms', ...summarise(latencies) },
    {
      name: 'double bookings found by query after each run',
      unit: 'pairs',
      median: overlaps,
      min: overlaps,
      max: overlaps,
      runs,
      aim: '0',
    },
  ]);
} finally {
  await pool.end();
  await app.close();
}
