import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { TestBrowser } from '../auth/test-browser.js';
import { ConfigError, loadConfig } from '../config.js';
import { verificationTokenFor } from '../testing/accounts.js';
import { createTestApp, createTestDatabase, testServers } from '../testing/test-db.js';

type T = Awaited<ReturnType<typeof createTestApp>>;
const PASSWORD = 'correct horse battery';

/** The attacks of the security review (issue 12) against accounts, each replayed. */
describe.each(testServers())('account attacks on $name PostgreSQL', (server) => {
  let t: T;
  beforeAll(async () => {
    t = await createTestApp(server);
  });
  afterAll(async () => t?.close());

  const count = async (sql: string, params: unknown[] = []) =>
    (await t.database.pool.query(sql, params)).rows[0].n as number;
  const mailsTo = (to: string, kind: string) =>
    count(`select count(*)::int as n from outbox where kind = $1 and payload->>'to' = $2`, [kind, to]);

  it('answers sign-up the same for a new and a registered address, creates nothing before the link, and mails the owner instead', async () => {
    await new TestBrowser(t.app).signUp('owner@example.org');
    const stranger = new TestBrowser(t.app);
    const taken = await stranger.post('/api/account/signup', {
      email: 'Owner@Example.org',
      password: 'attacker password 1',
      displayName: 'Mallory',
    });
    const fresh = await stranger.post('/api/account/signup', {
      email: 'fresh@example.org',
      password: 'fresh password 12',
      displayName: 'Fresh',
    });
    expect([taken.statusCode, taken.body]).toEqual([fresh.statusCode, fresh.body]);
    expect(taken.statusCode).toBe(202);
    // Sign-up itself never signs in, so a session cannot tell the two apart either.
    expect(stranger.cookies.has('psoas_session')).toBe(false);
    expect(await count(`select count(*)::int as n from users where email = 'fresh@example.org'`)).toBe(0);
    expect(await mailsTo('owner@example.org', 'account_exists')).toBe(1);
    const { rows } = await t.database.pool.query(
      `select payload->>'text' as text from outbox where kind = 'account_exists'`,
    );
    expect(rows[0].text).not.toContain('Mallory');
    expect(await mailsTo('fresh@example.org', 'email_verification')).toBe(1);
    // The attacker's password did not replace the owner's.
    expect((await new TestBrowser(t.app).signIn('owner@example.org')).statusCode).toBe(200);
  });

  it('creates the account and signs in when the link is opened, once only', async () => {
    const b = new TestBrowser(t.app);
    await b.post('/api/account/signup', {
      email: 'linked@example.org',
      password: PASSWORD,
      displayName: 'L',
    });
    const token = (await verificationTokenFor(t.app, 'linked@example.org'))!;
    const opened = await b.post('/api/account/verify', { token });
    expect(opened.statusCode).toBe(201);
    expect(opened.json()).toMatchObject({ kind: 'user', user: { email: 'linked@example.org' } });
    const again = await new TestBrowser(t.app).post('/api/account/verify', { token });
    expect(again.statusCode).toBe(400);
    expect(again.json().code).toBe('verification_link_invalid');
  });

  it('never counts sign-ups against the account: ten of them with the victim’s email do not lock the victim', async () => {
    await new TestBrowser(t.app).signUp('victim@example.org');
    for (let i = 0; i < 10; i++) {
      const attacker = new TestBrowser(t.app);
      await attacker.post('/api/account/signup', {
        email: 'victim@example.org',
        password: 'whatever password',
        displayName: 'X',
      });
    }
    expect((await new TestBrowser(t.app).signIn('victim@example.org')).statusCode).toBe(200);
  });

  it('throttles sign-up per IP address', async () => {
    const bot = new TestBrowser(t.app);
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      const res = await bot.post('/api/account/signup', {
        email: `probe${i}@example.org`,
        password: 'probe password 1',
        displayName: 'P',
      });
      statuses.push(res.statusCode);
    }
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(202));
    expect(statuses.slice(10)).toEqual([429, 429]);
  });

  it('lets the owner’s browser sign in with the right password while strangers have locked the account', async () => {
    const owner = new TestBrowser(t.app);
    await owner.signUp('locked-owner@example.org');
    await owner.post('/api/account/signout');
    const stranger = new TestBrowser(t.app);
    for (let i = 0; i < 8; i++) await stranger.signIn('locked-owner@example.org', 'guessing wrong');
    expect((await stranger.signIn('locked-owner@example.org')).statusCode).toBe(429);
    // A browser that never proved itself is held by the lock, even with the right password…
    expect((await new TestBrowser(t.app).signIn('locked-owner@example.org')).statusCode).toBe(429);
    // …the owner's browser, which signed in before, is not.
    expect((await owner.signIn('locked-owner@example.org')).statusCode).toBe(200);
    // A device cookie is worthless for another account.
    const thief = new TestBrowser(t.app);
    thief.cookies.set('psoas_device', owner.cookies.get('psoas_device')!);
    for (let i = 0; i < 6; i++) await stranger.signIn('someone-else@example.org', 'guessing wrong');
    expect((await thief.signIn('someone-else@example.org', 'guessing wrong')).statusCode).toBe(429);
  });

  it('still mails the owner a reset link while strangers ask for resets of the same address', async () => {
    const owner = new TestBrowser(t.app);
    await owner.signUp('reset-owner@example.org');
    const stranger = new TestBrowser(t.app);
    for (let i = 0; i < 6; i++)
      await stranger.post('/api/account/password-reset', { email: 'reset-owner@example.org' });
    expect(await mailsTo('reset-owner@example.org', 'password_reset')).toBe(3);
    await new TestBrowser(t.app).post('/api/account/password-reset', { email: 'reset-owner@example.org' });
    await owner.post('/api/account/password-reset', { email: 'reset-owner@example.org' });
    expect(await mailsTo('reset-owner@example.org', 'password_reset')).toBe(5);
  });

  it('voids every other reset link when one is used or the password is changed', async () => {
    const owner = new TestBrowser(t.app);
    await owner.signUp('links@example.org');
    const tokens = async () => {
      const { rows } = await t.database.pool.query(
        `select payload->>'text' as text from outbox where kind = 'password_reset' and payload->>'to' = 'links@example.org' order by id`,
      );
      return rows.map((r) => /#token=([\w-]+)/.exec(r.text)![1]!);
    };
    const anon = new TestBrowser(t.app);
    await anon.post('/api/account/password-reset', { email: 'links@example.org' });
    await anon.post('/api/account/password-reset', { email: 'links@example.org' });
    const [older, newer] = await tokens();
    const confirm = (token: string, newPassword: string) =>
      anon.post('/api/account/password-reset/confirm', { token, newPassword });
    expect((await confirm(newer!, 'newer password 1')).statusCode).toBe(204);
    expect((await confirm(older!, 'older password 1')).statusCode).toBe(400);

    const device = new TestBrowser(t.app);
    expect((await device.signIn('links@example.org', 'newer password 1')).statusCode).toBe(200);
    await anon.post('/api/account/password-reset', { email: 'links@example.org' });
    const pending = (await tokens()).at(-1)!;
    expect(
      (
        await device.put('/api/account/password', {
          currentPassword: 'newer password 1',
          newPassword: 'changed password 1',
        })
      ).statusCode,
    ).toBe(204);
    expect((await confirm(pending, 'attacker password')).statusCode).toBe(400);
  });

  it('throttles the password check of account deletion', async () => {
    const b = new TestBrowser(t.app);
    await b.signUp('delete-guess@example.org');
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++)
      statuses.push((await b.delete('/api/account', { password: 'wrong guess' })).statusCode);
    expect(statuses.slice(0, 5)).toEqual(Array(5).fill(403));
    expect(statuses.at(-1)).toBe(429);
    expect(await count(`select count(*)::int as n from users where email = 'delete-guess@example.org'`)).toBe(
      1,
    );
  });
});

describe.each(testServers())('proxy headers on $name PostgreSQL', (server) => {
  async function appWith(env: Record<string, string>) {
    const database = await createTestDatabase(server);
    const app = await buildApp(
      loadConfig({ LOG_LEVEL: 'silent', PSOAS_WEB_DIR: '/nonexistent', DATABASE_URL: database.url, ...env }),
      database,
    );
    const close = async () => {
      await app.close();
      await database.drop();
    };
    return { app, database, close };
  }
  const ipKeys = async (db: { pool: { query: (s: string) => Promise<{ rows: { key: string }[] }> } }) =>
    (await db.pool.query(`select key from login_throttle where key like 'ip:%' order by key`)).rows.map(
      (r) => r.key,
    );

  it('behind TLS believes only the proxy’s own hop of X-Forwarded-For, so a client cannot pick its address', async () => {
    const t = await appWith({ PSOAS_BEHIND_TLS: 'true' });
    try {
      for (const forged of ['6.6.6.1', '6.6.6.2']) {
        await t.app.inject({
          method: 'POST',
          url: '/api/account/signin',
          headers: { 'x-forwarded-for': `${forged}, 203.0.113.9` },
          payload: { email: 'nobody@example.org', password: 'guess guess' },
        });
      }
      expect(await ipKeys(t.database)).toEqual(['ip:203.0.113.9']);
    } finally {
      await t.close();
    }
  });

  it('without trusted proxies ignores X-Forwarded-For altogether', async () => {
    const t = await appWith({});
    try {
      await t.app.inject({
        method: 'POST',
        url: '/api/account/signin',
        headers: { 'x-forwarded-for': '6.6.6.6' },
        payload: { email: 'nobody@example.org', password: 'guess guess' },
      });
      expect(await ipKeys(t.database)).toEqual(['ip:127.0.0.1']);
    } finally {
      await t.close();
    }
  });

  it('builds mailed links from the configured address, never from Host or X-Forwarded-Host', async () => {
    const t = await appWith({ PSOAS_BEHIND_TLS: 'true', PSOAS_PUBLIC_URL: 'https://psoas.example.net' });
    try {
      const headers = { host: 'evil.example', 'x-forwarded-host': 'evil.example' };
      await t.app.inject({
        method: 'POST',
        url: '/api/account/signup',
        headers,
        payload: { email: 'links-host@example.org', password: PASSWORD, displayName: 'H' },
      });
      const { rows } = await t.database.pool.query<{ text: string }>(
        `select payload->>'text' as text from outbox`,
      );
      expect(rows).toHaveLength(1);
      expect(rows[0]!.text).toContain('https://psoas.example.net/account/verify#token=');
      expect(rows[0]!.text).not.toContain('evil.example');
    } finally {
      await t.close();
    }
  });
});

describe('mail configuration', () => {
  it('refuses to start with SMTP_URL but no PSOAS_PUBLIC_URL, naming the variable', () => {
    expect(() => loadConfig({ SMTP_URL: 'smtp://127.0.0.1:2525' })).toThrow(ConfigError);
    expect(() => loadConfig({ SMTP_URL: 'smtp://127.0.0.1:2525' })).toThrow(/PSOAS_PUBLIC_URL/);
    expect(
      loadConfig({ SMTP_URL: 'smtp://127.0.0.1:2525', PSOAS_PUBLIC_URL: 'https://psoas.example.net/' }).mail
        .publicUrl,
    ).toBe('https://psoas.example.net');
  });
});
