import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, buildApp } from '../../src/server/app.js';
import { loadConfig } from '../../src/server/config.js';
import { createTestDatabase, type TestDatabase, testServers } from '../../src/server/testing/test-db.js';

const pressureSettings = (env: Record<string, string>) => loadConfig(env).pressure;

describe('load-shedding settings', () => {
  it('defaults to shedding at 1 s event-loop delay or 98 % utilisation, retry after 10 s', () => {
    expect(pressureSettings({})).toEqual({
      maxEventLoopDelayMs: 1000,
      maxEventLoopUtilization: 0.98,
      retryAfterSeconds: 10,
      sampleIntervalMs: 1000,
    });
  });
  it('reads the environment and refuses nonsense, naming the variable', () => {
    expect(
      pressureSettings({ PSOAS_MAX_EVENT_LOOP_UTILIZATION: '0', PSOAS_RETRY_AFTER_SECONDS: '3' }),
    ).toMatchObject({
      maxEventLoopUtilization: 0,
      retryAfterSeconds: 3,
    });
    expect(() => pressureSettings({ PSOAS_MAX_EVENT_LOOP_UTILIZATION: '1.5' })).toThrow(
      /PSOAS_MAX_EVENT_LOOP_UTILIZATION/,
    );
  });
});

/**
 * Past capacity the server sheds load with 503 + Retry-After (problem+json) instead of queueing
 * every request until clients time out, and serves normally again once the burst is over.
 * A low utilisation threshold stands in for "capacity" so a burst from this one process is enough.
 */
describe.each(testServers().slice(0, 1))('overload on $name PostgreSQL', (server) => {
  let database: TestDatabase | undefined;
  let app: App | undefined;
  let url = '';

  beforeAll(async () => {
    database = await createTestDatabase(server);
    const config = loadConfig({
      LOG_LEVEL: 'silent',
      PSOAS_WEB_DIR: '/nonexistent',
      DATABASE_URL: database.url,
      PSOAS_MAX_EVENT_LOOP_UTILIZATION: '0.5',
      PSOAS_MAX_EVENT_LOOP_DELAY_MS: '0',
      PSOAS_PRESSURE_SAMPLE_MS: '200',
      PSOAS_RETRY_AFTER_SECONDS: '2',
    });
    app = await buildApp(config, database);
    url = await app.listen({ port: 0, host: '127.0.0.1' });
    await new Promise((r) => setTimeout(r, 600)); // past the warm-up after start
  });
  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  it('answers a burst with 503 + Retry-After, never anything worse, and recovers', async () => {
    const statuses = new Map<number, number>();
    const shed: {
      retryAfter: string | null;
      type: string | null;
      body: { code?: string; detail?: string };
    }[] = [];
    const failures: string[] = [];
    const until = Date.now() + 4000;
    const client = async () => {
      while (Date.now() < until) {
        try {
          const res = await fetch(`${url}/api/exercises`);
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          const text = await res.text();
          if (res.status === 503)
            shed.push({
              retryAfter: res.headers.get('retry-after'),
              type: res.headers.get('content-type'),
              body: JSON.parse(text),
            });
        } catch (e) {
          failures.push(String(e));
        }
      }
    };
    await Promise.all(Array.from({ length: 40 }, client));
    console.log(
      `overload burst: statuses ${JSON.stringify([...statuses])}, connection failures ${failures.length}`,
    );

    expect(failures).toEqual([]);
    expect(shed.length).toBeGreaterThan(0);
    expect([...statuses.keys()].filter((s) => s !== 200 && s !== 503)).toEqual([]);
    for (const s of shed) {
      expect(s.retryAfter).toBe('2');
      expect(s.type).toMatch(/^application\/problem\+json/);
      expect(s.body.code).toBe('overloaded');
      expect(s.body.detail).toMatch(/try again/);
    }

    // Recovery: once the burst is over the next samples are calm and requests are served again.
    let recovered = 0;
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline && recovered < 5) {
      await new Promise((r) => setTimeout(r, 250));
      const res = await fetch(`${url}/api/health`);
      await res.arrayBuffer();
      recovered = res.status === 200 ? recovered + 1 : 0;
    }
    expect(recovered).toBe(5);
  });
});
