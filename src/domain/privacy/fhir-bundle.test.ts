import type { Consent, Patient } from '@medplum/fhirtypes';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type PersonRecord, toFhirBundle } from './fhir-bundle.js';

const iso = fc
  .date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2030-01-01T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString());
const record: fc.Arbitrary<PersonRecord> = fc.record({
  personId: fc.uuid(),
  language: fc.constantFrom('en', 'es'),
  createdAt: iso,
  account: fc.option(
    fc.record({ email: fc.emailAddress(), displayName: fc.string({ minLength: 1, maxLength: 40 }) }),
    {
      nil: null,
    },
  ),
  consents: fc.uniqueArray(
    fc.record({
      id: fc.uuid(),
      clinicId: fc.uuid(),
      scopes: fc.subarray(['assessment', 'programme', 'progress'], { minLength: 1 }),
      grantedAt: iso,
      withdrawnAt: fc.option(iso, { nil: null }),
    }),
    { selector: (c) => c.id, maxLength: 5 },
  ),
});

describe('FHIR export bundle', () => {
  it('is a collection whose first entry is the Patient and whose consents all point at it', () => {
    fc.assert(
      fc.property(record, (r) => {
        fc.pre(r.consents.every((c) => c.id !== r.personId));
        const bundle = toFhirBundle(r, '2026-01-01T00:00:00Z');
        expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
        const entries = bundle.entry ?? [];
        const patient = entries[0]!;
        expect(patient.resource?.resourceType).toBe('Patient');
        expect(new Set(entries.map((e) => e.fullUrl)).size).toBe(entries.length);
        const consents = entries.slice(1).map((e) => e.resource as Consent);
        expect(consents).toHaveLength(r.consents.length);
        for (const c of consents) expect(patient.fullUrl?.endsWith(`/${c.patient?.reference}`)).toBe(true);
      }),
    );
  });

  it('marks withdrawn consents inactive with the end of their period, and live ones active', () => {
    fc.assert(
      fc.property(record, (r) => {
        const consents = (toFhirBundle(r, '2026-01-01T00:00:00Z').entry ?? [])
          .slice(1)
          .map((e) => e.resource as Consent);
        consents.forEach((c, i) => {
          const source = r.consents[i]!;
          expect(c.status).toBe(source.withdrawnAt ? 'inactive' : 'active');
          expect(c.provision?.period?.end).toBe(source.withdrawnAt ?? undefined);
          expect(c.provision?.code?.map((x) => x.coding?.[0]?.code)).toEqual(source.scopes);
        });
      }),
    );
  });

  it('names and reaches the patient only when there is an account', () => {
    fc.assert(
      fc.property(record, (r) => {
        const patient = toFhirBundle(r, '2026-01-01T00:00:00Z').entry?.[0]?.resource as Patient;
        expect(patient.telecom?.[0]?.value).toBe(r.account?.email);
        expect(patient.name?.[0]?.text).toBe(r.account?.displayName);
      }),
    );
  });
});
