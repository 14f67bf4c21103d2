// Bookings per second sustained by POST /api/clinics/:clinic/bookings on the embedded database,
// with zero double bookings (checked by query after every run). Runs the app (tsx) with the
// demo clinic; concurrent clients book random free slots of every service and practitioner
// (some collide and get 409, as real patients would). Between runs the bookings are cancelled
// in SQL so each run has the same free calendar.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { embeddedServerOf, launchApp } from '../tests/support/launch-app.mjs';
import { summarise, writeResults } from './lib.mjs';

const runs = Number(process.env.BENCH_RUNS ?? 3);
const seconds = Number(process.env.BENCH_SECONDS ?? 8);
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 16);

// From the sources through tsx: the API path is the same as the built app's, and the bench does
// not depend on a dist/ that another build may be rewriting.
const app = await launchApp({ from: 'sources' });
const base = app.url;

async function main() {
  const server = await embeddedServerOf(app.dataDir);
  const db = new pg.Client({
    host: '127.0.0.1',
    port: server.port,
    user: server.user,
    password: server.password,
    database: 'postgres',
  });
  await db.connect();

  const [clinic] = await (await fetch(`${base}/api/clinics`)).json();
  const detail = await (await fetch(`${base}/api/clinics/${clinic.id}`)).json();
  // Every free slot of every service over the next 8 weeks.
  const slots = [];
  const day = (n) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
  for (const service of detail.services) {
    for (let w = 0; w < 8; w++) {
      const q = new URLSearchParams({ serviceId: service.id, from: day(w * 7), to: day(w * 7 + 6) });
      const body = await (await fetch(`${base}/api/clinics/${clinic.id}/availability?${q}`)).json();
      slots.push(...body.slots);
    }
  }
  console.log(`${slots.length} free slots over 8 weeks, ${concurrency} clients, ${seconds} s per run`);

  const rates = [];
  const attemptRates = [];
  const latencies = [];
  let overlapsTotal = 0;
  let errors = 0;
  for (let run = 0; run < runs; run++) {
    await db.query("update bookings set status = 'cancelled' where status = 'active'");
    let created = 0;
    let attempts = 0;
    const deadline = performance.now() + seconds * 1000;
    const t0 = performance.now();
    const client = async () => {
      while (performance.now() < deadline) {
        const slot = slots[Math.floor(Math.random() * slots.length)];
        const started = performance.now();
        const res = await fetch(`${base}/api/clinics/${clinic.id}/bookings`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            serviceId: slot.serviceId,
            practitionerId: slot.practitionerId,
            start: slot.start,
            idempotencyKey: randomUUID(),
            patient: { name: 'Bench Patient', email: 'bench@example.com', phone: '+1 604 555 0199' },
          }),
        });
        await res.arrayBuffer();
        latencies.push(performance.now() - started);
        attempts++;
        if (res.status === 201) created++;
        else if (res.status !== 409) errors++;
      }
    };
    await Promise.all(Array.from({ length: concurrency }, client));
    const elapsed = (performance.now() - t0) / 1000;
    const { rows } = await db.query(`
      select count(*)::int as n from bookings a join bookings b
        on a.practitioner_id = b.practitioner_id and a.id < b.id
       where a.status = 'active' and b.status = 'active'
         and booking_blocked_range(a.start_at, a.end_at, a.buffer_before_minutes, a.buffer_after_minutes)
          && booking_blocked_range(b.start_at, b.end_at, b.buffer_before_minutes, b.buffer_after_minutes)`);
    overlapsTotal += rows[0].n;
    rates.push(created / elapsed);
    attemptRates.push(attempts / elapsed);
    console.log(
      `run ${run + 1}: ${created} booked, ${attempts - created} refused, ${rows[0].n} overlaps, ${elapsed.toFixed(1)} s`,
    );
  }
  await db.end();
  if (errors) throw new Error(`${errors} answers other than 201/409`);
  if (overlapsTotal) throw new Error(`${overlapsTotal} double bookings`);
  writeResults('booking', [
    { name: 'bookings created per second (201)', unit: 'bookings/s', ...summarise(rates) },
    { name: 'booking requests answered per second (201 + 409)', unit: 'req/s', ...summarise(attemptRates) },
    { name: 'booking request latency', unit: 'ms', ...summarise(latencies) },
    {
      name: 'double bookings found by query after each run',
      unit: 'pairs',
      median: 0,
      min: 0,
      max: 0,
      runs,
      aim: '0',
    },
  ]);
}

try {
  await main();
} finally {
  await app.close();
}
