import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { problemSchema } from '../../contract/common.js';
import { TestBrowser } from '../auth/test-browser.js';
import { type createTestApp as CreateTestApp, createTestApp, testServers } from '../testing/test-db.js';
import { FRAMEWORK_PROBLEM_CODES, frameworkProblem } from './framework-errors.js';

describe.each(testServers())('HTTP semantics on $name PostgreSQL', (server) => {
  let t: Awaited<ReturnType<typeof CreateTestApp>>;
  beforeAll(async () => {
    t = await createTestApp(server);
  });
  afterAll(async () => t?.close());

  it('answers a known path with a wrong method 405 with Allow, and an unknown path 404', async () => {
    const deleteMe = await t.app.inject({ method: 'DELETE', url: '/api/me' });
    expect(deleteMe.statusCode).toBe(405);
    expect(deleteMe.headers.allow).toBe('GET, HEAD, POST');
    expect(deleteMe.headers['content-type']).toContain('application/problem+json');
    expect(problemSchema.parse(deleteMe.json())).toMatchObject({ status: 405, code: 'method_not_allowed' });

    // A parametric path: the methods of /api/checkins/:date, not of /api/checkins.
    const patchCheckin = await t.app.inject({ method: 'PATCH', url: '/api/checkins/2026-03-01' });
    expect(patchCheckin.statusCode).toBe(405);
    expect(patchCheckin.headers.allow).toBe('GET, HEAD, PUT');

    const postHealth = await t.app.inject({ method: 'POST', url: '/api/health?x=1' });
    expect(postHealth.statusCode).toBe(405);
    expect(postHealth.headers.allow).toBe('GET, HEAD');

    const unknown = await t.app.inject({ method: 'DELETE', url: '/api/nothing-here' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.headers.allow).toBeUndefined();
    expect(unknown.json()).toMatchObject({ code: 'not_found' });
  });

  it('answers a text/plain body to a JSON route 415 unsupported_media_type', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/me',
      headers: { 'content-type': 'text/plain' },
      payload: '{"language":"en"}',
    });
    expect(res.statusCode).toBe(415);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(problemSchema.parse(res.json())).toMatchObject({
      status: 415,
      code: 'unsupported_media_type',
      type: 'https://psoas.app/problems/unsupported_media_type',
    });
    // JSON still goes through.
    const json = await t.app.inject({ method: 'POST', url: '/api/me', payload: { language: 'en' } });
    expect(json.statusCode).toBe(200);
  });

  it('maps framework errors to the project problem codes, never FST_ERR codes', async () => {
    const cases = [
      { payload: '{"language":', type: 'application/json', status: 400, code: 'invalid_json' },
      { payload: '', type: 'application/json', status: 400, code: 'invalid_json' },
      { payload: 'x'.repeat(1024 * 1024 + 1), type: 'application/json', status: 413, code: 'body_too_large' },
      { payload: '<a/>', type: 'application/xml', status: 415, code: 'unsupported_media_type' },
    ];
    for (const c of cases) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/me',
        headers: { 'content-type': c.type },
        payload: c.payload,
      });
      expect(res.statusCode, c.code).toBe(c.status);
      const body = problemSchema.parse(res.json());
      expect(body.code).toBe(c.code);
      expect(res.body).not.toMatch(/fst_|FST_|ctp_/);
    }
    const badUrl = await t.app.inject({ method: 'GET', url: '/api/exercises/%E0%A4%A' });
    expect(badUrl.statusCode).toBe(400);
    expect(badUrl.json()).toMatchObject({ code: 'bad_url' });
    const longParam = await t.app.inject({ method: 'GET', url: `/api/exercises/${'a'.repeat(300)}` });
    expect(longParam.statusCode).toBe(414);
    expect(longParam.json()).toMatchObject({ code: 'address_too_long' });
  });

  it('sends WWW-Authenticate with every 401', async () => {
    for (const url of ['/api/me', '/api/staff/clinics', '/api/checkins']) {
      const res = await t.app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(401);
      expect(res.headers['www-authenticate'], url).toBe('Cookie realm="psoas"');
    }
    const wrongPassword = await t.app.inject({
      method: 'POST',
      url: '/api/account/signin',
      payload: { email: 'nobody@example.com', password: 'not the password' },
    });
    expect(wrongPassword.statusCode).toBe(401);
    expect(wrongPassword.headers['www-authenticate']).toBe('Cookie realm="psoas"');
    const fine = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(fine.headers['www-authenticate']).toBeUndefined();
  });

  it('marks personal answers no-store and leaves public content to its own caching', async () => {
    const browser = new TestBrowser(t.app);
    const created = await browser.request('POST', '/api/me', { language: 'en' });
    expect(created.statusCode).toBe(200);
    expect(created.headers['cache-control']).toBe('no-store');
    for (const url of ['/api/me', '/api/checkins', '/api/assessments', '/api/account/export']) {
      const res = await browser.request('GET', url);
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['cache-control'], url).toBe('no-store');
    }
    // Refusals and unknown API paths are not kept either.
    const refused = await t.app.inject({ method: 'GET', url: '/api/me' });
    expect(refused.headers['cache-control']).toBe('no-store');
    const missing = await t.app.inject({ method: 'GET', url: '/api/nothing-here' });
    expect(missing.headers['cache-control']).toBe('no-store');

    for (const url of ['/api/exercises', '/api/content/anatomy', '/api/health', '/api/clinics']) {
      const res = await browser.request('GET', url);
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['cache-control'] ?? '', url).not.toContain('no-store');
    }
  });
});

describe('problem codes', () => {
  /** Every code the source can answer with: AppError, badRequest, conflict, problem, domain errors. */
  function codesInSource(dir: string): Set<string> {
    const found = new Set<string>();
    const pattern =
      /(?:new AppError\(\s*\d+,\s*|badRequest\(\s*|conflict\(\s*|problem\(\s*\d+,\s*|readonly code = )'([a-z_]+)'/g;
    for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !entry.name.endsWith('.ts') || entry.name.endsWith('.test.ts')) continue;
      const source = fs.readFileSync(path.join(entry.parentPath, entry.name), 'utf8');
      for (const match of source.matchAll(pattern)) found.add(match[1]!);
    }
    return found;
  }

  it('lists every problem code the server can answer with in docs/http.md', () => {
    const docs = fs.readFileSync(path.resolve('docs/http.md'), 'utf8');
    const codes = new Set([
      ...codesInSource(path.resolve('src/server')),
      ...codesInSource(path.resolve('src/domain')),
    ]);
    for (const code of FRAMEWORK_PROBLEM_CODES) codes.add(code);
    for (const status of [400, 404, 405, 406, 408, 413, 414, 415, 416, 429]) {
      expect(frameworkProblem({ code: 'FST_ERR_SOMETHING_NEW', statusCode: status }).title).not.toBe('Error');
    }
    expect(codes.size).toBeGreaterThan(20);
    const missing = [...codes].filter((code) => !docs.includes(`\`${code}\``));
    expect(missing).toEqual([]);
  });
});
