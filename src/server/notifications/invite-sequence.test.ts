import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ParsedCalendar, parseIcsTwice } from '../../domain/programme/testing/parse-ics.js';
import { guest, listeningApp, newKey } from '../clinics/test-fixtures.js';
import { seedClinic, vancouverDemoClinic } from '../demo/clinic-demo.js';
import { createTestDatabase, type TestDatabase, testServers } from '../testing/test-db.js';
import { type ReceivedMail, startTestSmtp, type TestSmtp } from './test-smtp.js';

/**
 * A booking's life as the patient's calendar sees it: the invite mailed on each change and the
 * .ics download must be the same invite for the same state (SEQUENCE, METHOD, ORGANIZER,
 * ATTENDEE), and each change must outrank the one before, the CANCEL above the last REQUEST.
 * Mails go through the real outbox worker to a real SMTP server; ical.js and node-ical read them.
 */
type Slot = { practitionerId: string; serviceId: string; start: string };
const today = () => new Date().toISOString().slice(0, 10);
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

/** The text/calendar part of a received mail, decoded. */
function icsOf(mail: ReceivedMail): string {
  const parts = mail.raw.split(/\r?\n--[^\r\n]+\r?\n/);
  const part = parts.find((p) => /^content-type:\s*text\/calendar/im.test(p));
  if (!part) throw new Error('no text/calendar part');
  const [head, ...body] = part.split(/\r?\n\r?\n/);
  const text = body.join('\n\n').split(/\r?\n--/)[0]!;
  const encoding = /content-transfer-encoding:\s*(\S+)/i.exec(head!)?.[1]?.toLowerCase();
  if (encoding === 'base64') return Buffer.from(text.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding === 'quoted-printable')
    return Buffer.from(
      text
        .replace(/=\r?\n/g, '')
        .replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16))),
      'latin1',
    ).toString('utf8');
  return text;
}

/** What a calendar app keys on, without DTSTAMP (the moment each copy was written). */
const invite = (c: ParsedCalendar) => {
  expect(c.events).toHaveLength(1);
  const { dtstamp: _stamp, ...event } = c.events[0]!;
  return { method: c.method, ...event };
};

describe.each(testServers())('booking invites on $name PostgreSQL', (server) => {
  let database: TestDatabase;
  let smtp: TestSmtp;
  let clinicId: string;
  let slots: Slot[];

  beforeAll(async () => {
    database = await createTestDatabase(server);
    smtp = await startTestSmtp();
    clinicId = (await seedClinic(database.db, vancouverDemoClinic)).clinicId;
    const app = await listeningApp(database);
    const clinic = (await (await fetch(`${app.url}/api/clinics/${clinicId}`)).json()) as {
      services: { id: string; slug: string }[];
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

  it('mails and serves the same invite per state, each change with a higher SEQUENCE, the CANCEL last', async () => {
    const who = { ...guest(3), email: 'sequence@example.com' };
    const app = await listeningApp(database, {
      smtpUrl: smtp.url,
      worker: true,
      pollMs: 50,
      from: 'Clinic <clinic@example.com>',
    });
    try {
      const post = (path: string, body: unknown) =>
        fetch(`${app.url}${path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
      const made = await post(`/api/clinics/${clinicId}/bookings`, {
        serviceId: slots[3]!.serviceId,
        practitionerId: slots[3]!.practitionerId,
        start: slots[3]!.start,
        idempotencyKey: newKey(),
        patient: who,
        language: 'en',
      });
      expect(made.status).toBe(201);
      const { booking, cancelToken } = (await made.json()) as {
        booking: { id: string };
        cancelToken: string;
      };
      const token = encodeURIComponent(cancelToken);
      const download = async () => {
        const res = await fetch(`${app.url}/api/bookings/${booking.id}/invite.ics?token=${token}`);
        expect(res.status).toBe(200);
        return parseIcsTwice(await res.text());
      };
      // Reminders are due a day before the appointment; only the change mails arrive now.
      const mailed = async (n: number, subject: RegExp) => {
        const mails = await smtp.waitFor(
          n,
          (m) => m.to.includes(who.email) && subject.test(m.subject),
          15_000,
        );
        return parseIcsTwice(icsOf(mails.at(-1)!));
      };

      const booked = await mailed(1, /^Booked/);
      expect(invite(booked)).toEqual(invite(await download()));
      expect(invite(booked)).toMatchObject({
        method: 'REQUEST',
        sequence: 0,
        status: 'CONFIRMED',
        organizer: { email: 'frontdesk@falsecreek.example' },
        attendees: [
          { email: who.email, cn: who.name, partstat: 'ACCEPTED', rsvp: 'FALSE', role: 'REQ-PARTICIPANT' },
        ],
      });

      const moved = await post(`/api/bookings/${booking.id}/reschedule`, {
        token: cancelToken,
        start: slots[9]!.start,
      });
      expect(moved.status).toBe(200);
      const movedInvite = await mailed(1, /^New time/);
      expect(invite(movedInvite)).toEqual(invite(await download()));
      expect(invite(movedInvite)).toMatchObject({ method: 'REQUEST', sequence: 1 });
      expect(movedInvite.events[0]!.start).toBe(new Date(slots[9]!.start).toISOString());

      const cancelled = await post(`/api/bookings/${booking.id}/cancel`, { token: cancelToken });
      expect(cancelled.status).toBe(200);
      const cancel = await mailed(1, /^Cancelled/);
      expect(invite(cancel)).toEqual(invite(await download()));
      expect(invite(cancel)).toMatchObject({
        method: 'CANCEL',
        status: 'CANCELLED',
        sequence: 2,
        attendees: [{ email: who.email }],
        organizer: { email: 'frontdesk@falsecreek.example' },
      });
      expect(cancel.events[0]!.uid).toBe(booked.events[0]!.uid);
      expect(cancel.events[0]!.sequence).toBeGreaterThan(movedInvite.events[0]!.sequence);
    } finally {
      await app.close();
    }
  }, 60_000);
});
