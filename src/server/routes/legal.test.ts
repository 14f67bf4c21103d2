import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLegalText } from '../legal/legal-texts.js';
import { type createTestApp as CreateTestApp, createTestApp, testServers } from '../testing/test-db.js';

describe.each(testServers())('legal texts on $name PostgreSQL', (server) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'psoas-legal-'));
  const privacyEs = path.join(dir, 'privacidad.txt');
  fs.writeFileSync(privacyEs, '# Privacidad de la Clínica Sol\r\n\r\nGuardamos solo lo necesario.\n');
  let builtIn: Awaited<ReturnType<typeof CreateTestApp>>;
  let operator: Awaited<ReturnType<typeof CreateTestApp>>;
  beforeAll(async () => {
    [builtIn, operator] = await Promise.all([
      createTestApp(server),
      createTestApp(server, { PSOAS_PRIVACY_ES: privacyEs }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([builtIn?.close(), operator?.close()]);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('answers null (the built-in text) when the operator configured none', async () => {
    for (const doc of ['privacy', 'terms']) {
      const res = await builtIn.app.inject({ method: 'GET', url: `/api/legal/${doc}?lang=es` });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ document: doc, lang: 'es', text: null });
    }
  });

  it("answers the operator's own text for the configured language only", async () => {
    const es = await operator.app.inject({ method: 'GET', url: '/api/legal/privacy?lang=es' });
    expect(es.json()).toEqual({
      document: 'privacy',
      lang: 'es',
      text: '# Privacidad de la Clínica Sol\n\nGuardamos solo lo necesario.',
    });
    const en = await operator.app.inject({ method: 'GET', url: '/api/legal/privacy?lang=en' });
    expect(en.json().text).toBeNull();
    const bad = await operator.app.inject({ method: 'GET', url: '/api/legal/privacy?lang=fr' });
    expect(bad.statusCode).toBe(400);
  });
});

describe('an operator legal text', () => {
  it('refuses empty, oversized and control-character texts', () => {
    expect(() => checkLegalText(' \n ', 'privacy')).toThrow(/empty/);
    expect(() => checkLegalText('a'.repeat(100_001), 'privacy')).toThrow(/longer/);
    expect(() => checkLegalText('a\u0007b', 'privacy')).toThrow(/control/);
    expect(checkLegalText('\uFEFFHola\r\nmundo', 'privacy')).toBe('Hola\nmundo');
  });
});
