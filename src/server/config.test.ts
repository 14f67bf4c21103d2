import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('configuration from the environment', () => {
  it('uses the documented defaults', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.databaseUrl).toBeUndefined();
    expect(config.dataDir).toBe(path.resolve('./data'));
  });

  it('reads the public URL for links in email, without a trailing slash', () => {
    expect(loadConfig({ PSOAS_PUBLIC_URL: 'https://psoas.example.org/' }).publicUrl).toBe(
      'https://psoas.example.org',
    );
  });

  it('sends mail links to the public URL, else to localhost on the configured port', () => {
    expect(loadConfig({ PORT: '8080' }).mail).toMatchObject({
      smtpUrl: undefined,
      from: 'Psoas <no-reply@psoas.local>',
      publicUrl: 'http://localhost:8080',
      worker: true,
    });
    expect(
      loadConfig({
        PSOAS_PUBLIC_URL: 'https://psoas.example.org/',
        SMTP_URL: 'smtp://127.0.0.1:2525',
        MAIL_FROM: 'Clinic <c@example.org>',
        PSOAS_OUTBOX_WORKER: 'off',
      }).mail,
    ).toMatchObject({
      smtpUrl: 'smtp://127.0.0.1:2525',
      from: 'Clinic <c@example.org>',
      publicUrl: 'https://psoas.example.org',
      worker: false,
    });
  });

  it('reads PORT, HOST, DATABASE_URL and PSOAS_DATA_DIR', () => {
    const config = loadConfig({
      PORT: '8080',
      HOST: '127.0.0.1',
      DATABASE_URL: 'postgres://u@h/db',
      PSOAS_DATA_DIR: '/tmp/x',
    });
    expect(config).toMatchObject({
      port: 8080,
      host: '127.0.0.1',
      databaseUrl: 'postgres://u@h/db',
      dataDir: '/tmp/x',
    });
  });

  it.each([
    ['PORT', { PORT: 'abc' }],
    ['PORT', { PORT: '70000' }],
    ['DATABASE_URL', { DATABASE_URL: 'mysql://nope' }],
    ['LOG_LEVEL', { LOG_LEVEL: 'loud' }],
    ['PSOAS_PUBLIC_URL', { PSOAS_PUBLIC_URL: 'psoas.example.org' }],
    ['SMTP_URL', { SMTP_URL: 'mail.example.org:25' }],
    ['PSOAS_OUTBOX_WORKER', { PSOAS_OUTBOX_WORKER: 'sometimes' }],
    ['PSOAS_MAX_EVENT_LOOP_UTILIZATION', { PSOAS_MAX_EVENT_LOOP_UTILIZATION: '1.5' }],
    ['PSOAS_RETRY_AFTER_SECONDS', { PSOAS_RETRY_AFTER_SECONDS: 'soon' }],
  ])('refuses a bad %s and names it', (variable, env) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`^Invalid configuration: ${variable} `));
  });
});
