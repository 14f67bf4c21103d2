import { addDays } from '../time/index.js';
import { type Adherence, adherence, type DoneSession, type PlannedSession } from './adherence.js';
import { PAIN_MCID_POINTS } from './change.js';
import type { Checkin } from './checkin.js';

export interface WeeklySummary {
  /** First and last day of the seven days summarised. */
  from: string;
  to: string;
  checkins: number;
  painMean: number | null;
  /** Mean pain of the seven days before, for comparison. */
  previousPainMean: number | null;
  painTrend: 'better' | 'worse' | 'same' | 'unknown';
  minutesWalkedMean: number | null;
  sittingHoursMean: number | null;
  sittingBreaksMean: number | null;
  waterGlassesMean: number | null;
  stressMean: number | null;
  classes: number;
  sessions: Adherence;
}

const round1 = (x: number) => Math.round(x * 10) / 10;
function mean(values: number[]): number | null {
  return values.length ? round1(values.reduce((a, b) => a + b, 0) / values.length) : null;
}

/** The seven days ending on `today`, compared with the seven before. */
export function weeklySummary(
  checkins: readonly Checkin[],
  planned: readonly PlannedSession[],
  done: readonly DoneSession[],
  today: string,
): WeeklySummary {
  const from = addDays(today, -6);
  const week = checkins.filter((c) => c.date >= from && c.date <= today);
  const before = checkins.filter((c) => c.date >= addDays(from, -7) && c.date < from);
  const painMean = mean(week.map((c) => c.painNow));
  const previousPainMean = mean(before.map((c) => c.painNow));
  let painTrend: WeeklySummary['painTrend'] = 'unknown';
  if (painMean !== null && previousPainMean !== null) {
    // Weekly means wobble; call it a trend only when it moves by at least half the MCID.
    const d = painMean - previousPainMean;
    painTrend = d <= -PAIN_MCID_POINTS / 2 ? 'better' : d >= PAIN_MCID_POINTS / 2 ? 'worse' : 'same';
  }
  const inWeek = planned.filter((s) => s.date >= from && s.date <= today);
  return {
    from,
    to: today,
    checkins: week.length,
    painMean,
    previousPainMean,
    painTrend,
    minutesWalkedMean: mean(week.map((c) => c.minutesWalked)),
    sittingHoursMean: mean(week.map((c) => c.sittingHours)),
    sittingBreaksMean: mean(week.map((c) => c.sittingBreaks)),
    waterGlassesMean: mean(week.map((c) => c.waterGlasses)),
    stressMean: mean(week.map((c) => c.stress)),
    classes: week.filter((c) => c.classAttended).length,
    sessions: adherence(inWeek, done, today),
  };
}
