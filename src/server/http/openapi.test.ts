import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, buildApp } from '../app.js';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/database.js';
import { freePort } from '../db/embedded.js';
import { API_LICENSE, operationIdFor } from './openapi.js';

const run = promisify(execFile);
const REDOCLY = path.resolve('node_modules/.bin/redocly');

interface Operation {
  operationId?: string;
  security?: Record<string, string[]>[];
  responses: Record<string, { $ref?: string; content?: Record<string, unknown> }>;
}
type Doc = {
  servers: { url: string }[];
  info: { license?: unknown };
  paths: Record<string, Record<string, Operation>>;
  components: {
    securitySchemes: Record<string, { in: string; name: string }>;
    responses: Record<string, unknown>;
  };
};

// The document is generated from the routes alone: no query reaches the (unreachable) database.
describe('the OpenAPI document', () => {
  let app: App;
  let close: () => Promise<void>;
  let doc: Doc;
  let raw: string;
  beforeAll(async () => {
    const url = `postgres://nobody@127.0.0.1:${await freePort()}/none`;
    const database = await openDatabase({ databaseUrl: url, dataDir: '/nonexistent' });
    app = await buildApp(
      loadConfig({ LOG_LEVEL: 'silent', PSOAS_WEB_DIR: '/nonexistent', DATABASE_URL: url }),
      database,
    );
    close = async () => {
      await app.close();
      await database.close();
    };
    const res = await app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    raw = res.body;
    doc = res.json();
  });
  afterAll(async () => close?.());

  const operations = () =>
    Object.entries(doc.paths).flatMap(([p, item]) =>
      Object.entries(item).map(([method, op]) => ({ path: p, method: method.toUpperCase(), op })),
    );

  it('passes Redocly lint with no errors', { timeout: 60_000 }, async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'psoas-openapi-'));
    const file = path.join(dir, 'openapi.json');
    fs.writeFileSync(file, raw);
    try {
      // Redocly exits non-zero on errors; the JSON report says which. Its Node 20 banner goes to stderr.
      const result = await run(REDOCLY, ['lint', file, '--format=json', '--max-problems=1000'], {
        maxBuffer: 16 * 1024 * 1024,
      }).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
      const report = JSON.parse(result.stdout.slice(result.stdout.indexOf('{'))) as {
        totals: { errors: number; warnings: number };
        problems: { ruleId: string; severity: string; message: string; location: { pointer: string }[] }[];
      };
      const errors = report.problems
        .filter((p) => p.severity === 'error')
        .map((p) => `${p.ruleId} ${p.location[0]?.pointer}: ${p.message}`);
      expect(errors).toEqual([]);
      expect(report.totals.errors).toBe(0);
      // docs/http.md justifies every warning that remains; today there are none.
      expect(report.problems.filter((p) => p.severity === 'warn').map((p) => p.ruleId)).toEqual([]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('gives every operation a unique operationId and declared security', () => {
    const ids = operations().map(({ op }) => op.operationId);
    expect(ids.every((id) => typeof id === 'string' && /^[a-z][A-Za-z0-9]+$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { path: p, method, op } of operations()) expect(op.security, `${method} ${p}`).toBeDefined();
    expect(operationIdFor('GET', '/api/staff/clinics/:clinicId/bookings')).toBe(
      'getStaffClinicsByClinicIdBookings',
    );
    expect(operationIdFor('GET', '/api/checkins.csv')).toBe('getCheckinsCsv');
  });

  it('describes the session cookie, the guest cookie and the CSRF header, used per operation', () => {
    expect(doc.components.securitySchemes).toMatchObject({
      sessionCookie: { type: 'apiKey', in: 'cookie', name: 'psoas_session' },
      guestCookie: { type: 'apiKey', in: 'cookie', name: 'psoas_guest' },
      csrfToken: { type: 'apiKey', in: 'header', name: 'x-csrf-token' },
    });
    const get = (p: string, m: string) => doc.paths[p]?.[m];
    // Staff: session only; a write also needs the CSRF token.
    expect(get('/api/staff/clinics', 'get')?.security).toEqual([{ sessionCookie: [] }]);
    expect(get('/api/staff/clinics/{clinicId}/hours', 'put')?.security).toEqual([
      { sessionCookie: [], csrfToken: [] },
    ]);
    // A person's own data: session or guest cookie, never anonymous.
    expect(get('/api/checkins', 'get')?.security).toEqual([{ sessionCookie: [] }, { guestCookie: [] }]);
    // Public content: nothing.
    expect(get('/api/exercises', 'get')?.security).toEqual([]);
    expect(get('/api/checkins', 'get')?.responses['401']).toEqual({
      $ref: '#/components/responses/Problem401',
    });
    // Refusals a handler declares itself (schema.errors): the password check and its throttle.
    expect(Object.keys(get('/api/account/signin', 'post')?.responses ?? {})).toEqual(
      expect.arrayContaining(['401', '429']),
    );
    expect(get('/api/bookings/{id}/cancel', 'post')?.responses['409']).toEqual({
      $ref: '#/components/responses/Problem409',
    });
  });

  it('declares the real media types of downloads and problem+json for every error', () => {
    const content = (p: string, status = '200') =>
      Object.keys(doc.paths[p]?.get?.responses[status]?.content ?? {});
    expect(content('/api/checkins.csv')).toEqual(['text/csv']);
    expect(content('/api/sessions.csv')).toEqual(['text/csv']);
    expect(content('/api/bookings/{id}/invite.ics')).toEqual(['text/calendar']);
    expect(content('/api/programmes/{id}/calendar.ics')).toEqual(['text/calendar']);
    expect(content('/api/calendar/{file}')).toEqual(['text/calendar']);
    expect(content('/api/account/export/fhir')).toEqual(['application/fhir+json']);
    expect(content('/api/assessments/{id}/fhir')).toEqual(['application/fhir+json']);

    const shared = doc.components.responses as Record<string, { content: Record<string, unknown> }>;
    for (const { path: p, method, op } of operations()) {
      for (const [status, response] of Object.entries(op.responses)) {
        if (Number(status) < 400) continue;
        const types = response.$ref
          ? Object.keys(shared[response.$ref.split('/').pop() ?? '']?.content ?? {})
          : Object.keys(response.content ?? {});
        // The health report's 503 is the report itself (status: degraded), not a problem.
        if (p === '/api/health' && status === '503') expect(types).toEqual(['application/json']);
        else expect(types, `${method} ${p} ${status}`).toEqual(['application/problem+json']);
      }
    }
  });

  it('names a server and the licence', () => {
    expect(doc.servers.length).toBeGreaterThan(0);
    expect(doc.info.license).toEqual(API_LICENSE);
  });
});
