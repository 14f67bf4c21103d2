import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, buildApp } from '../app.js';
import { loadConfig } from '../config.js';
import { createTestDatabase, type TestDatabase, testServers } from '../testing/test-db.js';
import { COMPRESSION_THRESHOLD } from './compression.js';

const decode = (encoding: string | undefined, body: Buffer) =>
  encoding === 'br' ? zlib.brotliDecompressSync(body) : encoding === 'gzip' ? zlib.gunzipSync(body) : body;

describe.each(testServers())('compression on $name PostgreSQL', (server) => {
  let database: TestDatabase;
  let app: App;
  let webDir: string;
  // A built page as the speed-web build leaves it: app.js with .br and .gz siblings whose
  // contents differ from a fresh compression, so the test sees which one was sent.
  const script = `console.log(${JSON.stringify('psoas '.repeat(2000))});\n`;
  const marker = '/* precompressed */';

  beforeAll(async () => {
    webDir = fs.mkdtempSync(path.join(os.tmpdir(), 'psoas-web-'));
    fs.mkdirSync(path.join(webDir, 'assets'));
    fs.writeFileSync(
      path.join(webDir, 'index.html'),
      `<!doctype html><title>Psoas</title>${' '.repeat(2000)}`,
    );
    fs.writeFileSync(path.join(webDir, 'assets', 'app.js'), script);
    fs.writeFileSync(path.join(webDir, 'assets', 'app.js.br'), zlib.brotliCompressSync(marker + script));
    fs.writeFileSync(path.join(webDir, 'assets', 'app.js.gz'), zlib.gzipSync(marker + script));
    fs.writeFileSync(path.join(webDir, 'assets', 'plain.js'), script);
    database = await createTestDatabase(server);
    app = await buildApp(
      loadConfig({
        LOG_LEVEL: 'silent',
        PSOAS_WEB_DIR: webDir,
        DATABASE_URL: database.url,
        PSOAS_MAX_EVENT_LOOP_UTILIZATION: '0',
        PSOAS_MAX_EVENT_LOOP_DELAY_MS: '0',
      }),
      database,
    );
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
    await database?.drop();
    fs.rmSync(webDir, { recursive: true, force: true });
  });

  it('compresses API answers with br or gzip only when the client asks', async () => {
    const plain = await app.inject({ method: 'GET', url: '/api/exercises' });
    expect(plain.statusCode).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.rawPayload.length).toBeGreaterThan(COMPRESSION_THRESHOLD);

    for (const encoding of ['br', 'gzip']) {
      const res = await app.inject({
        method: 'GET',
        url: '/api/exercises',
        headers: { 'accept-encoding': encoding },
      });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-encoding']).toBe(encoding);
      expect(String(res.headers.vary)).toMatch(/accept-encoding/i);
      expect(res.rawPayload.length).toBeLessThan(plain.rawPayload.length / 3);
      expect(decode(encoding, res.rawPayload).toString()).toBe(plain.body);
    }
    // The browser's usual header: brotli wins.
    const browser = await app.inject({
      method: 'GET',
      url: '/api/openapi.json',
      headers: { 'accept-encoding': 'gzip, deflate, br, zstd' },
    });
    expect(browser.headers['content-encoding']).toBe('br');
    expect(JSON.parse(decode('br', browser.rawPayload).toString()).openapi).toBe('3.1.0');
  });

  it('leaves small answers uncompressed', async () => {
    const res = await app.inject({
      method: 'GET',
      url: '/api/me',
      headers: { 'accept-encoding': 'br' },
    });
    expect(res.statusCode).toBe(401);
    expect(res.rawPayload.length).toBeLessThan(COMPRESSION_THRESHOLD);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.json()).toMatchObject({ code: 'unauthorized' });
  });

  it('serves the precompressed sibling of a static file when there is one', async () => {
    for (const [encoding, ext] of [
      ['br', 'br'],
      ['gzip', 'gz'],
    ] as const) {
      const res = await app.inject({
        method: 'GET',
        url: '/assets/app.js',
        headers: { 'accept-encoding': encoding },
      });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-encoding']).toBe(encoding);
      expect(res.headers['content-type']).toMatch(/javascript/);
      expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(String(res.headers.vary)).toMatch(/accept-encoding/i);
      expect(res.rawPayload).toEqual(fs.readFileSync(path.join(webDir, 'assets', `app.js.${ext}`)));
    }
    const identity = await app.inject({ method: 'GET', url: '/assets/app.js' });
    expect(identity.headers['content-encoding']).toBeUndefined();
    expect(identity.body).toBe(script);
  });

  it('compresses a static file without a sibling, and the page itself', async () => {
    const res = await app.inject({
      method: 'GET',
      url: '/assets/plain.js',
      headers: { 'accept-encoding': 'br' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(decode('br', res.rawPayload).toString()).toBe(script);

    // The first page: a client route answered with index.html.
    for (const url of ['/', '/programme', '/index.html']) {
      const page = await app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'gzip' } });
      expect(page.statusCode, url).toBe(200);
      expect(page.headers['content-encoding'], url).toBe('gzip');
      expect(decode('gzip', page.rawPayload).toString(), url).toContain('<title>Psoas</title>');
    }
    const first = await app.inject({
      method: 'GET',
      url: '/programme',
      headers: { 'accept-encoding': 'br;q=0, gzip' },
    });
    expect(first.headers['content-encoding']).toBe('gzip');
    expect(first.headers['cache-control']).toBe('no-cache');
    const again = await app.inject({
      method: 'GET',
      url: '/programme',
      headers: { 'accept-encoding': 'br;q=0, gzip', 'if-none-match': String(first.headers.etag) },
    });
    expect(again.statusCode).toBe(304);
    expect(again.rawPayload.length).toBe(0);
    const brotli = await app.inject({ method: 'GET', url: '/', headers: { 'accept-encoding': 'gzip, br' } });
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotli.headers.etag).not.toBe(first.headers.etag);
    const none = await app.inject({ method: 'GET', url: '/' });
    expect(none.headers['content-encoding']).toBeUndefined();
    expect(none.body).toContain('<title>Psoas</title>');
  });
});
