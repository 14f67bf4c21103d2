import type {
  Bundle,
  Element,
  Observation,
  QuestionnaireItem,
  QuestionnaireResponseItem,
} from '@medplum/fhirtypes';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { ITEMS, QUESTIONNAIRE_VERSION } from '../assessment/questionnaire.js';
import { VIGNETTES } from '../assessment/vignettes/index.js';
import { activityEntries } from '../privacy/fhir-activity.js';
import { toFhirBundle as personBundle } from '../privacy/fhir-bundle.js';
import {
  assessmentEntries,
  PAIN_SCORE_LOINC,
  QUESTIONNAIRE_URL,
  type StoredAssessment,
  toFhirBundle,
  toQuestionnaireResponse,
} from './assessment.js';
import { toQuestionnaire } from './questionnaire.js';
import { loincCheckDigitHolds, medplumBundleIssues, medplumIssues } from './testing/medplum-validate.js';
import { r4Validators } from './testing/r4-schema.js';
import { nameUuid, toTransaction } from './transaction.js';

/**
 * What a FHIR server would say: every resource we emit, checked by @medplum/core's validator and
 * the required value-set bindings, as well as the official R4 JSON schema; the transaction's
 * entries must reference each other by urn:uuid and be written by conditional PUT.
 */
beforeAll(() => {
  medplumIssues({ resourceType: 'Patient' });
  r4Validators();
}, 120_000);

const PERSON = '0b9a8c7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d';
const stored = (answers: StoredAssessment['answers'], id = '5d7c0f3e-2a4b-4c8e-9f10-1a2b3c4d5e6f') => ({
  id,
  personId: PERSON,
  createdAt: '2026-11-21T12:00:00.000Z',
  answers,
  language: 'es' as const,
});

/** The person's whole export, as the account route assembles it. */
function fullExport(): Bundle {
  const extra = VIGNETTES.slice(0, 3).flatMap((v, i) =>
    assessmentEntries(stored(v.answers, `5d7c0f3e-2a4b-4c8e-9f10-1a2b3c4d5e6${i}`)),
  );
  extra.push(
    ...activityEntries(PERSON, {
      checkins: [
        {
          id: 'a1f0c2d3-0000-4000-8000-000000000001',
          date: '2026-11-20',
          painNow: 4,
          minutesWalked: 30,
          sittingHours: 6.5,
          sittingBreaks: 4,
          waterGlasses: 6,
          stress: 3,
          classAttended: false,
          note: 'Better after the walk',
        },
      ],
      bookings: [
        {
          id: 'b1f0c2d3-0000-4000-8000-000000000002',
          status: 'cancelled',
          start: '2026-11-25T09:00:00.000Z',
          end: '2026-11-25T09:45:00.000Z',
          serviceName: 'Physiotherapy',
        },
      ],
      programmes: [
        {
          id: 'c1f0c2d3-0000-4000-8000-000000000003',
          createdAt: '2026-11-21T12:05:00.000Z',
          pattern: 'tight',
          sessionDates: ['2026-11-23', '2026-11-25'],
          results: [
            {
              id: 'd1f0c2d3-0000-4000-8000-000000000004',
              sessionId: 's-2026-11-23',
              completedAt: '2026-11-23T18:30:00.000Z',
              effort: 5,
              painNow: 3,
            },
          ],
        },
      ],
    }),
  );
  return personBundle(
    {
      personId: PERSON,
      language: 'es',
      createdAt: '2026-11-01T08:00:00.000Z',
      account: { email: 'ana@example.org', displayName: 'Ana' },
      consents: [
        {
          id: 'e1f0c2d3-0000-4000-8000-000000000005',
          clinicId: 'f1f0c2d3-0000-4000-8000-000000000006',
          scopes: ['assessment'],
          grantedAt: '2026-11-21T12:10:00.000Z',
          withdrawnAt: null,
        },
      ],
    },
    '2026-11-26T10:00:00.000Z',
    extra,
  );
}

const schemaErrors = (b: Bundle) => {
  const v = r4Validators().Bundle;
  return v(b) ? [] : v.errors;
};

/** Every `reference` string anywhere inside a value. */
const referencesIn = (value: unknown): string[] =>
  Array.isArray(value)
    ? value.flatMap(referencesIn)
    : value && typeof value === 'object'
      ? Object.entries(value).flatMap(([k, v]) =>
          k === 'reference' && typeof v === 'string' ? [v] : referencesIn(v),
        )
      : [];

describe('FHIR R4 output checked by @medplum/core and the R4 schema', () => {
  it('the Questionnaire is valid', () => {
    expect(medplumIssues(toQuestionnaire())).toEqual([]);
  });

  it.each(VIGNETTES)('assessment bundle, collection and transaction: $id', ({ answers }) => {
    const collection = toFhirBundle(stored(answers));
    expect(medplumBundleIssues(collection)).toEqual([]);
    expect(schemaErrors(collection)).toEqual([]);
    const transaction = toTransaction(collection);
    expect(medplumBundleIssues(transaction)).toEqual([]);
    expect(schemaErrors(transaction)).toEqual([]);
  });

  it('the whole export, collection and transaction', () => {
    const collection = fullExport();
    expect(medplumBundleIssues(collection)).toEqual([]);
    expect(schemaErrors(collection)).toEqual([]);
    const transaction = toTransaction(collection);
    expect(medplumBundleIssues(transaction)).toEqual([]);
    expect(schemaErrors(transaction)).toEqual([]);
    expect(transaction.entry?.map((e) => e.resource?.resourceType)).toEqual(
      collection.entry?.map((e) => e.resource?.resourceType),
    );
  });

  it('the checks can fail: a wrong status, bundle type, request method or unbound code is caught', () => {
    const obs = toFhirBundle(stored(VIGNETTES[0]!.answers)).entry![2]!.resource as Observation;
    expect(medplumIssues({ ...obs, status: 'finished' as 'final' }).join()).toMatch(/observation-status/);
    expect(medplumIssues({ ...obs, valueInteger: 'four' as unknown as number })).not.toEqual([]);
    const transaction = toTransaction(fullExport());
    expect(medplumIssues({ ...transaction, type: 'transactions' as 'transaction' }).join()).toMatch(
      /bundle-type/,
    );
    const entry = transaction.entry![0]!;
    const badMethod = {
      ...transaction,
      entry: [{ ...entry, request: { ...entry.request!, method: 'PUTS' as 'PUT' } }],
    };
    expect(medplumIssues(badMethod).join()).toMatch(/http-verb/);
    expect(medplumIssues({ ...transaction, entry: [{ ...entry, request: undefined }] })).not.toEqual([]);
  });

  it('the LOINC codes we emit have a valid check digit (and a mistyped one would not)', () => {
    const loinc = JSON.stringify(fullExport())
      .match(/"system":"http:\/\/loinc\.org","code":"([^"]+)"/g)!
      .map((m) => /"code":"([^"]+)"/.exec(m)![1]!);
    expect(new Set(loinc)).toEqual(new Set([PAIN_SCORE_LOINC, '59284-0']));
    for (const code of loinc) expect(loincCheckDigitHolds(code), code).toBe(true);
    expect(loincCheckDigitHolds('72514-4')).toBe(false);
  });
});

describe('transaction Bundle', () => {
  it('writes each entry once by conditional PUT on its identifier, with urn:uuid full URLs', () => {
    const transaction = toTransaction(fullExport());
    const entries = transaction.entry!;
    expect(new Set(entries.map((e) => e.fullUrl)).size).toBe(entries.length);
    for (const e of entries) {
      expect(e.fullUrl).toMatch(
        /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      );
      expect(e.resource).not.toHaveProperty('id');
      expect(e.request?.method).toBe('PUT');
      const [type, query] = e.request!.url.split('?');
      expect(type).toBe(e.resource!.resourceType);
      const [system, value] = new URLSearchParams(query).get('identifier')!.split('|');
      const ids = (e.resource as { identifier?: unknown }).identifier;
      expect([ids].flat()[0]).toEqual({ system, value });
    }
  });

  it('references only its own entries, by urn:uuid, and the answers and pain point at the Patient', () => {
    const transaction = toTransaction(fullExport());
    const urls = new Set(transaction.entry!.map((e) => e.fullUrl));
    const refs = referencesIn(transaction);
    expect(refs.length).toBeGreaterThan(10);
    for (const r of refs) expect(urls.has(r), r).toBe(true);
    const patient = transaction.entry!.find((e) => e.resource?.resourceType === 'Patient')!.fullUrl;
    for (const e of transaction.entry!) {
      const r = e.resource as { resourceType: string; subject?: { reference?: string } };
      if (r.resourceType === 'QuestionnaireResponse' || r.resourceType === 'Observation')
        expect(r.subject?.reference).toBe(patient);
    }
  });

  it('names are stable and distinct: the same export gives the same urn:uuids', () => {
    expect(toTransaction(fullExport())).toEqual(toTransaction(fullExport()));
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        fc.pre(a !== b);
        expect(nameUuid(a)).not.toBe(nameUuid(b));
      }),
    );
  });
});

describe('Questionnaire built from the questionnaire data', () => {
  const questionnaire = toQuestionnaire();
  const flat = (items: QuestionnaireItem[] = []): QuestionnaireItem[] =>
    items.flatMap((i) => [i, ...flat(i.item)]);
  const linkIds = new Set(flat(questionnaire.item).map((i) => i.linkId));

  it('is the one the responses name, and holds every item of the data', () => {
    const qr = toQuestionnaireResponse(stored(VIGNETTES[0]!.answers));
    expect(qr.questionnaire).toBe(`${questionnaire.url}|${questionnaire.version}`);
    expect(questionnaire.url).toBe(QUESTIONNAIRE_URL);
    expect(questionnaire.version).toBe(QUESTIONNAIRE_VERSION);
    for (const item of ITEMS) expect(linkIds.has(item.id), item.id).toBe(true);
  });

  it.each(VIGNETTES)('answers every response linkId with a matching type: $id', ({ answers }) => {
    const byId = new Map(flat(questionnaire.item).map((i) => [i.linkId, i]));
    const walk = (items: QuestionnaireResponseItem[] = []): void => {
      for (const i of items) {
        const q = byId.get(i.linkId);
        expect(q, i.linkId).toBeDefined();
        for (const a of i.answer ?? []) {
          const kind = Object.keys(a).find((k) => k.startsWith('value'))!;
          const expected = {
            boolean: 'valueBoolean',
            integer: 'valueInteger',
            decimal: 'valueDecimal',
            choice: 'valueCoding',
            string: 'valueString',
          }[q!.type as string];
          expect(kind, i.linkId).toBe(expected);
          if (kind === 'valueCoding')
            expect(q!.answerOption?.map((o) => o.valueCoding?.code)).toContain(a.valueCoding?.code);
          walk(a.item);
        }
        walk(i.item);
      }
    };
    walk(toQuestionnaireResponse(stored(answers)).item);
  });

  it('conditions point at earlier questions, and texts carry the Spanish translation', () => {
    for (const item of flat(questionnaire.item)) {
      for (const w of item.enableWhen ?? []) expect(linkIds.has(w.question), w.question).toBe(true);
      if (item.type !== 'group' && !item.linkId.endsWith('.score'))
        expect((item as { _text?: Element })._text?.extension?.[0]?.extension).toEqual([
          { url: 'lang', valueCode: 'es' },
          { url: 'content', valueString: expect.any(String) },
        ]);
    }
    const shown = ITEMS.filter((i) => i.showIf).length;
    expect(flat(questionnaire.item).filter((i) => i.enableWhen).length).toBe(shown);
  });
});
