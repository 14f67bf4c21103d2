import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestBrowser } from '../auth/test-browser.js';
import { createUser } from '../db/repos/users.js';
import { createTestApp, testServers } from '../testing/test-db.js';

type T = Awaited<ReturnType<typeof createTestApp>>;

describe.each(testServers())('accounts on $name PostgreSQL', (server) => {
  let t: T;
  beforeAll(async () => {
    t = await createTestApp(server);
  });
  afterAll(async () => t?.close());

  it('signing up from a guest keeps the guest as the person, and the data follows the account to another browser', async () => {
    const phone = new TestBrowser(t.app);
    const guest = (await phone.post('/api/me', { language: 'es' })).json();
    const res = await phone.signUp('Ana@Example.org');
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      kind: 'user',
      personId: guest.id,
      user: { email: 'ana@example.org', role: 'patient' },
    });
    const cookie = res.cookies.find((c) => c.name === 'psoas_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });

    const laptop = new TestBrowser(t.app);
    expect((await laptop.get('/api/account')).json()).toMatchObject({ kind: 'anonymous' });
    expect((await laptop.signIn('ana@example.org')).statusCode).toBe(200);
    expect((await laptop.get('/api/account')).json()).toMatchObject({ kind: 'user', personId: guest.id });
    // The old guest cookie no longer reaches the data once an account owns it.
    const stale = new TestBrowser(t.app);
    stale.cookies.set('psoas_guest', phone.cookies.get('psoas_guest') ?? 'gone');
    expect((await stale.get('/api/me')).statusCode).toBe(401);
  });

  it('stores passwords as argon2id hashes only', async () => {
    const b = new TestBrowser(t.app);
    await b.signUp('hash@example.org', 'a long enough secret');
    const { rows } = await t.database.pool.query(
      `select password_hash from users where email = 'hash@example.org'`,
    );
    expect(rows[0].password_hash).toMatch(/^\$argon2id\$/);
    expect(JSON.stringify(rows)).not.toContain('a long enough secret');
  });

  it('makes no second account for the same email, and refuses short passwords', async () => {
    const b = new TestBrowser(t.app);
    await b.signUp('dup@example.org');
    const again = await new TestBrowser(t.app).signUp('DUP@example.org');
    expect(again.statusCode).toBe(202);
    const { rows } = await t.database.pool.query(
      `select count(*)::int as n from users where email = 'dup@example.org'`,
    );
    expect(rows[0].n).toBe(1);
    const short = await new TestBrowser(t.app).post('/api/account/signup', {
      email: 'x@example.org',
      password: 'short',
      displayName: 'X',
    });
    expect(short.statusCode).toBe(400);
    expect(short.json().field).toBe('body.password');
  });

  it('answers a wrong password and an unknown email alike', async () => {
    await new TestBrowser(t.app).signUp('known@example.org');
    const wrong = await new TestBrowser(t.app).signIn('known@example.org', 'not the password');
    const unknown = await new TestBrowser(t.app).signIn('nobody@example.org', 'not the password');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
  });

  it('takes similar time for unknown and known emails (both verify an argon2 hash)', async () => {
    await new TestBrowser(t.app).signUp('timing@example.org');
    const time = async (email: string) => {
      const start = performance.now();
      await new TestBrowser(t.app).signIn(email, 'wrong password here');
      return performance.now() - start;
    };
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 4; i++) {
      known.push(await time('timing@example.org'));
      unknown.push(await time(`ghost${i}@example.org`));
    }
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    // An unknown email that skipped hashing would answer in a few ms against tens of ms.
    expect(median(unknown)).toBeGreaterThan(median(known) * 0.5);
  });

  it('rotates the session token on sign-in, so a planted token is worthless (no fixation)', async () => {
    await new TestBrowser(t.app).signUp('fix@example.org');
    const victim = new TestBrowser(t.app);
    await victim.signIn('fix@example.org');
    const first = victim.cookies.get('psoas_session');
    victim.cookies.set('psoas_session', 'planted-by-attacker-0123456789');
    await victim.signIn('fix@example.org');
    const second = victim.cookies.get('psoas_session');
    expect(second).toBeDefined();
    expect(second).not.toBe(first);
    expect(second).not.toBe('planted-by-attacker-0123456789');
    const { rows } = await t.database.pool.query('select token_hash from sessions');
    expect(rows.map((r) => r.token_hash)).not.toContain(second);
  });

  it('signing out deletes the session on the server', async () => {
    const b = new TestBrowser(t.app);
    await b.signUp('out@example.org');
    const token = b.cookies.get('psoas_session')!;
    expect((await b.post('/api/account/signout')).statusCode).toBe(204);
    expect(b.cookies.has('psoas_session')).toBe(false);
    const replay = new TestBrowser(t.app);
    replay.cookies.set('psoas_session', token);
    expect((await replay.get('/api/account')).json()).toMatchObject({ kind: 'anonymous' });
  });

  it('stops honouring a session once it expires, and clears expired ones at the next sign-in', async () => {
    const b = new TestBrowser(t.app);
    const userId = (await b.signUp('expiry@example.org')).json().user.id;
    await t.database.pool.query(
      `update sessions set expires_at = now() - interval '1 second' where user_id = $1`,
      [userId],
    );
    expect((await b.get('/api/account')).json().kind).toBe('anonymous');
    await new TestBrowser(t.app).signIn('expiry@example.org');
    const { rows } = await t.database.pool.query(
      'select expires_at > now() as live from sessions where user_id = $1',
      [userId],
    );
    expect(rows).toEqual([{ live: true }]);
  });

  it('locks an account after repeated failures, with a growing delay, for known and unknown emails alike', async () => {
    await new TestBrowser(t.app).signUp('lock@example.org');
    const b = new TestBrowser(t.app);
    for (let i = 0; i < 5; i++)
      expect((await b.signIn('lock@example.org', 'wrong wrong')).statusCode).toBe(401);
    const locked = await b.signIn('lock@example.org');
    expect(locked.statusCode).toBe(429);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThanOrEqual(25);
    // The right password does not get through a lock.
    expect(locked.json().code).toBe('too_many_attempts');
    for (let i = 0; i < 5; i++) await b.signIn('unknown-lock@example.org', 'wrong wrong');
    expect((await b.signIn('unknown-lock@example.org', 'wrong wrong')).statusCode).toBe(429);
    // The lock lives in PostgreSQL (shared by all app instances), doubling per further failure.
    await t.database.pool.query(
      `update login_throttle set locked_until = now() - interval '1 second' where key like 'account:%'`,
    );
    expect((await b.signIn('lock@example.org', 'wrong again')).statusCode).toBe(401);
    const { rows } = await t.database.pool.query(
      `select extract(epoch from locked_until - updated_at) as secs from login_throttle where failures = 6`,
    );
    expect(Math.round(Number(rows[0].secs))).toBe(60);
  });

  it('limits failures per address across accounts', async () => {
    await t.database.pool.query('delete from login_throttle');
    const b = new TestBrowser(t.app);
    for (let i = 0; i < 30; i++) await b.signIn(`spray${i}@example.org`, 'guess guess');
    const res = await b.signIn('spray-next@example.org', 'guess guess');
    expect(res.statusCode).toBe(429);
    await t.database.pool.query('delete from login_throttle');
  });

  it('changes the password after re-authentication and signs out the other browsers', async () => {
    const a = new TestBrowser(t.app);
    await a.signUp('change@example.org');
    const other = new TestBrowser(t.app);
    await other.signIn('change@example.org');
    const bad = await a.put('/api/account/password', {
      currentPassword: 'nope nope',
      newPassword: 'brand new secret',
    });
    expect(bad.statusCode).toBe(403);
    const ok = await a.put('/api/account/password', {
      currentPassword: 'correct horse battery',
      newPassword: 'brand new secret',
    });
    expect(ok.statusCode).toBe(204);
    expect((await a.get('/api/account')).json().kind).toBe('user');
    expect((await other.get('/api/account')).json().kind).toBe('anonymous');
    expect((await new TestBrowser(t.app).signIn('change@example.org', 'brand new secret')).statusCode).toBe(
      200,
    );
  });

  it('resets a password through a one-time link mailed via the outbox; unknown emails get the same answer', async () => {
    const owner = new TestBrowser(t.app);
    await owner.signUp('reset@example.org');
    const anon = new TestBrowser(t.app);
    const known = await anon.post('/api/account/password-reset', { email: 'reset@example.org' });
    const unknown = await anon.post('/api/account/password-reset', { email: 'nobody-here@example.org' });
    expect(known.statusCode).toBe(202);
    expect(unknown.statusCode).toBe(202);
    expect(known.body).toBe(unknown.body);
    const { rows } = await t.database.pool.query(`select payload from outbox where kind = 'password_reset'`);
    expect(rows).toHaveLength(1);
    expect(rows[0].payload.to).toBe('reset@example.org');
    const token = /#token=([\w-]+)/.exec(rows[0].payload.text)![1]!;
    const { rows: stored } = await t.database.pool.query('select token_hash from password_resets');
    expect(stored[0].token_hash).not.toBe(token);

    const use = () =>
      anon.post('/api/account/password-reset/confirm', { token, newPassword: 'reset secret 123' });
    expect((await use()).statusCode).toBe(204);
    expect((await use()).statusCode).toBe(400);
    expect((await owner.get('/api/account')).json().kind).toBe('anonymous');
    expect((await new TestBrowser(t.app).signIn('reset@example.org', 'reset secret 123')).statusCode).toBe(
      200,
    );
  });

  it('sends at most three reset mails per address per quarter hour, answering the same throughout', async () => {
    await new TestBrowser(t.app).signUp('bombed@example.org');
    const anon = new TestBrowser(t.app);
    const answers = new Set<string>();
    for (let i = 0; i < 5; i++) {
      const res = await anon.post('/api/account/password-reset', { email: 'bombed@example.org' });
      answers.add(`${res.statusCode} ${res.body}`);
    }
    expect([...answers]).toEqual(['202 {"accepted":true}']);
    const { rows } = await t.database.pool.query(
      `select count(*)::int as n from outbox where kind = 'password_reset' and payload->>'to' = 'bombed@example.org'`,
    );
    expect(rows[0].n).toBe(3);
  });

  it('gives a signed-in staff member a person of their own when they start using the patient side', async () => {
    await createUser(t.database.db, {
      email: 'staff-self@example.org',
      password: 'staff password 1',
      role: 'practitioner',
      displayName: 'Dr Self',
    });
    const b = new TestBrowser(t.app);
    expect((await b.signIn('staff-self@example.org', 'staff password 1')).json()).toMatchObject({
      personId: null,
    });
    const me = await b.post('/api/me');
    expect(me.statusCode).toBe(200);
    expect(me.json().kind).toBe('user');
    expect((await b.get('/api/account')).json().personId).toBe(me.json().id);
    expect(b.cookies.has('psoas_guest')).toBe(false);
  });

  it('refuses an expired reset link', async () => {
    await new TestBrowser(t.app).signUp('expired@example.org');
    const anon = new TestBrowser(t.app);
    await anon.post('/api/account/password-reset', { email: 'expired@example.org' });
    const { rows } = await t.database.pool.query(
      `select payload from outbox where kind = 'password_reset' and payload->>'to' = 'expired@example.org'`,
    );
    const token = /#token=([\w-]+)/.exec(rows[0].payload.text)![1]!;
    await t.database.pool.query(`update password_resets set expires_at = now() - interval '1 minute'`);
    const res = await anon.post('/api/account/password-reset/confirm', {
      token,
      newPassword: 'reset secret 123',
    });
    expect(res.statusCode).toBe(400);
  });
});
