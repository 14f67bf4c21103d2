import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idempotencyKeyHash } from '../../src/server/clinics/booking-service.js';
import { cleanDataDir } from '../e2e/support/app.js';
import {
  type AppProcess,
  embeddedServerOf,
  query,
  restartEmbeddedServer,
  startAppProcess,
} from './support/app-process.js';
import { type Slot, Writer } from './support/writer.js';

/**
 * Crash safety: while a client writes check-ins and bookings as fast as it can, the app (and,
 * separately, its embedded PostgreSQL) is killed with SIGKILL at random moments. After every
 * restart on the same data dir each acknowledged write is there, once, and no slot is booked twice.
 */
const ROUNDS = Number(process.env.CRASH_ROUNDS ?? 10);

async function verify(dataDir: string, writer: Writer): Promise<void> {
  const { url } = await embeddedServerOf(dataDir);
  const checkins = await query<{ date: string; pain_now: number; n: number }>(
    url,
    "select date::text, min(pain_now) as pain_now, count(*)::int as n from checkins where note = 'crash test' group by date",
  );
  const byDate = new Map(checkins.map((r) => [r.date, r]));
  const missing = [...writer.checkins].filter(([date, pain]) => byDate.get(date)?.pain_now !== pain);
  expect(missing, 'acknowledged check-ins missing or changed').toEqual([]);
  expect(
    checkins.filter((r) => r.n > 1),
    'duplicated check-ins',
  ).toEqual([]);

  const bookings = await query<{ key: string; id: string }>(
    url,
    "select idempotency_key as key, id::text from bookings where patient_email = 'crash@example.com'",
  );
  const byKey = new Map<string, string[]>();
  for (const b of bookings) byKey.set(b.key, [...(byKey.get(b.key) ?? []), b.id]);
  // Keys are stored hashed (booking-service): look each acknowledged one up by its hash.
  const lost = [...writer.bookings].filter(([key, id]) => {
    const rows = byKey.get(idempotencyKeyHash(key));
    return rows?.length !== 1 || rows[0] !== id;
  });
  expect(lost, 'acknowledged bookings missing or duplicated').toEqual([]);
  const [overlaps] = await query<{ n: number }>(
    url,
    `select count(*)::int as n from bookings a join bookings b
       on a.practitioner_id = b.practitioner_id and a.id < b.id
      and a.status = 'active' and b.status = 'active'
      and tstzrange(a.start_at, a.end_at) && tstzrange(b.start_at, b.end_at)`,
  );
  expect(overlaps!.n, 'double-booked slots').toBe(0);
  expect(writer.unexpected, 'answers other than 2xx/409 while the app was up').toEqual([]);
}

async function newWriter(app: AppProcess): Promise<Writer> {
  const [clinic] = (await (await fetch(`${app.url}/api/clinics`)).json()) as { id: string }[];
  const detail = (await (await fetch(`${app.url}/api/clinics/${clinic!.id}`)).json()) as {
    services: { id: string }[];
  };
  const slots: Slot[] = [];
  const day = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
  for (const service of detail.services) {
    for (let w = 0; w < 4; w++) {
      const q = new URLSearchParams({ serviceId: service.id, from: day(w * 7 + 1), to: day(w * 7 + 7) });
      const body = (await (await fetch(`${app.url}/api/clinics/${clinic!.id}/availability?${q}`)).json()) as {
        slots: Slot[];
      };
      slots.push(...body.slots);
    }
  }
  expect(slots.length).toBeGreaterThan(20);
  // Shuffled so the writers do not all queue on one practitioner's first hour.
  slots.sort(() => Math.random() - 0.5);
  const writer = new Writer(app.url, clinic!.id, slots);
  await writer.checkin(); // one guest identity for the whole test
  expect(writer.guestCookie).toMatch(/^psoas_guest=/);
  return writer;
}

describe('crash: SIGKILL of the app while writing', () => {
  let dataDir = '';
  let app: AppProcess | undefined;
  beforeAll(async () => {
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'psoas-crash-'));
  });
  afterAll(async () => {
    await app?.kill();
    await cleanDataDir(dataDir);
  });

  it(`keeps every acknowledged write through ${ROUNDS} kills at random moments`, async () => {
    app = await startAppProcess({ dataDir });
    const writer = await newWriter(app);
    const log: string[] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      const killAfter = 300 + Math.floor(Math.random() * 1500);
      const before = writer.acknowledgedCount;
      const writing = writer.run(Date.now() + 30_000);
      await new Promise((r) => setTimeout(r, killAfter));
      await app.kill();
      await writing;
      // The kill really stopped the app: nothing answers on its port any more.
      await expect(fetch(`${app.url}/api/health`)).rejects.toThrow();
      log.push(
        `round ${round}: killed after ${killAfter} ms, ${writer.acknowledgedCount - before} writes acknowledged`,
      );

      app = await startAppProcess({ dataDir });
      writer.url = app.url;
      await writer.retryUncertain();
      await verify(dataDir, writer);
    }
    console.log(
      `${log.join('\n')}\ntotal: ${writer.checkins.size} check-ins and ${writer.bookings.size} bookings acknowledged and found`,
    );
    expect(writer.checkins.size + writer.bookings.size).toBeGreaterThan(ROUNDS * 5);
  }, 600_000);
});

describe('crash: SIGKILL of the embedded PostgreSQL', () => {
  let dataDir = '';
  let app: AppProcess | undefined;
  beforeAll(async () => {
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'psoas-pgcrash-'));
  });
  afterAll(async () => {
    await app?.kill();
    await cleanDataDir(dataDir);
  });

  it('keeps answering (503 while the database is gone), reconnects when it is back, and an app restart restarts it', async () => {
    app = await startAppProcess({ dataDir });
    const writer = await newWriter(app);
    await writer.run(Date.now() + 1500);
    expect(writer.acknowledgedCount).toBeGreaterThan(5);

    const { pid, port } = await embeddedServerOf(dataDir);
    const writing = writer.run(Date.now() + 1500);
    await new Promise((r) => setTimeout(r, 300));
    process.kill(pid, 'SIGKILL');
    await writing;
    // While the database is gone, writes fail with a server-side problem (never a 4xx blaming the client).
    const duringOutage = writer.unexpected.splice(0);
    expect(duringOutage.filter((u) => !/→ 5\d\d/.test(u))).toEqual([]);

    // The app process survives and says the database is down (health 503 + Retry-After).
    await new Promise((r) => setTimeout(r, 500));
    expect(app.child.exitCode, `the app died with the database:\n${app.output().slice(-3000)}`).toBe(null);
    const health = await fetch(`${app.url}/api/health`);
    const body = (await health.json()) as { database: { status: string } };
    expect(app.child.exitCode).toBe(null);
    expect(health.status).toBe(503);
    expect(health.headers.get('retry-after')).toBeTruthy();
    expect(body.database.status).toBe('down');
    // A write now is refused with a problem, not a hang or a dropped connection.
    const refused = await fetch(`${app.url}/api/checkins/2020-01-01`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', cookie: writer.guestCookie },
      body: JSON.stringify({
        painNow: 1,
        minutesWalked: 1,
        sittingHours: 1,
        sittingBreaks: 1,
        waterGlasses: 1,
        stress: 1,
        classAttended: false,
        note: '',
      }),
    });
    expect(refused.status).toBeGreaterThanOrEqual(500);
    expect(refused.headers.get('content-type')).toMatch(/problem\+json/);

    // Once PostgreSQL is back (started by an operator or supervisor), the same app process
    // reconnects by itself: its pool opens new connections.
    await restartEmbeddedServer(dataDir, port);
    let healthy = false;
    for (let i = 0; i < 50 && !healthy; i++) {
      const res = await fetch(`${app.url}/api/health`);
      await res.arrayBuffer();
      healthy = res.status === 200;
      if (!healthy) await new Promise((r) => setTimeout(r, 200));
    }
    expect(healthy, 'the app did not reconnect to the restarted database').toBe(true);
    await writer.retryUncertain();
    await writer.run(Date.now() + 1000);
    await verify(dataDir, writer);

    // Kill the database again and this time restart the app: its start restarts the database
    // (crash recovery) on the same data.
    process.kill((await embeddedServerOf(dataDir)).pid, 'SIGKILL');
    await new Promise((r) => setTimeout(r, 300));
    await app.kill();
    app = await startAppProcess({ dataDir });
    writer.url = app.url;
    await writer.retryUncertain();
    await verify(dataDir, writer);
    await writer.run(Date.now() + 1000);
    await verify(dataDir, writer);
  }, 300_000);
});
