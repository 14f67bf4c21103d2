import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STOP_IF_PAIN } from './exercises/common.js';
import { allExerciseEntries } from './exercises/index.js';
import {
  anatomy,
  CONTRAINDICATION_LABELS,
  causes,
  collections,
  conditions,
  type Dosage,
  EQUIPMENT_LABELS,
  EVIDENCE_LABELS,
  EXERCISE_IDS,
  estimatedSecondsPerSet,
  exerciseById,
  exercises,
  habits,
  localise,
  POSITION_LABELS,
  PURPOSE_LABELS,
  SOURCE_IDS,
  selfTests,
  sources,
  symptoms,
  TARGET_LABELS,
  type Text,
  textSchema,
  treatments,
  validateContent,
} from './index.js';

/** Every `{ en, es }` object anywhere inside a value. */
function textsIn(value: unknown, path = ''): { path: string; text: Text }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => textsIn(v, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.en === 'string' && typeof o.es === 'string') return [{ path, text: o as Text }];
    return Object.entries(o).flatMap(([k, v]) => textsIn(v, `${path}.${k}`));
  }
  return [];
}

const labelMaps = {
  CONTRAINDICATION_LABELS,
  EQUIPMENT_LABELS,
  EVIDENCE_LABELS,
  POSITION_LABELS,
  PURPOSE_LABELS,
  TARGET_LABELS,
};

describe('the knowledge base', () => {
  it('validates completely: schemas, unique ids, pregnancy-safe alternatives', () => {
    expect(validateContent()).toEqual([]);
  });

  it('has every text in English and a different Spanish, in items and labels alike', () => {
    const all = [...textsIn(collections), ...textsIn(labelMaps)];
    expect(all.length).toBeGreaterThan(500);
    const untranslated = all.filter(({ text }) => !text.en.trim() || !text.es.trim() || text.en === text.es);
    expect(untranslated).toEqual([]);
  });

  it('gives every item at least one known source article', () => {
    for (const [name, { items }] of Object.entries(collections)) {
      if (name === 'sources' || name === 'references') continue;
      for (const item of items as readonly { id: string; sources: string[] }[]) {
        expect(item.sources.length, `${name}/${item.id}`).toBeGreaterThan(0);
        for (const s of item.sources) expect(SOURCE_IDS).toContain(s);
      }
    }
  });

  it('lists the five articles, each cited by its title', () => {
    expect(sources.map((s) => s.id)).toEqual([...SOURCE_IDS]);
    expect(sources.map((s) => s.file.slice(0, 3))).toEqual(['000', '001', '002', '003', '004']);
    expect(sources.find((s) => s.id === 'king-psoas-back-pain')?.title).toBe(
      'Why Your Psoas Can Cause Back Pain',
    );
  });

  it('rejects a translation equal to the English text', () => {
    expect(textSchema.safeParse({ en: 'Psoas', es: 'Psoas' }).success).toBe(false);
    expect(textSchema.safeParse({ en: 'Hip', es: 'Cadera' }).success).toBe(true);
  });

  it('covers the anatomy the articles give: T12–L5, lesser trochanter, about 40 cm', () => {
    const byId = Object.fromEntries(anatomy.map((a) => [a.id, a]));
    expect(Object.keys(byId)).toEqual(
      expect.arrayContaining([
        'psoas-major',
        'psoas-minor',
        'iliacus',
        'iliopsoas',
        'origin',
        'insertion',
        'length',
      ]),
    );
    expect(byId.origin?.text.en).toMatch(/T12/);
    expect(byId.origin?.text.en).toMatch(/L1 to L5/);
    expect(byId.origin?.text.en).toMatch(/transverse processes/);
    expect(byId.insertion?.text.en).toMatch(/lesser trochanter/);
    expect(byId.length?.text.en).toMatch(/16 inches.*40 centimetres/);
    for (const relation of ['relation-diaphragm', 'relation-quadratus-lumborum', 'relation-organs']) {
      expect(byId[relation]).toBeDefined();
    }
  });

  it('names the conditions, causes, self-tests and habits the articles describe', () => {
    expect(conditions.map((c) => c.id)).toEqual([
      'psoas-syndrome',
      'iliopsoas-tendinitis',
      'iliopsoas-bursitis',
      'piriformis-syndrome',
    ]);
    expect(causes.map((c) => c.id)).toEqual(
      expect.arrayContaining([
        'prolonged-sitting',
        'desk-work',
        'leg-crossing',
        'poor-posture',
        'stress',
        'dehydration',
        'overuse',
        'injury',
        'pregnancy',
      ]),
    );
    expect(causes.find((c) => c.id === 'prolonged-sitting')?.name.en).toMatch(/4 hours/);
    expect(selfTests.map((s) => s.id)).toEqual([
      'standing-back-bend-test',
      'lunge-test',
      'thomas-test-position',
    ]);
    expect(habits.map((h) => h.id)).toEqual(
      expect.arrayContaining([
        'daily-walk',
        'weekly-class',
        'sitting-breaks',
        'standing-desk',
        'floor-time',
        'hydration',
        'stress-release',
      ]),
    );
    expect(habits.find((h) => h.id === 'daily-walk')).toMatchObject({ frequency: 'daily', minutes: 30 });
    // Article 004's eight symptoms, among others.
    expect(symptoms.map((s) => s.id)).toEqual(
      expect.arrayContaining([
        'front-hip-pain',
        'stiff-hip',
        'thigh-backwards-restricted',
        'deep-pelvic-pain',
        'deep-bellyache',
        'constipation',
        'twisted-pelvis',
        'low-mood',
      ]),
    );
  });

  it('warns that belly and pelvic complaints have other causes', () => {
    for (const s of symptoms.filter((x) =>
      ['deep-bellyache', 'constipation', 'digestive-problems'].includes(x.id),
    )) {
      expect(s.text.en).toMatch(/see a doctor/);
      expect(s.text.es).toMatch(/consulta a un médico/);
    }
  });

  it('says plainly where the guideline advises against a treatment, without calling any a cure', () => {
    const acupuncture = treatments.find((x) => x.id === 'acupuncture');
    expect(acupuncture?.evidence.verdict).toBe('recommended-against');
    expect(acupuncture?.evidence.text.en).toMatch(/NICE NG59 recommends not offering acupuncture/);
    expect(treatments.map((x) => x.id)).toEqual([
      'acupuncture',
      'electro-acupuncture',
      'cupping',
      'stone-massage',
      'massage',
      'chiropractic-manipulation',
      'osteopathic-manipulative-treatment',
      'physical-therapy',
      'somatic-therapy',
      'shiatsu',
    ]);
    for (const x of treatments) {
      expect(x.evidence.references.length, x.id).toBeGreaterThan(0);
      expect(`${x.evidence.text.en} ${x.whatHappens.en}`).not.toMatch(/\bcures?\b|guarantee|proven/i);
    }
    const manual = treatments.filter((x) => x.evidence.verdict === 'recommended-with-exercise');
    for (const x of manual) expect(x.evidence.text.en).toMatch(/exercise/);
  });
});

describe('the exercises', () => {
  it('are exactly the agreed ids, once each, in order', () => {
    expect(exercises.map((e) => e.id)).toEqual([...EXERCISE_IDS]);
    expect(new Set(allExerciseEntries.map((e) => e.id)).size).toBe(allExerciseEntries.length);
    expect(allExerciseEntries.length).toBe(EXERCISE_IDS.length);
    expect(exerciseById('bridge').name.en).toBe('Bridge');
    expect(exerciseById('no-such-exercise')).toBeUndefined();
  });

  it('use the dosages the articles give', () => {
    expect(exerciseById('kneeling-lunge').dosage).toMatchObject({
      kind: 'hold',
      holdSeconds: { min: 30, max: 30 },
      sets: { min: 3, max: 3 },
      perSide: true,
      fromArticles: true,
    });
    for (const id of [
      'lizard-pose',
      'figure-four-stretch',
      'seated-psoas-stretch',
      'thomas-stretch',
    ] as const) {
      expect(exerciseById(id).dosage, id).toMatchObject({ kind: 'hold', holdSeconds: { min: 30, max: 60 } });
    }
    expect(exerciseById('supine-leg-lift')).toMatchObject({
      dosage: { kind: 'reps', reps: { min: 10, max: 15 }, holdSeconds: { min: 3, max: 5 }, perSide: true },
      optionalEquipment: ['ankle-weights'],
    });
    expect(exerciseById('supine-leg-lift').progression.en).toMatch(/ankle weights/);
    for (const id of ['bridge', 'clamshell', 'fire-hydrant', 'forward-lunge'] as const) {
      expect(exerciseById(id).dosage, id).toMatchObject({ kind: 'reps', reps: { min: 10, max: 15 } });
    }
    for (const id of ['foam-roll-tfl', 'foam-roll-adductors'] as const) {
      expect(exerciseById(id).dosage, id).toMatchObject({ kind: 'hold', holdSeconds: { min: 30, max: 90 } });
    }
    expect(exerciseById('gentle-walk').dosage).toMatchObject({
      kind: 'duration',
      durationSeconds: { max: 1800 },
    });
  });

  it('carry the contraindications a programme must respect', () => {
    for (const e of exercises) {
      if (e.position === 'supine')
        expect(e.contraindications, e.id).toContain('pregnancy-second-trimester-supine');
      if (e.equipment.includes('foam-roller'))
        expect(e.contraindications, e.id).toContain('foam-rolling-contraindication');
      if (['kneeling', 'half-kneeling'].includes(e.position) || e.id === 'fire-hydrant') {
        expect(e.contraindications, e.id).toContain('knee-pain-when-kneeling');
      }
    }
    // Only the breathing exercise has no lying-down alternative: its variant is to sit instead.
    const supineWithoutAlternative = exercises.filter(
      (e) => e.position === 'supine' && !e.pregnancyAlternative,
    );
    expect(supineWithoutAlternative.map((e) => e.id)).toEqual(['breathing-relaxation']);
    expect(exerciseById('breathing-relaxation').easier.some((v) => /pregnant/.test(v.text.en))).toBe(true);
  });

  it('point only at exercises that exist (variants, alternatives, self-tests)', () => {
    const ids = new Set<string>(EXERCISE_IDS);
    for (const e of exercises) {
      for (const v of [...e.easier, ...e.harder])
        if (v.exerciseId) expect(ids.has(v.exerciseId), e.id).toBe(true);
      if (e.pregnancyAlternative) expect(ids.has(e.pregnancyAlternative)).toBe(true);
    }
    for (const s of selfTests) if (s.exerciseId) expect(ids.has(s.exerciseId)).toBe(true);
  });

  it('tell people to stop on sharp pain, tingling or numbness, and never to press on their own belly', () => {
    for (const e of exercises.filter((x) => x.purpose !== 'relaxation')) {
      expect(e.safety, e.id).toContainEqual(STOP_IF_PAIN);
    }
    expect(STOP_IF_PAIN.en).toMatch(/sharp pain, tingling or numbness/);
    for (const e of exercises.filter((x) => x.purpose === 'release')) {
      expect(
        e.safety.some((s) => /Never roll or press on your belly/.test(s.en)),
        e.id,
      ).toBe(true);
    }
    const everyStep = exercises.flatMap((e) => e.steps.map((s) => s.en)).join('\n');
    expect(everyStep).not.toMatch(/press (into|on) (your|the) (belly|abdomen|stomach)/i);
  });

  it('estimate a positive time per set for every exercise', () => {
    for (const e of exercises) expect(estimatedSecondsPerSet(e.dosage), e.id).toBeGreaterThan(0);
    // Kneeling lunge: 30 s hold + 5 s to settle, on each side.
    expect(estimatedSecondsPerSet(exerciseById('kneeling-lunge').dosage)).toBe(70);
  });
});

describe('estimatedSecondsPerSet', () => {
  const range = fc
    .tuple(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 40 }))
    .map(([min, extra]) => ({ min, max: min + extra }));
  type CountedDosage = Exclude<Dosage, { kind: 'duration' }>;
  const dosage: fc.Arbitrary<CountedDosage> = fc.oneof(
    fc.record({
      kind: fc.constant('hold' as const),
      holdSeconds: range,
      sets: range,
      perSide: fc.boolean(),
      fromArticles: fc.boolean(),
    }),
    fc.record({
      kind: fc.constant('reps' as const),
      reps: range,
      secondsPerRep: fc.integer({ min: 1, max: 10 }),
      sets: range,
      perSide: fc.boolean(),
      fromArticles: fc.boolean(),
    }),
  );

  it('doubles when the exercise is done on each side, and never drops when the dose grows', () => {
    fc.assert(
      fc.property(dosage, fc.integer({ min: 1, max: 20 }), (d, more) => {
        const oneSide = estimatedSecondsPerSet({ ...d, perSide: false });
        expect(estimatedSecondsPerSet({ ...d, perSide: true })).toBe(oneSide * 2);
        const bigger: Dosage =
          d.kind === 'hold'
            ? { ...d, holdSeconds: { ...d.holdSeconds, max: d.holdSeconds.max + more } }
            : { ...d, reps: { ...d.reps, max: d.reps.max + more } };
        expect(estimatedSecondsPerSet(bigger)).toBeGreaterThan(estimatedSecondsPerSet(d));
      }),
    );
  });
});

describe('localise', () => {
  it('turns every text into the chosen language and leaves everything else alone', () => {
    fc.assert(
      fc.property(fc.constantFrom(...exercises), fc.constantFrom('en' as const, 'es' as const), (e, lang) => {
        const l = localise(e, lang);
        expect(l.name).toBe(e.name[lang]);
        expect(l.steps).toEqual(e.steps.map((s) => s[lang]));
        expect(l.dosage).toEqual(e.dosage);
        expect(l.contraindications).toEqual(e.contraindications);
        expect(textsIn(l)).toEqual([]);
      }),
    );
  });
});
