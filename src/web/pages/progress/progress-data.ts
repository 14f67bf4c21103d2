import type { z } from 'zod';
import type { sessionResultListSchema, storedProgrammeSchema } from '../../../contract/programmes.js';
import type { outcomePointSchema, progressSchema } from '../../../contract/progress.js';
import {
  type Adherence,
  adherence,
  adherenceByWeek,
  type Change,
  type Checkin,
  type DosagePoint,
  doneSessions,
  dosageSeries,
  type SessionCounts,
  sessionCounts,
  type WeekAdherence,
  type WeeklySummary,
  weeklySummary,
} from '../../../domain/outcomes/index.js';
import type { SessionResult, StoredProgramme } from '../../../domain/programme/types.js';
import { datePartOf } from '../../../domain/time/index.js';
import { ApiError, api } from '../../api.js';

export type OutcomePoint = z.infer<typeof outcomePointSchema>;

export interface ProgressData {
  today: string;
  checkins: Checkin[];
  assessments: OutcomePoint[];
  changes: { pain: Change | null; function: Change | null };
  programme: StoredProgramme | null;
  results: SessionResult[];
  adherenceWeeks: WeekAdherence[];
  adherenceTotal: Adherence;
  sessions: SessionCounts;
  dosage: Map<string, DosagePoint[]>;
  week: WeeklySummary;
}

/** The browser's own calendar date: check-ins belong to the person's local day. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const missing = (e: unknown) => e instanceof ApiError && (e.status === 401 || e.status === 404);

/** Everything the progress page and the report show, from the progress and programme APIs. */
export async function loadProgress(today = localToday()): Promise<ProgressData> {
  const [progress, programme] = await Promise.all([
    api<typeof progressSchema>('/api/progress').catch((e) => {
      if (missing(e)) return { checkins: [], assessments: [], changes: { pain: null, function: null } };
      throw e;
    }),
    api<typeof storedProgrammeSchema>('/api/programmes/current').catch((e) => {
      if (missing(e)) return null;
      throw e;
    }),
  ]);
  const results = programme
    ? await api<typeof sessionResultListSchema>(
        `/api/programmes/${encodeURIComponent(programme.id)}/results`,
      ).catch(() => [])
    : [];
  const planned = programme?.sessions ?? [];
  const done = doneSessions(results, (r) => datePartOf(r.completedAt));
  return {
    today,
    ...progress,
    programme,
    results,
    adherenceWeeks: programme
      ? adherenceByWeek(planned, done, programme.preferences.startDate, programme.weeks, today)
      : [],
    adherenceTotal: adherence(planned, done, today),
    sessions: sessionCounts(planned, results, today),
    dosage: dosageSeries(planned),
    week: weeklySummary(progress.checkins, planned, done, today),
  };
}
