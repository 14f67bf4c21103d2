import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXERCISE_IDS, exerciseById } from '../../domain/content/index.js';
import { type createTestApp as CreateTestApp, createTestApp, testServers } from '../testing/test-db.js';

describe.each(testServers())('content API on $name PostgreSQL', (server) => {
  let t: Awaited<ReturnType<typeof CreateTestApp>>;
  beforeAll(async () => {
    t = await createTestApp(server);
  });
  afterAll(async () => t?.close());

  const get = (url: string) => t.app.inject({ method: 'GET', url });

  it('lists every exercise with dosage, sources and animation keyframes', async () => {
    const res = await get('/api/exercises');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.lang).toBe('en');
    expect(body.exercises.map((e: { id: string }) => e.id)).toEqual([...EXERCISE_IDS]);
    for (const e of body.exercises) {
      expect(e.sources.length, e.id).toBeGreaterThan(0);
      expect(e.dosage.kind, e.id).toMatch(/hold|reps|duration/);
      expect(e.keyframes.length, e.id).toBeGreaterThan(0);
      expect(e.keyframes[0].pose.near.hipFlex, e.id).toEqual(expect.any(Number));
      expect(e.keyframes[0].psoasLengthCm.near, e.id).toBeGreaterThan(0);
      expect(e.estimatedSecondsPerSet, e.id).toBeGreaterThan(0);
    }
    const lunge = body.exercises.find((e: { id: string }) => e.id === 'kneeling-lunge');
    expect(lunge).toMatchObject({
      name: 'Kneeling lunge (hip flexor stretch)',
      purpose: 'stretch',
      dosage: { kind: 'hold', holdSeconds: { min: 30, max: 30 }, sets: { min: 3, max: 3 }, perSide: true },
      sources: ['jimenez-weak-psoas'],
    });
  });

  it('switches every text to Spanish with lang=es', async () => {
    const [en, es] = await Promise.all([
      get('/api/exercises/bridge?lang=en'),
      get('/api/exercises/bridge?lang=es'),
    ]);
    expect(en.statusCode).toBe(200);
    expect(es.statusCode).toBe(200);
    expect(en.json().name).toBe('Bridge');
    expect(es.json().name).toBe('Puente');
    expect(es.json().steps).toEqual(exerciseById('bridge').steps.map((s) => s.es));
    expect(es.json().dosage).toEqual(en.json().dosage);
    expect(es.json().pregnancyAlternative).toBe('incline-bridge');

    const treatments = await get('/api/content/treatments?lang=es');
    const acupuncture = treatments.json().items.find((x: { id: string }) => x.id === 'acupuncture');
    expect(acupuncture.name).toBe('Acupuntura');
    expect(acupuncture.evidence).toMatchObject({ verdict: 'recommended-against', references: ['nice-ng59'] });
    expect(acupuncture.evidence.verdictLabel).toBe('Guía clínica: la desaconseja');
  });

  it('answers an unknown exercise with a 404 problem', async () => {
    const res = await get('/api/exercises/handstand');
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ status: 404, code: 'not_found', detail: 'No such exercise.' });
  });

  it('rejects an unsupported language with a validation problem naming the field', async () => {
    for (const url of [
      '/api/exercises?lang=fr',
      '/api/exercises/bridge?lang=fr',
      '/api/content/anatomy?lang=fr',
    ]) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(400);
      expect(res.json(), url).toMatchObject({ code: 'validation_failed', field: 'querystring.lang' });
    }
  });

  it.each([
    ['anatomy', 'psoas-major', 'Psoas mayor'],
    ['mechanisms', 'tight-psoas', 'Un psoas tenso y acortado'],
    ['conditions', 'psoas-syndrome', 'Síndrome del psoas'],
    ['symptoms', 'low-back-pain', 'Dolor lumbar'],
    ['causes', 'prolonged-sitting', 'Estar sentado 4 horas o más al día'],
    ['self-tests', 'lunge-test', 'Prueba de la zancada'],
    ['habits', 'daily-walk', 'Un paseo de 30 minutos cada día'],
    ['treatments', 'cupping', 'Ventosas'],
  ])('serves /api/content/%s in both languages', async (collection, id, spanishName) => {
    const [en, es] = await Promise.all([
      get(`/api/content/${collection}`),
      get(`/api/content/${collection}?lang=es`),
    ]);
    expect(en.statusCode).toBe(200);
    expect(es.statusCode).toBe(200);
    const enItem = en.json().items.find((x: { id: string }) => x.id === id);
    const esItem = es.json().items.find((x: { id: string }) => x.id === id);
    expect(esItem.name).toBe(spanishName);
    expect(enItem.name).not.toBe(esItem.name);
    expect(esItem.sources.length).toBeGreaterThan(0);
  });

  it('serves the five source articles under their own titles in either language', async () => {
    const res = await get('/api/content/sources?lang=es');
    expect(res.statusCode).toBe(200);
    const items = res.json().items;
    expect(items).toHaveLength(5);
    expect(items[3]).toMatchObject({ title: 'Why Your Psoas Can Cause Back Pain', author: 'Dr. Jill King' });
    expect(items[3].authorKind).toBe('Quiropráctica');
  });

  it.each(['/api/exercises/kneeling-lunge', '/api/exercises?lang=es', '/api/content/treatments?lang=es'])(
    'lets a browser keep %s and answers 304 while it is unchanged',
    async (url) => {
      const first = await get(url);
      expect(first.statusCode).toBe(200);
      expect(first.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(first.headers['cache-control']).toBe('no-cache');
      const etag = String(first.headers.etag);
      // Weak: a compressed answer carries other bytes of the same content under it.
      expect(etag).toMatch(/^W\/"[\w-]{20,}"$/);

      const again = await get(url);
      expect(again.headers.etag).toBe(etag);
      expect(again.body).toBe(first.body);

      for (const ifNoneMatch of [etag, etag.slice(2), `"other", ${etag}`, '*']) {
        const unchanged = await t.app.inject({
          method: 'GET',
          url,
          headers: { 'if-none-match': ifNoneMatch },
        });
        expect(unchanged.statusCode, ifNoneMatch).toBe(304);
        expect(unchanged.body).toBe('');
        expect(unchanged.headers.etag).toBe(etag);
      }
      const stale = await t.app.inject({ method: 'GET', url, headers: { 'if-none-match': '"stale"' } });
      expect(stale.statusCode).toBe(200);
      expect(stale.body).toBe(first.body);
    },
  );

  it('gives each language and each exercise its own ETag', async () => {
    const tags = await Promise.all(
      ['/api/exercises/bridge?lang=en', '/api/exercises/bridge?lang=es', '/api/exercises/kneeling-lunge'].map(
        async (url) => (await get(url)).headers.etag,
      ),
    );
    expect(new Set(tags).size).toBe(3);
  });

  it('documents the content routes in OpenAPI', async () => {
    const doc = (await get('/api/openapi.json')).json();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/exercises', '/api/exercises/{id}', '/api/content/treatments']),
    );
  });
});
