import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';
import { type createTestApp as CreateTestApp, createTestApp, testServers } from './testing/test-db.js';

describe('developer pages setting', () => {
  it('is off in production and unset environments, on in development and test, and can be forced', () => {
    expect(loadConfig({}).devPages).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production' }).devPages).toBe(false);
    expect(loadConfig({ NODE_ENV: 'test' }).devPages).toBe(true);
    expect(loadConfig({ NODE_ENV: 'development' }).devPages).toBe(true);
    expect(loadConfig({ NODE_ENV: 'test', PSOAS_DEV_PAGES: 'off' }).devPages).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', PSOAS_DEV_PAGES: 'on' }).devPages).toBe(true);
  });
});

describe.each(testServers())('/dev/figures on $name PostgreSQL', (server) => {
  const webDir = fs.mkdtempSync(path.join(os.tmpdir(), 'psoas-web-'));
  fs.writeFileSync(path.join(webDir, 'index.html'), '<!doctype html><title>Psoas</title>');
  let production: Awaited<ReturnType<typeof CreateTestApp>>;
  let development: Awaited<ReturnType<typeof CreateTestApp>>;
  beforeAll(async () => {
    [production, development] = await Promise.all([
      createTestApp(server, { PSOAS_WEB_DIR: webDir, NODE_ENV: 'production' }),
      createTestApp(server, { PSOAS_WEB_DIR: webDir, NODE_ENV: 'development' }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([production?.close(), development?.close()]);
    fs.rmSync(webDir, { recursive: true, force: true });
  });

  it('is not served in production; other pages still are', async () => {
    for (const url of ['/dev/figures', '/dev/figures?phase=hold', '/dev']) {
      const res = await production.app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(404);
    }
    const privacy = await production.app.inject({ method: 'GET', url: '/privacy' });
    expect(privacy.statusCode).toBe(200);
    expect(privacy.body).toContain('<title>Psoas</title>');
  });

  it('is served outside production', async () => {
    const res = await development.app.inject({ method: 'GET', url: '/dev/figures?phase=hold' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<title>Psoas</title>');
  });
});
