import helmet from '@fastify/helmet';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testServers } from '../testing/test-db.js';
import securityHeadersPlugin, { helmetOptions, securityHeaders } from './security-headers.js';

/** What @fastify/helmet itself adds for the options (run per request, as the app did before). */
async function helmetReference(behindTls: boolean): Promise<Record<string, string>> {
  const withHelmet = Fastify();
  await withHelmet.register(helmet, helmetOptions(behindTls));
  const plain = Fastify();
  for (const app of [withHelmet, plain]) app.get('/x', async () => ({ ok: true }));
  const [res, bare] = await Promise.all([withHelmet, plain].map((app) => app.inject('/x')));
  await Promise.all([withHelmet.close(), plain.close()]);
  return Object.fromEntries(
    Object.entries(res!.headers)
      .filter(([name]) => !(name in bare!.headers))
      .map(([name, value]) => [name, String(value)]),
  );
}

const pick = (headers: Record<string, unknown>, names: string[]) =>
  Object.fromEntries(names.filter((n) => n in headers).map((n) => [n, String(headers[n])]));

describe('security headers computed once', () => {
  for (const behindTls of [false, true]) {
    it(`are exactly what @fastify/helmet sends (behind TLS: ${behindTls})`, async () => {
      const reference = await helmetReference(behindTls);
      expect(Object.keys(reference).length).toBeGreaterThan(8);
      expect(Object.fromEntries(securityHeaders(helmetOptions(behindTls)))).toEqual(reference);

      const app = Fastify();
      await app.register(securityHeadersPlugin, { behindTls });
      app.get('/x', async () => ({ ok: true }));
      const res = await app.inject({ method: 'GET', url: '/x' });
      await app.close();
      expect(pick(res.headers, Object.keys(reference))).toEqual(reference);
      expect(String(reference['content-security-policy'])).toContain("frame-ancestors 'none'");
      expect('strict-transport-security' in reference).toBe(behindTls);
    });
  }
});

describe.each(testServers())('the app sends helmet’s headers on $name PostgreSQL', (server) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let reference: Record<string, string>;
  beforeAll(async () => {
    t = await createTestApp(server);
    reference = await helmetReference(false);
  });
  afterAll(async () => t?.close());

  it.each([
    '/api/health',
    '/api/exercises/bridge?lang=es',
    '/api/content/anatomy',
    '/api/nothing-here',
    '/api/programmes/current',
  ])('on %s, whatever the status', async (url) => {
    const res = await t.app.inject({ method: 'GET', url });
    expect(pick(res.headers, Object.keys(reference))).toEqual(reference);
  });
});
