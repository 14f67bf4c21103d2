import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planSetup, slugify, uniqueSlugs } from './setup.js';

const weekdays = { 1: [{ start: '09:00', end: '17:00' }], 2: [{ start: '09:00', end: '17:00' }] };
const valid = {
  clinic: {
    name: 'Clínica Añil',
    timeZone: 'Europe/Madrid',
    languages: ['es' as const],
    openingHours: weekdays,
  },
  services: [{ name: 'Masaje', durationMinutes: 45, bufferBeforeMinutes: 0, bufferAfterMinutes: 15 }],
  practitioners: [{ displayName: 'Ana Ruiz', workingHours: weekdays, services: [0] }],
};

describe('first-run plan', () => {
  it('names the parts of a valid clinic and finds nothing wrong', () => {
    const { plan, problems } = planSetup(valid);
    expect(problems).toEqual([]);
    expect(plan).toEqual({
      clinicSlug: 'clinica-anil',
      serviceSlugs: ['masaje'],
      practitionerSlugs: ['ana-ruiz'],
    });
  });

  it('puts each problem next to its field', () => {
    const { problems } = planSetup({
      ...valid,
      clinic: { ...valid.clinic, timeZone: 'Mars/Olympus', openingHours: {} },
      practitioners: [
        { displayName: 'Ana', workingHours: { 6: [{ start: '10:00', end: '12:00' }] }, services: [3] },
      ],
    });
    const fields = problems.map((p) => p.field);
    expect(fields).toContain('clinic.timeZone');
    expect(fields).toContain('clinic.openingHours');
    expect(fields).toContain('practitioners.0.workingHours');
    expect(fields).toContain('practitioners.0.services');
  });

  it('refuses a clinic nobody could book: no service or no practitioner', () => {
    const fields = planSetup({ ...valid, services: [], practitioners: [] }).problems.map((p) => p.field);
    expect(fields).toEqual(expect.arrayContaining(['services', 'practitioners']));
  });

  it('slugs are URL-safe and never empty', () => {
    fc.assert(
      fc.property(fc.string(), (name) => {
        const s = slugify(name, 'x');
        expect(s).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        expect(s.length).toBeLessThanOrEqual(48);
      }),
    );
  });

  it('slugs within one list are unique', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('Massage', 'massage', 'MASSAGE!', '', 'Osteo', 'massage-2')),
        (names) => {
          const slugs = uniqueSlugs(names, 'service');
          expect(new Set(slugs).size).toBe(slugs.length);
        },
      ),
    );
  });
});
