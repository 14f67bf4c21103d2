/**
 * The smallest change that matters to a patient (minimal clinically important difference).
 * Pain on the 0–10 scale: 2 points, or 30% of the baseline (Ostelo et al. 2008, Spine 33:90).
 * Patient-Specific Functional Scale mean: 2 points. See docs/tracking.md.
 */
export const PAIN_MCID_POINTS = 2;
export const PAIN_MCID_FRACTION = 0.3;
export const PSFS_MCID_POINTS = 2;

export type Direction = 'better' | 'worse' | 'same';

export interface Change {
  measure: 'pain' | 'function';
  from: number;
  to: number;
  /** to − from, rounded to one decimal. */
  delta: number;
  direction: Direction;
  /** True when the change reaches the smallest change that matters. */
  matters: boolean;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/**
 * Pain change from baseline to latest. A fall counts when it reaches 2 points or 30% of the
 * baseline. A rise counts from 2 points only: 30% of a low baseline (1 → 2) is within the day-to-day
 * wobble of the scale, and 2 points is also what the programme treats as a worse day.
 */
export function painChange(from: number, to: number): Change {
  const delta = round1(to - from);
  const fall = -delta;
  const matters =
    fall > 0
      ? fall >= PAIN_MCID_POINTS || (from > 0 && fall / from >= PAIN_MCID_FRACTION - 1e-9)
      : delta >= PAIN_MCID_POINTS;
  return { measure: 'pain', from, to, delta, direction: direction(-delta), matters };
}

/** Function change (PSFS mean, higher is better); 2 points either way matters. */
export function functionChange(from: number, to: number): Change {
  const delta = round1(to - from);
  return {
    measure: 'function',
    from,
    to,
    delta,
    direction: direction(delta),
    matters: Math.abs(delta) >= PSFS_MCID_POINTS - 1e-9,
  };
}

function direction(improvement: number): Direction {
  if (improvement > 0) return 'better';
  if (improvement < 0) return 'worse';
  return 'same';
}

/** PSFS score: the mean of the activity ratings (0–10), one decimal; null with no activity. */
export function psfsMean(ratings: readonly number[]): number | null {
  if (!ratings.length) return null;
  return round1(ratings.reduce((a, b) => a + b, 0) / ratings.length);
}
