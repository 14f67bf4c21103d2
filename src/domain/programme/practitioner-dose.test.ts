import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../time/index.js';
import { generateProgramme } from './generate.js';
import { type History, painLog, sessionIdFor, WORSE_DAY_EASING_DAYS } from './history.js';
import { EASED_BELOW_PRACTITIONER, practitionerDoseEasing } from './practitioner-dose.js';
import { applyPractitionerEdits, type DoseChange, type PatientContext } from './review.js';
import { resultFrom, reviewPreferences, reviewShape } from './testing/arbitraries.js';
import type { Block, Programme, Session } from './types.js';

const prefs = reviewPreferences;
const shape = reviewShape;
const result = resultFrom(shape);
const middle = (s: Session) => s.blocks.filter((b) => b.phase !== 'warm-up' && b.phase !== 'cool-down');
/** The first stretch or strengthening exercise with sets and a hold or reps, present from the start. */
const plain = generateProgramme(result, prefs);
const target = middle(plain.sessions[0]!).find(
  (b) => b.phase !== 'release' && (b.dose.reps ?? b.dose.holdSeconds),
)!;
const TARGET = target.exerciseId;
/** The practitioner's dose: above anything the generator gives, so every easing shows. */
const PRACTITIONER: DoseChange = { sets: 6, ...(target.dose.reps ? { reps: 40 } : { holdSeconds: 150 }) };
const BASELINE = 3;

const blocksOf = (p: Programme, id: string): { session: Session; block: Block }[] =>
  p.sessions.flatMap((session) =>
    session.blocks.filter((b) => b.exerciseId === id).map((block) => ({ session, block })),
  );

/** The generator's programme with this history, and the practitioner's review applied from `reviewedOn`. */
function reviewed(history: History, reviewedOn: string, fromDate = prefs.startDate) {
  const generated = generateProgramme(result, prefs, history);
  const ctx: PatientContext = {
    result,
    assessedOn: prefs.startDate,
    fromDate,
    doneSessionIds: [],
    pain: { log: painLog(history, BASELINE), reviewedOn },
  };
  const out = applyPractitionerEdits(
    generated,
    { exercises: [{ kind: 'change', exerciseId: TARGET, dose: PRACTITIONER }] },
    ctx,
  );
  if (!out.ok) throw new Error(JSON.stringify(out.refusals));
  return { generated, programme: out.programme, ctx };
}

const figures = (b: Block) => ({ sets: b.dose.sets, reps: b.dose.reps, holdSeconds: b.dose.holdSeconds });
const asPractitioner = {
  sets: PRACTITIONER.sets,
  reps: PRACTITIONER.reps,
  holdSeconds: PRACTITIONER.holdSeconds,
};

describe('practitioner-dose-ceiling', () => {
  it('eases the practitioner’s dose for a week after a worse day, says why, then gives it back', () => {
    const worse = addDays(prefs.startDate, 9);
    const { generated, programme } = reviewed(
      { results: [], checkins: [{ date: worse, painNow: BASELINE + 2 }] },
      prefs.startDate,
    );
    const seen = { eased: 0, back: 0 };
    for (const { session, block } of blocksOf(programme, TARGET)) {
      const inWindow = session.date > worse && session.date <= addDays(worse, WORSE_DAY_EASING_DAYS);
      if (inWindow) {
        const generator = blocksOf(generated, TARGET).find((x) => x.session.id === session.id)!.block;
        expect(block.dose.sets).toBeLessThanOrEqual(generator.dose.sets);
        expect(figures(block)).not.toEqual(asPractitioner);
        expect(block.note?.en).toContain(EASED_BELOW_PRACTITIONER['worse-day'].en);
        expect(block.note?.es).toContain(EASED_BELOW_PRACTITIONER['worse-day'].es);
        seen.eased++;
      } else {
        expect(figures(block)).toEqual(asPractitioner);
        expect(block.note?.en ?? '').not.toContain('practitioner');
        if (session.date > worse) seen.back++;
      }
    }
    expect(seen.eased).toBeGreaterThan(0);
    expect(seen.back).toBeGreaterThan(0);
  });

  it('eases it after pain reported in the exercise since the review, not for pain the practitioner already knew', () => {
    const day = addDays(prefs.startDate, 11);
    const hurt: History = {
      results: [
        {
          clientId: '00000000-0000-4000-8000-000000000001',
          sessionId: sessionIdFor(day),
          completedAt: `${day}T10:00:00.000Z`,
          blocks: [{ exerciseId: TARGET, completed: false, pain: { where: 'hip', level: 6 } }],
          effort: 5,
          painNow: BASELINE,
        },
      ],
    };
    const since = reviewed(hurt, prefs.startDate);
    const window = blocksOf(since.programme, TARGET).filter(
      ({ session }) => session.date > day && session.date <= addDays(day, WORSE_DAY_EASING_DAYS),
    );
    expect(window.length).toBeGreaterThan(0);
    for (const { block } of window) {
      expect(figures(block)).not.toEqual(asPractitioner);
      expect(block.note?.en).toContain(EASED_BELOW_PRACTITIONER['pain-reported'].en);
    }
    // Reviewed after the report: the practitioner decided with it in view.
    const after = reviewed(hurt, addDays(day, 1));
    for (const { block } of blocksOf(after.programme, TARGET)) expect(figures(block)).toEqual(asPractitioner);
  });
});

const dates = fc.integer({ min: 0, max: 45 }).map((n) => addDays(prefs.startDate, n));

describe('practitioner-dose-ceiling (properties)', () => {
  it('never goes above the practitioner’s dose nor, while pain eases, above the generator’s eased dose', () => {
    fc.assert(
      fc.property(
        fc.array(dates, { maxLength: 3 }),
        fc.array(dates, { maxLength: 3 }),
        dates,
        (worseDays, hurtDays, reviewedOn) => {
          const history: History = {
            checkins: worseDays.map((date) => ({ date, painNow: BASELINE + 3 })),
            results: hurtDays.map((date, i) => ({
              clientId: `00000000-0000-4000-8000-00000000000${i}`,
              sessionId: sessionIdFor(date),
              completedAt: `${date}T10:00:00.000Z`,
              blocks: [{ exerciseId: TARGET, completed: true, pain: { where: 'hip', level: 5 } }],
              effort: 4,
              painNow: BASELINE,
            })),
          };
          const { generated, programme, ctx } = reviewed(history, reviewedOn);
          for (const { session, block } of blocksOf(programme, TARGET)) {
            expect(block.dose.sets).toBeLessThanOrEqual(PRACTITIONER.sets ?? 0);
            expect(block.dose.reps ?? 0).toBeLessThanOrEqual(PRACTITIONER.reps ?? 0);
            expect(block.dose.holdSeconds ?? 0).toBeLessThanOrEqual(PRACTITIONER.holdSeconds ?? 0);
            const easing = practitionerDoseEasing(ctx.pain, TARGET, session.date);
            if (!easing) {
              expect(figures(block)).toEqual(asPractitioner);
              continue;
            }
            const generator = blocksOf(generated, TARGET).find((x) => x.session.id === session.id)?.block;
            if (!generator) continue;
            expect(block.dose.sets).toBeLessThanOrEqual(generator.dose.sets);
            expect(block.dose.reps ?? 0).toBeLessThanOrEqual(generator.dose.reps ?? 0);
            expect(block.dose.holdSeconds ?? 0).toBeLessThanOrEqual(generator.dose.holdSeconds ?? 0);
            expect(block.note?.en).toContain(EASED_BELOW_PRACTITIONER[easing].en);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('gives the dose back once every worse day and every report since the review is over a week old', () => {
    fc.assert(
      fc.property(
        fc.array(dates, { maxLength: 4 }),
        fc.array(dates, { maxLength: 4 }),
        dates,
        dates,
        (worseDays, hurtDays, reviewedOn, date) => {
          const history: History = {
            checkins: worseDays.map((d) => ({ date: d, painNow: 9 })),
            results: hurtDays.map((d, i) => ({
              clientId: `00000000-0000-4000-8000-00000000000${i}`,
              sessionId: sessionIdFor(d),
              completedAt: `${d}T10:00:00.000Z`,
              blocks: [{ exerciseId: TARGET, completed: true, pain: { where: 'hip', level: 5 } }],
              effort: 4,
              painNow: 0,
            })),
          };
          const easing = practitionerDoseEasing({ log: painLog(history, 3), reviewedOn }, TARGET, date);
          const settled = (d: string) => date > addDays(d, WORSE_DAY_EASING_DAYS) || date <= d;
          const stillHurting =
            !worseDays.every(settled) || !hurtDays.filter((d) => d >= reviewedOn).every(settled);
          expect(easing !== undefined).toBe(stillHurting);
          if (easing === 'pain-reported') expect(hurtDays.some((d) => d >= reviewedOn)).toBe(true);
        },
      ),
    );
  });
});
