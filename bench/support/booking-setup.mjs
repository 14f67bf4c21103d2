// Shared by bench/booking.mjs and bench/booking-availability.mjs: the app with a calendar that
// cannot fill during a bench, a queue of bookings that never overlap, a bare Fastify route to
// compare with, and the double-booking query.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import pg from 'pg';
import { embeddedServerOf, freePort, launchApp, repoRoot } from '../../tests/support/launch-app.mjs';

/** Days ahead the bench opens the demo clinic's calendar to (the demo's own horizon is 60). */
export const HORIZON_DAYS = 730;

const day = (n) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

/**
 * The app as a process (built when dist/ is there) with every protection as configured by
 * default (CSRF, load shedding, validation), and a pg pool on its embedded PostgreSQL.
 */
export async function startBenchApp() {
  const app = await launchApp({ env: { LOG_LEVEL: 'error' } });
  const server = await embeddedServerOf(app.dataDir);
  const pool = new pg.Pool({
    host: '127.0.0.1',
    port: server.port,
    user: server.user,
    password: server.password,
    database: 'postgres',
    max: 60,
  });
  const [clinic] = await (await fetch(`${app.url}/api/clinics`)).json();
  // A calendar that cannot fill: the demo's 8 weeks hold only ~600 bookings, which a bench
  // would exhaust in a second and then measure 409s. The trigger on clinics tells every
  // instance's cache at once.
  await pool.query('update clinics set max_days_ahead = $2 where id = $1', [clinic.id, HORIZON_DAYS]);
  const detail = await (await fetch(`${app.url}/api/clinics/${clinic.id}`)).json();
  return { app, pool, clinic: detail, dbUrl: server.url };
}

/**
 * Every free slot of every service over the horizon, thinned per practitioner so that no two
 * overlap (buffers included): each one can be booked once, by the first request that asks.
 * Shuffled, so concurrent requests spread over practitioners and weeks.
 */
export async function bookingQueue(base, clinic) {
  const byPractitioner = new Map();
  const services = new Map(clinic.services.map((s) => [s.id, s]));
  for (const service of clinic.services) {
    for (let w = 0; w * 7 < HORIZON_DAYS; w++) {
      const q = new URLSearchParams({ serviceId: service.id, from: day(w * 7 + 1), to: day(w * 7 + 7) });
      const res = await fetch(`${base}/api/clinics/${clinic.id}/availability?${q}`);
      if (!res.ok) throw new Error(`availability ${res.status}`);
      for (const s of (await res.json()).slots) {
        const list = byPractitioner.get(s.practitionerId) ?? [];
        list.push(s);
        byPractitioner.set(s.practitionerId, list);
      }
    }
  }
  const queue = [];
  for (const list of byPractitioner.values()) {
    const blocked = (s) => {
      const svc = services.get(s.serviceId);
      return [
        Date.parse(s.start) - svc.bufferBeforeMinutes * 60_000,
        Date.parse(s.end) + svc.bufferAfterMinutes * 60_000,
      ];
    };
    list.sort((a, b) => blocked(a)[0] - blocked(b)[0]);
    let freeFrom = Number.NEGATIVE_INFINITY;
    for (const s of list) {
      const [from, to] = blocked(s);
      if (from < freeFrom) continue;
      queue.push({ serviceId: s.serviceId, practitionerId: s.practitionerId, start: s.start });
      freeFrom = to;
    }
  }
  for (let i = queue.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [queue[i], queue[j]] = [queue[j], queue[i]];
  }
  return queue;
}

/** A booking request body for a queued slot, with a fresh idempotency key. */
export const bookingBody = (slot) =>
  JSON.stringify({
    serviceId: slot.serviceId,
    practitionerId: slot.practitionerId,
    start: slot.start,
    idempotencyKey: randomUUID(),
    patient: { name: 'Bench Patient', email: 'bench@example.com', phone: '+1 604 555 0199' },
  });

/** Frees the calendar again between runs (cancelled rows do not block). */
export const cancelAll = (pool) =>
  pool.query("update bookings set status = 'cancelled' where status = 'active'");

/** Pairs of active bookings of one practitioner whose blocked times overlap: must be 0. */
export async function doubleBookings(pool, table = 'bookings') {
  const { rows } = await pool.query(`
    select count(*)::int as n from ${table} a join ${table} b
      on a.practitioner_id = b.practitioner_id and a.id < b.id
     where a.status = 'active' and b.status = 'active'
       and booking_blocked_range(a.start_at, a.end_at, a.buffer_before_minutes, a.buffer_after_minutes)
        && booking_blocked_range(b.start_at, b.end_at, b.buffer_before_minutes, b.buffer_after_minutes)`);
  return rows[0].n;
}

export { startBare } from './bare.mjs';

export const percentile = (values, p) => {
  if (values.length === 0) return Number.NaN;
  const sorted = Float64Array.from(values).sort();
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};

/**
 * CPU seconds (user + system) a process has used, from /proc: per-request CPU does not depend
 * on how many other programs share the machine, unlike requests/s.
 */
export function cpuSeconds(pid) {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  const ticks = 100; // USER_HZ on Linux
  return (Number(fields[11]) + Number(fields[12])) / ticks;
}
