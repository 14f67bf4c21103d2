import type { Dose } from '../programme/types.js';

export interface DosagePoint {
  date: string;
  /** Work per session: reps × sets, or seconds held / moved × sets (× 2 when per side). */
  amount: number;
  unit: 'reps' | 'seconds';
}

/** A dose as one number, so its progression over the weeks can be drawn. */
export function doseAmount(dose: Dose): Pick<DosagePoint, 'amount' | 'unit'> {
  const sides = dose.perSide ? 2 : 1;
  if (dose.reps !== undefined) return { amount: dose.reps * dose.sets * sides, unit: 'reps' };
  const seconds = dose.holdSeconds ?? dose.durationSeconds ?? 0;
  return { amount: seconds * dose.sets * sides, unit: 'seconds' };
}

/** Per exercise, the planned dose of each session that includes it, in date order. */
export function dosageSeries(
  sessions: readonly { date: string; blocks: readonly { exerciseId: string; dose: Dose }[] }[],
): Map<string, DosagePoint[]> {
  const out = new Map<string, DosagePoint[]>();
  const sorted = [...sessions].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  for (const s of sorted) {
    for (const b of s.blocks) {
      const list = out.get(b.exerciseId) ?? [];
      // One point per date: an exercise done twice in a session adds up.
      const last = list[list.length - 1];
      const point = { date: s.date, ...doseAmount(b.dose) };
      if (last && last.date === s.date && last.unit === point.unit) last.amount += point.amount;
      else list.push(point);
      out.set(b.exerciseId, list);
    }
  }
  return out;
}
