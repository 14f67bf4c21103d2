/**
 * A pose model's angle jitters by a few degrees from frame to frame. A reading is shown only once
 * the person has held still: the last `count` frames that measured agree within `spread`
 * degrees, and their median is the reading.
 */
export interface SteadyOptions {
  readonly count: number;
  readonly spread: number;
}

export const STEADY: SteadyOptions = { count: 12, spread: 4 };

export function steadyReading(
  samples: readonly number[],
  options: SteadyOptions = STEADY,
): number | undefined {
  if (samples.length < options.count) return undefined;
  const recent = samples.slice(-options.count);
  if (recent.some((s) => !Number.isFinite(s))) return undefined;
  const sorted = [...recent].sort((a, b) => a - b);
  if (sorted[sorted.length - 1]! - sorted[0]! > options.spread) return undefined;
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
