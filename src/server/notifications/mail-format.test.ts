import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guest, listeningApp, newKey } from '../clinics/test-fixtures.js';
import { seedClinic, vancouverDemoClinic } from '../demo/clinic-demo.js';
import { verificationMail } from '../routes/auth-mail.js';
import { createTestDatabase, type TestDatabase, testServers } from '../testing/test-db.js';
import { type ReceivedMail, startTestSmtp, type TestSmtp } from './test-smtp.js';

type Slot = { practitionerId: string; serviceId: string; start: string };
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
const PUBLIC = 'https://care.example.org';

/** The decoded body of the MIME part with this content type. */
function part(mail: ReceivedMail, type: string): string {
  const sections = mail.decoded.split(/\r?\n--[^\r\n]+\r?\n/);
  const found = sections.find((s) => new RegExp(`^Content-Type: ${type}`, 'im').test(s));
  if (!found) throw new Error(`no ${type} part`);
  return found.slice(found.search(/\r?\n\r?\n/)).trim();
}

const header = (mail: ReceivedMail, name: string) =>
  mail.raw.match(new RegExp(`^${name}:\\s*(.*)$`, 'im'))?.[1]?.trim();

/** Every mail the outbox sends: text and HTML with the same content, and honest headers. */
describe.each(testServers())('mail format through the outbox on $name PostgreSQL', (server) => {
  let database: TestDatabase;
  let smtp: TestSmtp;
  let app: Awaited<ReturnType<typeof listeningApp>>;
  let clinicId: string;
  let slots: Slot[];

  beforeAll(async () => {
    database = await createTestDatabase(server);
    smtp = await startTestSmtp();
    clinicId = (await seedClinic(database.db, vancouverDemoClinic)).clinicId;
    app = await listeningApp(database, {
      smtpUrl: smtp.url,
      worker: false,
      publicUrl: PUBLIC,
      from: 'Clinic <clinic@example.com>',
    });
    const clinic = (await (await fetch(`${app.url}/api/clinics/${clinicId}`)).json()) as {
      services: { id: string; slug: string }[];
    };
    const service = clinic.services.find((s) => s.slug === 'acupuncture')!;
    const q = new URLSearchParams({ serviceId: service.id, from: inDays(3), to: inDays(20) });
    slots = (
      (await (await fetch(`${app.url}/api/clinics/${clinicId}/availability?${q}`)).json()) as {
        slots: Slot[];
      }
    ).slots;
  });
  afterAll(async () => {
    await app?.close();
    await smtp?.close();
    await database?.drop();
  });

  it('sends a booking confirmation as text and accessible HTML, with its own Message-ID', async () => {
    const who = { ...guest(7), name: 'Ana & Bo', email: 'format@example.com' };
    const res = await fetch(`${app.url}/api/clinics/${clinicId}/bookings`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        serviceId: slots[0]!.serviceId,
        practitionerId: slots[0]!.practitionerId,
        start: slots[0]!.start,
        idempotencyKey: newKey(),
        patient: who,
        language: 'es',
      }),
    });
    expect(res.status).toBe(201);
    const { cancelToken, booking } = (await res.json()) as { cancelToken: string; booking: { id: string } };
    await app.app.outboxWorker.runOnce();
    const [mail] = await smtp.waitFor(1, (m) => m.to.includes(who.email) && /Cita reservada/.test(m.subject));
    expect(mail!.raw).toMatch(/^Content-Type: multipart\/alternative/im);

    const text = part(mail!, 'text/plain');
    const html = part(mail!, 'text/html');
    const manage = `${PUBLIC}/care/booking/${booking.id}?token=${encodeURIComponent(cancelToken)}`;
    expect(text).toContain('tu cita está reservada');
    expect(text).toContain(manage);
    // The same content, in the patient's language, marked up for assistive technology.
    expect(html).toMatch(/<html lang="es">/);
    expect(html).toContain('<title>Cita reservada: Acupuntura en False Creek Back Care (demo)</title>');
    expect(html).toContain('tu cita está reservada');
    expect(html).toContain('Ana &amp; Bo');
    expect(html).not.toContain('Ana & Bo');
    expect(html).toMatch(/<dl>[\s\S]*<dt[^>]*>Cuándo<\/dt>[\s\S]*<\/dl>/);
    expect(html).toContain(`<a href="${manage.replace(/&/g, '&amp;')}">`);
    // No images, no remote resources, nothing that reports the mail being opened.
    expect(html).not.toMatch(/<img|<link|<script|src=|url\(/i);

    // The Message-ID: a random key kept on the outbox row (the same on a retry), at the public host.
    const { rows } = await database.pool.query(
      "select message_key from outbox where kind = 'booking_confirmation' and booking_id = $1",
      [booking.id],
    );
    expect(mail!.messageId).toBe(`<${rows[0].message_key}@care.example.org>`);
    expect(mail!.messageId).toMatch(/^<[0-9a-f-]{36}@care\.example\.org>$/);
    expect(header(mail!, 'Auto-Submitted')).toBe('auto-generated');
  });

  it('gives account mails the same two parts and headers', async () => {
    const link = `${PUBLIC}/account/verify?token=abc&x=1`;
    const email = verificationMail('account@example.com', 'Bea', link, 'es');
    await database.pool.query("insert into outbox (kind, payload) values ('email_verification', $1::jsonb)", [
      JSON.stringify(email),
    ]);
    await app.app.outboxWorker.runOnce();
    const [mail] = await smtp.waitFor(1, (m) => m.to.includes('account@example.com'));
    const html = part(mail!, 'text/html');
    expect(part(mail!, 'text/plain')).toContain(link);
    expect(html).toMatch(/<html lang="es">/);
    expect(html).toContain('Hola, Bea:');
    expect(html).toContain(`<a href="${link.replace(/&/g, '&amp;')}">`);
    expect(mail!.messageId).toMatch(/^<[0-9a-f-]{36}@care\.example\.org>$/);
    expect(header(mail!, 'Auto-Submitted')).toBe('auto-generated');
  });

  it('uses a new Message-ID for every row, never the row number', async () => {
    const ids = smtp.messages.map((m) => m.messageId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.some((id) => /outbox-\d+@psoas/.test(id))).toBe(false);
  });
});
