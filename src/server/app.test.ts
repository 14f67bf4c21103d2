import SwaggerParser from '@apidevtools/swagger-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './app.js';
import { loadConfig } from './config.js';
import { openDatabase } from './db/database.js';
import { freePort } from './db/embedded.js';
import { type createTestApp as CreateTestApp, createTestApp, testServers } from './testing/test-db.js';

describe.each(testServers())('HTTP foundation on $name PostgreSQL', (server) => {
  let t: Awaited<ReturnType<typeof CreateTestApp>>;
  beforeAll(async () => {
    t = await createTestApp(server);
  });
  afterAll(async () => t?.close());

  it('reports health with the database up', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'ok', database: { status: 'up' } });
  });

  it('serves a valid OpenAPI 3 document generated from the routes', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toContain('/api/health');
    await expect(SwaggerParser.validate(structuredClone(doc))).resolves.toBeTruthy();
  });

  it('serves the browsable API page', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
  });

  it('answers a validation error with problem+json naming the field', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/me', payload: { language: 'fr' } });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ status: 400, code: 'validation_failed', field: 'body.language' });
    expect(res.json().detail).toMatch(/language/);
  });

  it('answers malformed JSON with a 400 problem, not a 500', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/me',
      headers: { 'content-type': 'application/json' },
      payload: '{"language":',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ status: 400 });
  });

  it('answers an unknown API path with a 404 problem', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/nothing-here' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ code: 'not_found' });
  });

  it('sends security headers', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });

  it('keeps a guest identity in an HttpOnly cookie and remembers its language', async () => {
    const anonymous = await t.app.inject({ method: 'GET', url: '/api/me' });
    expect(anonymous.statusCode).toBe(401);

    const created = await t.app.inject({ method: 'POST', url: '/api/me', payload: { language: 'es' } });
    expect(created.statusCode).toBe(200);
    const setCookie = String(created.headers['set-cookie']);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    const cookie = setCookie.split(';')[0]!;

    const me = await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } });
    expect(me.json()).toMatchObject({ id: created.json().id, language: 'es' });

    await t.app.inject({
      method: 'PUT',
      url: '/api/me/language',
      headers: { cookie },
      payload: { language: 'en' },
    });
    const again = await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } });
    expect(again.json().language).toBe('en');

    const other = await t.app.inject({
      method: 'GET',
      url: '/api/me',
      headers: { cookie: 'psoas_guest=forged' },
    });
    expect(other.statusCode).toBe(401);
  });
});

describe('health without a database', () => {
  it('answers 503 with the database down instead of failing', async () => {
    const port = await freePort();
    const url = `postgres://nobody@127.0.0.1:${port}/none`;
    const database = await openDatabase({ databaseUrl: url, dataDir: '/nonexistent' });
    const app = await buildApp(
      loadConfig({ LOG_LEVEL: 'silent', PSOAS_WEB_DIR: '/nonexistent', DATABASE_URL: url }),
      database,
    );
    try {
      const res = await app.inject({ method: 'GET', url: '/api/health' });
      expect(res.statusCode).toBe(503);
      expect(res.headers['retry-after']).toBeDefined();
      expect(res.json()).toMatchObject({
        status: 'degraded',
        database: { status: 'down', kind: 'external' },
      });
    } finally {
      await app.close();
      await database.close();
    }
  });
});
