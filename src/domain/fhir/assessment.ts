import type {
  Bundle,
  BundleEntry,
  Observation,
  Patient,
  QuestionnaireResponse,
  QuestionnaireResponseItem,
  QuestionnaireResponseItemAnswer,
} from '@medplum/fhirtypes';
import { type Answers, isVisible } from '../assessment/answers.js';
import { ITEMS, type Item, QUESTIONNAIRE_VERSION, SECTIONS } from '../assessment/questionnaire.js';
import type { Language } from '../i18n.js';

/**
 * A stored assessment as FHIR R4: the answers as a QuestionnaireResponse and the current pain as
 * an Observation (LOINC 72514-3, 0–10 numeric rating), both about a Patient entry, in a
 * collection Bundle (or a transaction, see transaction.ts). Pure: the caller passes ids and the
 * time the assessment was saved.
 */
export const FHIR_BASE = 'https://psoas.app/fhir';
export const QUESTIONNAIRE_URL = `${FHIR_BASE}/Questionnaire/psoas-self-assessment`;
export const PERSON_SYSTEM = `${FHIR_BASE}/sid/person`;
export const ANSWER_SYSTEM = `${FHIR_BASE}/CodeSystem/assessment-answer`;
export const PAIN_SCORE_LOINC = '72514-3';
export const ASSESSMENT_SYSTEM = `${FHIR_BASE}/sid/assessment`;
export const PAIN_OBSERVATION_SYSTEM = `${FHIR_BASE}/sid/assessment-pain`;

/** A resource's RESTful full URL on our base, so relative references between entries resolve. */
export const fullUrlOf = (r: { resourceType: string; id: string }) =>
  `${FHIR_BASE}/${r.resourceType}/${r.id}`;
export const patientReference = (personId: string) => ({ reference: `Patient/${personId}` });

/** The least a Patient entry needs for references to it to resolve: its id and identifier. */
export function minimalPatient(personId: string): Patient & { id: string } {
  return { resourceType: 'Patient', id: personId, identifier: [{ system: PERSON_SYSTEM, value: personId }] };
}

export interface StoredAssessment {
  id: string;
  personId: string;
  /** ISO 8601 instant with offset (e.g. 2026-11-21T12:00:00.000Z). */
  createdAt: string;
  answers: Answers;
  language: Language;
}

function answersOf(item: Item, value: unknown, language: Language): QuestionnaireResponseItemAnswer[] {
  const coding = (id: string) => {
    const option = 'options' in item ? item.options.find((o) => o.id === id) : undefined;
    return {
      valueCoding: { system: `${ANSWER_SYSTEM}/${item.id}`, code: id, display: option?.text[language] ?? id },
    };
  };
  switch (item.type) {
    case 'yes-no':
      return [{ valueBoolean: value === true }];
    case 'scale':
      return [{ valueInteger: value as number }];
    case 'number':
      return Number.isInteger(value) && item.step === 1
        ? [{ valueInteger: value as number }]
        : [{ valueDecimal: value as number }];
    case 'single':
      return [coding(value as string)];
    case 'multi':
      return (value as string[]).map(coding);
    case 'activities':
      // One answer per activity: its name, with the 0–10 rating nested beneath it.
      return (value as { activity: string; score: number }[]).map((a) => ({
        valueString: a.activity,
        item: [{ linkId: `${item.id}.score`, text: 'Rating 0–10', answer: [{ valueInteger: a.score }] }],
      }));
  }
}

export function toQuestionnaireResponse(a: StoredAssessment): QuestionnaireResponse {
  const groups: QuestionnaireResponseItem[] = [];
  for (const section of SECTIONS) {
    const items: QuestionnaireResponseItem[] = [];
    for (const item of ITEMS) {
      if (item.section !== section.id) continue;
      const value = a.answers[item.id];
      if (value === undefined || !isVisible(item, a.answers)) continue;
      items.push({
        linkId: item.id,
        text: item.text[a.language],
        answer: answersOf(item, value, a.language),
      });
    }
    if (items.length > 0) groups.push({ linkId: section.id, text: section.title[a.language], item: items });
  }
  return {
    resourceType: 'QuestionnaireResponse',
    id: a.id,
    identifier: { system: ASSESSMENT_SYSTEM, value: a.id },
    questionnaire: `${QUESTIONNAIRE_URL}|${QUESTIONNAIRE_VERSION}`,
    status: 'completed',
    subject: patientReference(a.personId),
    authored: a.createdAt,
    item: groups,
  };
}

/** The pain-now Observation, or undefined when the person stopped before rating their pain. */
export function toPainObservation(a: StoredAssessment): Observation | undefined {
  const pain = a.answers['pain-now'];
  if (typeof pain !== 'number') return undefined;
  return {
    resourceType: 'Observation',
    id: `${a.id}-pain`,
    identifier: [{ system: PAIN_OBSERVATION_SYSTEM, value: a.id }],
    status: 'final',
    category: [
      {
        coding: [
          {
            system: 'http://terminology.hl7.org/CodeSystem/observation-category',
            code: 'survey',
            display: 'Survey',
          },
        ],
      },
    ],
    code: {
      coding: [
        {
          system: 'http://loinc.org',
          code: PAIN_SCORE_LOINC,
          display: 'Pain severity - 0-10 verbal numeric rating [Score] - Reported',
        },
      ],
      text: 'Pain now (0–10)',
    },
    subject: patientReference(a.personId),
    effectiveDateTime: a.createdAt,
    valueInteger: pain,
    derivedFrom: [{ reference: `QuestionnaireResponse/${a.id}` }],
  };
}

/** The assessment's own entries (no Patient): for bundles that hold the Patient already. */
export function assessmentEntries(a: StoredAssessment): BundleEntry[] {
  const qr = toQuestionnaireResponse(a);
  const obs = toPainObservation(a);
  return [
    { fullUrl: fullUrlOf({ resourceType: 'QuestionnaireResponse', id: a.id }), resource: qr },
    ...(obs ? [{ fullUrl: fullUrlOf({ resourceType: 'Observation', id: obs.id! }), resource: obs }] : []),
  ];
}

/** One assessment on its own: the Patient it is about, the answers and the pain score. */
export function toFhirBundle(a: StoredAssessment): Bundle {
  const patient = minimalPatient(a.personId);
  return {
    resourceType: 'Bundle',
    type: 'collection',
    timestamp: a.createdAt,
    entry: [{ fullUrl: fullUrlOf(patient), resource: patient }, ...assessmentEntries(a)],
  };
}
