import type { ValidateFunction } from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import { VIGNETTES } from '../assessment/vignettes/index.js';
import {
  PAIN_SCORE_LOINC,
  type StoredAssessment,
  toFhirBundle,
  toPainObservation,
  toQuestionnaireResponse,
} from './assessment.js';
import { type R4Validators, r4Validators } from './testing/r4-schema.js';

let validators: R4Validators;
beforeAll(() => {
  validators = r4Validators();
}, 60_000);

const stored = (answers: StoredAssessment['answers'], language: 'en' | 'es' = 'en'): StoredAssessment => ({
  id: '5d7c0f3e-2a4b-4c8e-9f10-1a2b3c4d5e6f',
  personId: '0b9a8c7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d',
  createdAt: '2026-11-21T12:00:00.000Z',
  answers,
  language,
});

const errors = (v: ValidateFunction, data: unknown) => (v(data) ? [] : v.errors);

describe('FHIR R4 export of an assessment', () => {
  it.each(VIGNETTES)('validates against the R4 schema: $id', ({ answers }) => {
    const a = stored(answers);
    expect(errors(validators.QuestionnaireResponse, toQuestionnaireResponse(a))).toEqual([]);
    const obs = toPainObservation(a);
    if (obs) expect(errors(validators.Observation, obs)).toEqual([]);
    expect(errors(validators.Bundle, toFhirBundle(a))).toEqual([]);
  });

  it('the schema check can fail: a wrong status or value type is caught', () => {
    const qr = toQuestionnaireResponse(stored(VIGNETTES[0]!.answers));
    expect(validators.QuestionnaireResponse({ ...qr, status: 'finished' })).toBe(false);
    const obs = toPainObservation(stored(VIGNETTES[0]!.answers))!;
    expect(validators.Observation({ ...obs, valueInteger: 'four' })).toBe(false);
  });

  it('records the pain score with LOINC 72514-3 and links it to the answers', () => {
    const a = stored(VIGNETTES[0]!.answers);
    const obs = toPainObservation(a)!;
    expect(obs.code.coding?.[0]).toMatchObject({ system: 'http://loinc.org', code: PAIN_SCORE_LOINC });
    expect(obs.valueInteger).toBe(VIGNETTES[0]!.answers['pain-now']);
    expect(obs.derivedFrom?.[0]?.reference).toBe(`QuestionnaireResponse/${a.id}`);
  });

  it('points the answers and the pain score at the Patient entry of the bundle', () => {
    const bundle = toFhirBundle(stored(VIGNETTES[0]!.answers));
    const [patient, ...rest] = bundle.entry!;
    expect(patient!.resource?.resourceType).toBe('Patient');
    for (const e of rest) {
      const subject = (e.resource as { subject?: { reference?: string } }).subject;
      expect(`${patient!.fullUrl}`).toBe(`https://psoas.app/fhir/${subject?.reference}`);
    }
  });

  it('keeps every given answer, grouped by section, in the chosen language', () => {
    const answers = VIGNETTES[0]!.answers;
    const qr = toQuestionnaireResponse(stored(answers, 'es'));
    const linkIds = qr.item!.flatMap((g) => g.item!.map((i) => i.linkId));
    expect(linkIds.sort()).toEqual(Object.keys(answers).sort());
    expect(qr.item![0]!.text).toBe('Primero, señales de alarma');
    const activities = qr.item!.flatMap((g) => g.item!).find((i) => i.linkId === 'activities')!;
    expect(activities.answer?.map((x) => x.valueString)).toEqual([
      'Lying on my back in bed',
      'Sitting through a meeting',
    ]);
  });

  it('leaves the Observation out when the person stopped before rating pain', () => {
    const saddle = VIGNETTES.find((v) => v.id === 'saddle-numbness')!;
    const bundle = toFhirBundle(stored(saddle.answers));
    expect(bundle.entry?.map((e) => e.resource?.resourceType)).toEqual(['Patient', 'QuestionnaireResponse']);
  });
});
