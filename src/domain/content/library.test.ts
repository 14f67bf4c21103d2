import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  EQUIPMENT,
  exerciseById,
  exercises,
  filterExercises,
  formatDosage,
  POSITIONS,
  PURPOSES,
} from './index.js';

const ids = (list: readonly { id: string }[]) => list.map((e) => e.id);

describe('filterExercises', () => {
  it('filters by purpose, equipment and position together', () => {
    expect(ids(filterExercises(exercises, { purpose: 'release' }, 'en'))).toEqual([
      'foam-roll-tfl',
      'foam-roll-adductors',
    ]);
    expect(ids(filterExercises(exercises, { equipment: 'exercise-ball' }, 'en'))).toEqual([
      'ball-backbend',
      'ball-bridge',
      'ball-sit-up',
    ]);
    expect(ids(filterExercises(exercises, { purpose: 'strengthen', position: 'side-lying' }, 'en'))).toEqual([
      'clamshell',
      'side-lying-leg-lift',
    ]);
    expect(ids(filterExercises(exercises, { equipment: 'none' }, 'en'))).toEqual([
      'standing-back-bend',
      'forward-lunge',
      'gentle-walk',
    ]);
  });

  it('searches in the reader’s language, ignoring case and accents', () => {
    expect(ids(filterExercises(exercises, { query: 'LUNGE' }, 'en'))).toEqual([
      'kneeling-lunge',
      'lizard-pose',
      'forward-lunge',
    ]);
    expect(ids(filterExercises(exercises, { query: 'zancada' }, 'es'))).toEqual([
      'kneeling-lunge',
      'lizard-pose',
      'forward-lunge',
    ]);
    expect(ids(filterExercises(exercises, { query: 'pelota puente' }, 'es'))).toEqual(['ball-bridge']);
    expect(filterExercises(exercises, { query: 'rodillo' }, 'es').map((e) => e.id)).toContain(
      'foam-roll-tfl',
    );
    expect(filterExercises(exercises, { query: 'electrica' }, 'es')).toEqual([]);
    expect(filterExercises(exercises, { query: 'zancada' }, 'en')).toEqual([]);
  });

  it('returns only matching exercises, and every exercise when there is no criterion', () => {
    expect(filterExercises(exercises, {}, 'en')).toEqual(exercises);
    fc.assert(
      fc.property(
        fc.record({
          purpose: fc.option(fc.constantFrom(...PURPOSES), { nil: undefined }),
          equipment: fc.option(fc.constantFrom(...EQUIPMENT), { nil: undefined }),
          position: fc.option(fc.constantFrom(...POSITIONS), { nil: undefined }),
        }),
        fc.constantFrom('en' as const, 'es' as const),
        (filter, lang) => {
          const found = filterExercises(exercises, filter, lang);
          for (const e of found) {
            if (filter.purpose) expect(e.purpose).toBe(filter.purpose);
            if (filter.equipment) expect(e.equipment).toContain(filter.equipment);
            if (filter.position) expect(e.position).toBe(filter.position);
          }
          const missed = exercises.filter((e) => !found.includes(e));
          for (const e of missed) {
            const matches =
              (!filter.purpose || e.purpose === filter.purpose) &&
              (!filter.equipment || e.equipment.includes(filter.equipment)) &&
              (!filter.position || e.position === filter.position);
            expect(matches).toBe(false);
          }
        },
      ),
    );
  });
});

describe('formatDosage', () => {
  it('reads like an instruction in both languages', () => {
    expect(formatDosage(exerciseById('kneeling-lunge').dosage, 'en')).toBe('Hold 30 s · 3 times · each side');
    expect(formatDosage(exerciseById('kneeling-lunge').dosage, 'es')).toBe(
      'Mantener 30 s · 3 veces · cada lado',
    );
    expect(formatDosage(exerciseById('supine-leg-lift').dosage, 'en')).toBe(
      '10–15 repetitions · hold 3–5 s each · 1 set · each side',
    );
    expect(formatDosage(exerciseById('bridge').dosage, 'es')).toBe('10–15 repeticiones · 1–2 series');
    expect(formatDosage(exerciseById('gentle-walk').dosage, 'en')).toBe('15–30 min');
  });
});
