import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guest, listeningApp, newKey } from '../clinics/test-fixtures.js';
import { processDue } from '../db/repos/outbox.js';
import { seedClinic, vancouverDemoClinic } from '../demo/clinic-demo.js';
import { createTestDatabase, type TestDatabase, testServers } from '../testing/test-db.js';
import { startTestSmtp, type TestSmtp } from './test-smtp.js';

type Slot = { practitionerId: string; serviceId: string; start: string };
const today = () => new Date().toISOString().slice(0, 10);
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

describe.each(testServers())('booking emails through the outbox on $name PostgreSQL', (server) => {
  let database: TestDatabase;
  let smtp: TestSmtp;
  let clinicId: string;
  let slots: Slot[];
  const mail = (worker: boolean) => ({
    smtpUrl: smtp.url,
    worker,
    pollMs: 50,
    from: 'Clinic <clinic@example.com>',
  });

  beforeAll(async () => {
    database = await createTestDatabase(server);
    smtp = await startTestSmtp();
    clinicId = (await seedClinic(database.db, vancouverDemoClinic)).clinicId;
    const app = await listeningApp(database);
    const clinic = (await (await fetch(`${app.url}/api/clinics/${clinicId}`)).json()) as {
      services: { id: string; slug: string; practitionerIds: string[] }[];
    };
    const service = clinic.services.find((s) => s.slug === 'acupuncture')!;
    const q = new URLSearchParams({ serviceId: service.id, from: today(), to: inDays(20) });
    slots = (
      (await (await fetch(`${app.url}/api/clinics/${clinicId}/availability?${q}`)).json()) as {
        slots: Slot[];
      }
    ).slots;
    await app.close();
  });
  afterAll(async () => {
    await smtp?.close();
    await database?.drop();
  });

  const book = (url: string, slot: Slot, who: ReturnType<typeof guest>) =>
    fetch(`${url}/api/clinics/${clinicId}/bookings`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        serviceId: slot.serviceId,
        practitionerId: slot.practitionerId,
        start: slot.start,
        idempotencyKey: newKey(),
        patient: who,
        language: 'es',
      }),
    });

  it('sends the confirmation exactly once after the app stopped between commit and send', async () => {
    const who = { ...guest(1), email: 'crash@example.com' };
    // First life: the booking commits, the worker never runs (as if the process died).
    const first = await listeningApp(database, mail(false));
    const res = await book(first.url, slots[0]!, who);
    expect(res.status).toBe(201);
    await first.close();
    expect(smtp.messages.filter((m) => m.to.includes(who.email))).toHaveLength(0);
    const pending = await database.pool.query(
      "select status from outbox where kind = 'booking_confirmation' and payload->>'to' = $1",
      [who.email],
    );
    expect(pending.rows).toEqual([{ status: 'pending' }]);

    // Second life: two instances start together; the mail arrives once.
    const a = await listeningApp(database, mail(true));
    const b = await listeningApp(database, mail(true));
    try {
      const [received] = await smtp.waitFor(1, (m) => m.to.includes(who.email));
      await new Promise((r) => setTimeout(r, 600));
      expect(smtp.messages.filter((m) => m.to.includes(who.email))).toHaveLength(1);
      expect(received!.subject).toBe('Cita reservada: Acupuntura en False Creek Back Care (demo)');
      expect(received!.raw).toMatch(/text\/calendar/);
      expect(received!.decoded).toMatch(/\/care\/booking\/[0-9a-f-]{36}\?token=/);
      expect(received!.decoded).toContain('tu cita está reservada');
      const sent = await database.pool.query(
        "select status, attempts from outbox where kind = 'booking_confirmation' and payload->>'to' = $1",
        [who.email],
      );
      expect(sent.rows).toEqual([{ status: 'sent', attempts: 1 }]);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('never mails for a booking whose transaction rolled back', async () => {
    const who = { ...guest(2), email: 'rollback@example.com' };
    // A deferred check fails at COMMIT, after the booking and its outbox rows were written.
    await database.pool.query(`
      create function refuse_rollback_patient() returns trigger language plpgsql as $$
      begin if new.patient_email = 'rollback@example.com' then raise exception 'refused at commit'; end if; return new; end $$;
      create constraint trigger refuse_rollback after insert on bookings deferrable initially deferred
        for each row execute function refuse_rollback_patient();`);
    const app = await listeningApp(database, mail(true));
    try {
      const res = await book(app.url, slots[10]!, who);
      expect(res.status).toBe(500);
      await app.app.outboxWorker.runOnce();
      await new Promise((r) => setTimeout(r, 300));
      expect(smtp.messages.filter((m) => m.to.includes(who.email))).toHaveLength(0);
      const rows = await database.pool.query(
        "select count(*)::int as n from outbox where payload->>'to' = $1",
        [who.email],
      );
      expect(rows.rows[0].n).toBe(0);
      const bookings = await database.pool.query(
        'select count(*)::int as n from bookings where patient_email = $1',
        [who.email],
      );
      expect(bookings.rows[0].n).toBe(0);
    } finally {
      await app.close();
      await database.pool.query(
        'drop trigger refuse_rollback on bookings; drop function refuse_rollback_patient()',
      );
    }
  });

  it('retries a failing send with growing delays and gives up as failed', async () => {
    const { rows } = await database.pool.query(
      `insert into outbox (kind, payload) values ('booking_confirmation', '{"to":"x@example.com","subject":"s","text":"t"}') returning id`,
    );
    const id = rows[0].id;
    const failing = async () => {
      throw new Error('SMTP said no');
    };
    const dueOf = async () =>
      (
        await database.pool.query('select status, attempts, due_at, last_error from outbox where id = $1', [
          id,
        ])
      ).rows[0];
    const options = { limit: 50, maxAttempts: 3, retryBaseMs: 1000 };
    const delays: number[] = [];
    for (let attempt = 1; attempt <= 3; attempt++) {
      const before = Date.now();
      await processDue(database.db, options, async (row) => {
        if (row.id === Number(id)) await failing();
      });
      const r = await dueOf();
      expect(r.attempts).toBe(attempt);
      expect(r.last_error).toBe('SMTP said no');
      if (attempt < 3) {
        expect(r.status).toBe('pending');
        delays.push(new Date(r.due_at).getTime() - before);
        await database.pool.query("update outbox set due_at = now() - interval '1 second' where id = $1", [
          id,
        ]);
      } else {
        expect(r.status).toBe('failed');
      }
    }
    expect(delays[0]).toBeGreaterThanOrEqual(900);
    expect(delays[1]).toBeGreaterThanOrEqual(1900);
  });

  it('leaves messages pending when no SMTP server is configured', async () => {
    const app = await listeningApp(database, { smtpUrl: undefined, worker: true, pollMs: 50 });
    try {
      const res = await book(app.url, slots[20]!, { ...guest(3), email: 'nomail@example.com' });
      expect(res.status).toBe(201);
      expect(await app.app.outboxWorker.runOnce()).toBe(0);
      const rows = await database.pool.query(
        "select status from outbox where payload->>'to' = 'nomail@example.com' and kind = 'booking_confirmation'",
      );
      expect(rows.rows).toEqual([{ status: 'pending' }]);
    } finally {
      await app.close();
    }
  });
});
