import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isoWeekday, localDate } from '../../domain/time/index.js';
import { seedClinic, vancouverDemoClinic } from '../demo/clinic-demo.js';
import { createTestDatabase, type TestDatabase, testServers } from '../testing/test-db.js';
import { guest, listeningApp, newKey } from './test-fixtures.js';

type Slot = { practitionerId: string; serviceId: string; start: string };
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

/**
 * Each app instance caches clinic contexts. Two instances over one database: whatever changes
 * through one (or straight in the database) must show in the other's very next answer.
 */
describe.each(testServers())('clinic context cache across two instances on $name PostgreSQL', (server) => {
  let database: TestDatabase;
  let a: Awaited<ReturnType<typeof listeningApp>>;
  let b: Awaited<ReturnType<typeof listeningApp>>;
  let clinicId: string;
  let serviceId: string;

  beforeAll(async () => {
    database = await createTestDatabase(server);
    clinicId = (await seedClinic(database.db, vancouverDemoClinic)).clinicId;
    a = await listeningApp(database);
    b = await listeningApp(database);
    const clinic = (await (await fetch(`${a.url}/api/clinics/${clinicId}`)).json()) as {
      services: { id: string; slug: string }[];
    };
    serviceId = clinic.services.find((s) => s.slug === 'acupuncture')!.id;
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await database?.drop();
  });

  const slotsOn = async (url: string, from = inDays(1), to = inDays(14)): Promise<Slot[]> => {
    const q = new URLSearchParams({ serviceId, from, to });
    const res = await fetch(`${url}/api/clinics/${vancouverDemoClinic.slug}/availability?${q}`);
    expect(res.status).toBe(200);
    return ((await res.json()) as { slots: Slot[] }).slots;
  };
  const book = (url: string, slot: Slot, n: number) =>
    fetch(`${url}/api/clinics/${clinicId}/bookings`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        serviceId: slot.serviceId,
        practitionerId: slot.practitionerId,
        start: slot.start,
        idempotencyKey: newKey(),
        patient: guest(n),
      }),
    });
  const same = (x: Slot) => (y: Slot) => y.start === x.start && y.practitionerId === x.practitionerId;

  it('a booking through one instance takes the slot out of the other’s next answer', async () => {
    const before = await slotsOn(b.url); // b now holds the context
    const slot = before[5]!;
    expect((await book(a.url, slot, 1)).status).toBe(201);
    expect((await slotsOn(b.url)).some(same(slot))).toBe(false);
    // And b refuses it, with fresh slots that do not include it.
    const again = await book(b.url, slot, 2);
    expect(again.status).toBe(409);
    const problem = (await again.json()) as { slots: Slot[] };
    expect(problem.slots.some(same(slot))).toBe(false);
  });

  it('a closure or an hours change made elsewhere shows in both instances at once', async () => {
    const slots = await slotsOn(b.url);
    await slotsOn(a.url);
    const day = slots.find((s) => s.start.slice(0, 10) >= inDays(3))!.start;
    const date = localDate(day, 'America/Vancouver');
    // Another instance (or an admin's SQL) closes that day.
    await database.pool.query(
      `insert into clinic_date_overrides (clinic_id, date, ranges, reason) values ($1, $2, '[]', 'closed')`,
      [clinicId, date],
    );
    for (const url of [a.url, b.url]) {
      const after = await slotsOn(url, date, date);
      expect(after).toEqual([]);
    }
    // Opening hours: close every day; nothing is offered anywhere, and a cached context does not
    // let a booking through either.
    const open = slots.find((s) => s.start.slice(0, 10) > date)!;
    await database.pool.query(`update clinics set opening_hours = '{}'::jsonb where id = $1`, [clinicId]);
    expect(await slotsOn(b.url)).toEqual([]);
    expect((await book(a.url, open, 3)).status).toBe(409);
  });

  it('books a time opened through another instance even from a cache that does not know it yet', async () => {
    await database.pool.query('update clinics set opening_hours = $2::jsonb where id = $1', [
      clinicId,
      JSON.stringify(vancouverDemoClinic.openingHours),
    ]);
    await slotsOn(b.url); // b caches the clinic: closed on Saturdays
    const saturday = { 6: [{ start: '10:00', end: '14:00' }] };
    await database.pool.query(
      `update clinics set opening_hours = opening_hours || $2::jsonb where id = $1;`,
      [clinicId, JSON.stringify(saturday)],
    );
    await database.pool.query(
      'update practitioners set working_hours = working_hours || $2::jsonb where clinic_id = $1',
      [clinicId, JSON.stringify(saturday)],
    );
    const isSaturday = (s: Slot) => isoWeekday(localDate(s.start, 'America/Vancouver')) === 6;
    const slot = (await slotsOn(a.url)).find(isSaturday)!;
    expect(slot).toBeDefined();
    // b judges the request on its cached context first; the refusal is checked against the
    // clinic's version, and the fresh context takes the booking.
    expect((await book(b.url, slot, 4)).status).toBe(201);
  });

  it('answers exactly what a fresh instance answers', async () => {
    await database.pool.query('update clinics set opening_hours = $2::jsonb where id = $1', [
      clinicId,
      JSON.stringify(vancouverDemoClinic.openingHours),
    ]);
    await database.pool.query(
      "delete from clinic_date_overrides where clinic_id = $1 and reason = 'closed'",
      [clinicId],
    );
    const cached = await slotsOn(b.url);
    const fresh = await listeningApp(database);
    try {
      expect(cached.length).toBeGreaterThan(0);
      expect(await slotsOn(fresh.url)).toEqual(cached);
    } finally {
      await fresh.close();
    }
  });
});
