import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanDataDir } from '../e2e/support/app.js';
import { type AppProcess, embeddedServerOf, query, startAppProcess } from './support/app-process.js';

/**
 * Two app processes on two ports over one PostgreSQL (the first one's embedded server, reached
 * by the second through DATABASE_URL), as N instances behind a load balancer would run.
 * Everything that must be shared (bookings, sessions, CSRF, sign-in throttling, the mail
 * outbox) lives in PostgreSQL, so it does not matter which instance a request reaches.
 */
describe('scale-out: two app instances, one database', () => {
  let dataDir = '';
  let a: AppProcess | undefined;
  let b: AppProcess | undefined;
  let dbUrl = '';

  beforeAll(async () => {
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'psoas-scale-'));
    a = await startAppProcess({ dataDir });
    dbUrl = (await embeddedServerOf(dataDir)).url;
    const other = await fs.mkdtemp(path.join(os.tmpdir(), 'psoas-scale-b-'));
    b = await startAppProcess({ dataDir: other, demo: false, env: { DATABASE_URL: dbUrl } });
  }, 180_000);
  afterAll(async () => {
    await b?.stop();
    await a?.stop();
    await cleanDataDir(dataDir);
  });

  it('200 simultaneous requests for one slot across both instances: exactly one 201', async () => {
    const [clinic] = (await (await fetch(`${a!.url}/api/clinics`)).json()) as { id: string }[];
    const detail = (await (await fetch(`${b!.url}/api/clinics/${clinic!.id}`)).json()) as {
      services: { id: string }[];
    };
    const day = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
    const q = new URLSearchParams({ serviceId: detail.services[0]!.id, from: day(8), to: day(14) });
    const { slots } = (await (
      await fetch(`${a!.url}/api/clinics/${clinic!.id}/availability?${q}`)
    ).json()) as {
      slots: { serviceId: string; practitionerId: string; start: string }[];
    };
    const slot = slots[3]!;
    const results = await Promise.all(
      Array.from({ length: 200 }, async (_, i) => {
        const res = await fetch(`${(i % 2 ? a! : b!).url}/api/clinics/${clinic!.id}/bookings`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            serviceId: slot.serviceId,
            practitionerId: slot.practitionerId,
            start: slot.start,
            idempotencyKey: randomUUID(),
            patient: { name: `Patient ${i}`, email: `scale-${i}@example.com`, phone: '+1 604 555 0101' },
          }),
        });
        return {
          status: res.status,
          body: (await res.json()) as { code?: string; booking?: { id: string } },
        };
      }),
    );
    const count = (s: number) => results.filter((r) => r.status === s).length;
    expect(results.filter((r) => r.status >= 500)).toEqual([]);
    expect(count(201)).toBe(1);
    expect(count(409)).toBe(199);
    const won = results.find((r) => r.status === 201)!.body.booking!.id;
    const rows = await query<{ n: number }>(
      dbUrl,
      "select count(*)::int as n from bookings where start_at = $1 and practitioner_id = $2 and status = 'active'",
      [slot.start, slot.practitionerId],
    );
    expect(rows[0]!.n).toBe(1);
    // The confirmation mail waits in the shared outbox, whichever instance took the booking.
    const mails = await query<{ n: number }>(
      dbUrl,
      'select count(*)::int as n from outbox where booking_id = $1',
      [won],
    );
    expect(mails[0]!.n).toBeGreaterThanOrEqual(1);
  }, 120_000);

  it('a session signed in on one instance carries on on the other (cookie + CSRF), and signs out everywhere', async () => {
    const email = `scale-${randomUUID().slice(0, 8)}@example.com`;
    const jar = new Map<string, string>();
    const send = async (app: AppProcess, method: string, url: string, body?: unknown) => {
      const headers: Record<string, string> = { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') };
      if (body !== undefined) headers['content-type'] = 'application/json';
      const csrf = jar.get('psoas_csrf');
      if (csrf && method !== 'GET') headers['x-csrf-token'] = csrf;
      const res = await fetch(`${app.url}${url}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      for (const c of res.headers.getSetCookie()) {
        const [pair] = c.split(';');
        const [k, v] = pair!.split('=') as [string, string];
        if (v === '' || /max-age=0/i.test(c)) jar.delete(k);
        else jar.set(k, v);
      }
      return res;
    };
    const signUp = await send(a!, 'POST', '/api/account/signup', {
      email,
      password: 'correct horse battery',
      displayName: 'Scale Test',
    });
    expect(signUp.status).toBe(202);
    // The mailed link is opened through the other instance: the pending sign-up is in PostgreSQL.
    const [mail] = await query<{ text: string }>(
      dbUrl,
      `select payload->>'text' as text from outbox where kind = 'email_verification' and payload->>'to' = $1`,
      [email],
    );
    const token = /#token=([\w-]+)/.exec(mail!.text)![1];
    expect((await send(b!, 'POST', '/api/account/verify', { token })).status).toBe(201);
    expect(jar.has('psoas_csrf')).toBe(true);

    const me = await send(b!, 'GET', '/api/account');
    expect(me.status).toBe(200);
    expect(JSON.stringify(await me.json())).toContain(email);

    const checkin = {
      painNow: 3,
      minutesWalked: 20,
      sittingHours: 5,
      sittingBreaks: 4,
      waterGlasses: 6,
      stress: 2,
      classAttended: false,
      note: 'written through instance B',
    };
    const yesterday = day(-1);
    expect((await send(b!, 'PUT', `/api/checkins/${yesterday}`, checkin)).status).toBe(201);
    const read = await send(a!, 'GET', `/api/checkins/${yesterday}`);
    expect(read.status).toBe(200);
    expect(await read.json()).toMatchObject({ note: 'written through instance B' });

    // CSRF is checked the same way on both: a write without the token is refused on B too.
    const csrf = jar.get('psoas_csrf')!;
    jar.delete('psoas_csrf');
    expect((await send(b!, 'PUT', `/api/checkins/${yesterday}`, checkin)).status).toBe(403);
    jar.set('psoas_csrf', csrf);

    const cookies = new Map(jar);
    expect((await send(b!, 'POST', '/api/account/signout', {})).status).toBeLessThan(300);
    // The old cookie no longer opens the account on A either.
    for (const [k, v] of cookies) jar.set(k, v);
    const after = await send(a!, 'GET', '/api/account');
    expect(JSON.stringify(await after.json())).not.toContain(email);
    expect((await send(a!, 'GET', `/api/checkins/${yesterday}`)).status).toBe(401);
  }, 120_000);

  it('sign-in throttling counts failures from both instances together', async () => {
    const email = `throttle-${randomUUID().slice(0, 8)}@example.com`;
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const res = await fetch(`${(i % 2 ? a! : b!).url}/api/account/signin`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password: 'wrong password' }),
      });
      await res.arrayBuffer();
      statuses.push(res.status);
    }
    // Five failures (three on B, two on A) lock the account: the sixth, on A, is refused with 429.
    expect(statuses.slice(0, 4)).toEqual([401, 401, 401, 401]);
    expect(statuses[5]).toBe(429);
  }, 60_000);
});

const day = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
