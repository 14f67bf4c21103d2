import type { Appointment, Observation, Procedure } from '@medplum/fhirtypes';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { r4Validators } from '../fhir/testing/r4-schema.js';
import {
  activityEntries,
  type BookingRecord,
  type CheckinRecord,
  checkinObservation,
  type ProgrammeRecord,
} from './fhir-activity.js';
import { toFhirBundle } from './fhir-bundle.js';

const iso = fc
  .date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2030-01-01T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString());
const plainDate = iso.map((d) => d.slice(0, 10));
const score = fc.integer({ min: 0, max: 10 });

const checkin: fc.Arbitrary<CheckinRecord> = fc.record({
  id: fc.uuid(),
  date: plainDate,
  painNow: score,
  minutesWalked: fc.integer({ min: 0, max: 600 }),
  sittingHours: fc.double({ min: 0, max: 24, noNaN: true }).map((h) => Math.round(h * 2) / 2),
  sittingBreaks: fc.integer({ min: 0, max: 50 }),
  waterGlasses: fc.integer({ min: 0, max: 30 }),
  stress: score,
  classAttended: fc.boolean(),
  note: fc.string({ maxLength: 40 }),
});
const booking: fc.Arbitrary<BookingRecord> = fc
  .record({
    id: fc.uuid(),
    status: fc.constantFrom('active', 'cancelled', 'no_show', 'completed'),
    start: iso,
    minutes: fc.integer({ min: 5, max: 240 }),
    serviceName: fc.option(fc.string({ minLength: 1, maxLength: 30 }), { nil: null }),
  })
  .map(({ minutes, ...b }) => ({
    ...b,
    end: new Date(Date.parse(b.start) + minutes * 60_000).toISOString(),
  }));
const programme: fc.Arbitrary<ProgrammeRecord> = fc.record({
  id: fc.uuid(),
  createdAt: iso,
  pattern: fc.constantFrom('tight', 'weak', 'mixed'),
  sessionDates: fc.array(plainDate, { maxLength: 18 }),
  results: fc.uniqueArray(
    fc.record({
      id: fc.uuid(),
      sessionId: plainDate.map((d) => `s-${d}`),
      completedAt: iso,
      effort: score,
      painNow: score,
    }),
    { selector: (r) => r.id, maxLength: 4 },
  ),
});
const record = fc.record({
  personId: fc.uuid(),
  checkins: fc.uniqueArray(checkin, { selector: (c) => c.id, maxLength: 5 }),
  bookings: fc.uniqueArray(booking, { selector: (b) => b.id, maxLength: 3 }),
  programmes: fc.uniqueArray(programme, { selector: (p) => p.id, maxLength: 2 }),
});
const person = (personId: string) => ({
  personId,
  language: 'en',
  createdAt: '2026-01-01T00:00:00Z',
  account: null,
  consents: [],
});

describe('FHIR export of check-ins, bookings and programmes', () => {
  it('is valid R4 and points every resource at the Patient', () => {
    const validate = r4Validators().Bundle;
    fc.assert(
      fc.property(record, (r) => {
        const entries = activityEntries(r.personId, r);
        const bundle = toFhirBundle(person(r.personId), '2026-01-01T00:00:00Z', entries);
        expect(validate(bundle), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
        for (const e of entries) {
          const res = e.resource as {
            subject?: { reference: string };
            participant?: { actor: { reference: string } }[];
          };
          const ref = res.subject?.reference ?? res.participant?.[0]?.actor.reference;
          expect(ref).toBe(`Patient/${r.personId}`);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('keeps every check-in value and each played session under its programme', () => {
    fc.assert(
      fc.property(record, (r) => {
        const resources = activityEntries(r.personId, r).map((e) => e.resource!);
        const observations = resources.filter((x): x is Observation => x.resourceType === 'Observation');
        expect(observations).toHaveLength(r.checkins.length);
        observations.forEach((o, i) => {
          const c = r.checkins[i]!;
          const v = (code: string) => {
            const comp = o.component!.find((x) => x.code.coding?.[0]?.code === code)!;
            return comp.valueQuantity?.value ?? comp.valueInteger ?? comp.valueBoolean;
          };
          expect({
            id: o.id,
            date: o.effectiveDateTime,
            painNow: o.valueInteger,
            minutesWalked: v('minutes-walked'),
            sittingHours: v('sitting-hours'),
            sittingBreaks: v('sitting-breaks'),
            waterGlasses: v('water-glasses'),
            stress: v('stress'),
            classAttended: v('class-attended'),
            note: o.note?.[0]?.text ?? '',
          }).toEqual(c);
        });
        const appointments = resources.filter((x): x is Appointment => x.resourceType === 'Appointment');
        expect(appointments.map((a) => [a.id, a.start, a.end])).toEqual(
          r.bookings.map((b) => [b.id, b.start, b.end]),
        );
        const procedures = resources.filter((x): x is Procedure => x.resourceType === 'Procedure');
        expect(procedures.map((p) => [p.basedOn?.[0]?.reference, p.performedDateTime])).toEqual(
          r.programmes.flatMap((p) => p.results.map((x) => [`CarePlan/${p.id}`, x.completedAt])),
        );
      }),
    );
  });

  it('names each check-in by its own row, so check-ins of two people on one day differ', () => {
    fc.assert(
      fc.property(fc.uuid(), fc.uuid(), checkin, fc.uuid(), (alice, bob, c, otherId) => {
        fc.pre(c.id !== otherId);
        const a = checkinObservation(alice, c);
        const b = checkinObservation(bob, { ...c, id: otherId });
        expect(a.id).not.toBe(b.id);
        expect(a.id).not.toContain(c.date);
        expect(a.identifier?.[0]?.value).toBe(c.id);
      }),
    );
  });
});
