import type { Bundle, BundleEntry, Consent, Patient, Resource } from '@medplum/fhirtypes';
import { FHIR_BASE, fullUrlOf, PERSON_SYSTEM } from '../fhir/assessment.js';

/** What a person's FHIR export is built from; plain data, so the mapping stays pure. */
export interface PersonRecord {
  personId: string;
  language: string;
  createdAt: string;
  account: { email: string; displayName: string } | null;
  consents: {
    id: string;
    clinicId: string;
    scopes: string[];
    grantedAt: string;
    withdrawnAt: string | null;
  }[];
}

export const CONSENT_SCOPE_SYSTEM = `${FHIR_BASE}/CodeSystem/consent-scope`;
export const CLINIC_SYSTEM = `${FHIR_BASE}/sid/clinic`;
export const CONSENT_SYSTEM = `${FHIR_BASE}/sid/consent`;

const fullUrl = (r: Resource & { id: string }) => fullUrlOf(r);

export function toPatient(record: PersonRecord): Patient & { id: string } {
  const patient: Patient & { id: string } = {
    resourceType: 'Patient',
    id: record.personId,
    identifier: [{ system: PERSON_SYSTEM, value: record.personId }],
    communication: [
      {
        language: { coding: [{ system: 'urn:ietf:bcp:47', code: record.language }] },
        preferred: true,
      },
    ],
  };
  if (record.account) {
    patient.name = [{ text: record.account.displayName }];
    patient.telecom = [{ system: 'email', value: record.account.email }];
  }
  return patient;
}

/** A sharing permission as a FHIR R4 Consent: permit, for the scopes, while not withdrawn. */
export function toConsent(
  record: PersonRecord,
  c: PersonRecord['consents'][number],
): Consent & { id: string } {
  return {
    resourceType: 'Consent',
    id: c.id,
    // Identifiers name each resource for a transaction's conditional update (fhir/transaction.ts).
    identifier: [{ system: CONSENT_SYSTEM, value: c.id }],
    status: c.withdrawnAt ? 'inactive' : 'active',
    scope: {
      coding: [{ system: 'http://terminology.hl7.org/CodeSystem/consentscope', code: 'patient-privacy' }],
    },
    category: [{ coding: [{ system: 'http://loinc.org', code: '59284-0', display: 'Patient Consent' }] }],
    patient: { reference: `Patient/${record.personId}` },
    dateTime: c.grantedAt,
    organization: [
      { identifier: { system: 'https://psoas.app/fhir/NamingSystem/clinic-id', value: c.clinicId } },
    ],
    policyRule: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'OPTIN' }] },
    provision: {
      type: 'permit',
      period: { start: c.grantedAt, ...(c.withdrawnAt ? { end: c.withdrawnAt } : {}) },
      code: c.scopes.map((s) => ({ coding: [{ system: CONSENT_SCOPE_SYSTEM, code: s }] })),
    },
  };
}

/**
 * Everything about the person as a FHIR R4 collection Bundle: the Patient first, then the
 * consents, then any further resources other areas map (e.g. QuestionnaireResponse). For a
 * server import, fhir/transaction.ts turns it into a transaction.
 */
export function toFhirBundle(record: PersonRecord, exportedAt: string, extra: BundleEntry[] = []): Bundle {
  const own = [toPatient(record), ...record.consents.map((c) => toConsent(record, c))];
  const entry: BundleEntry[] = [
    ...own.map((resource) => ({ fullUrl: fullUrl(resource), resource })),
    ...extra,
  ];
  return { resourceType: 'Bundle', type: 'collection', timestamp: exportedAt, entry };
}
