import type { z } from 'zod';
import type {
  assessmentListSchema,
  assessmentSchema,
  assessmentSummarySchema,
} from '../../../contract/assessments.js';
import type { calendarFeedSchema, calendarSettingsSchema } from '../../../contract/calendar.js';
import type {
  createProgrammeBody,
  preferencesBody,
  sessionResultListSchema,
  storedProgrammeSchema,
} from '../../../contract/programmes.js';
import type { Preferences, SessionResult, StoredProgramme } from '../../../domain/programme/types.js';
import { ApiError, api } from '../../api.js';
import { pendingResults } from '../../offline/outbox.js';
import {
  cachedProgramme,
  cachedResults,
  cacheProgramme,
  cacheResults,
} from '../../offline/programme-cache.js';

export type AssessmentSummary = z.infer<typeof assessmentSummarySchema>;
export type AssessmentDetail = z.infer<typeof assessmentSchema>;

export interface LoadedProgramme {
  programme: StoredProgramme | null;
  /** True when the server could not be reached and the copy kept on this device is shown. */
  fromCache: boolean;
}

const isOffline = (e: unknown) => e instanceof ApiError && e.status === 0;
const isMissing = (e: unknown) => e instanceof ApiError && (e.status === 404 || e.status === 401);

/** The current programme from the server, kept on the device; the kept copy when offline. */
export async function loadCurrentProgramme(): Promise<LoadedProgramme> {
  try {
    const programme = await api<typeof storedProgrammeSchema>('/api/programmes/current');
    cacheProgramme(programme);
    return { programme, fromCache: false };
  } catch (e) {
    if (isMissing(e)) return { programme: null, fromCache: false };
    const kept = cachedProgramme();
    if (kept && (isOffline(e) || (e instanceof ApiError && e.status >= 500)))
      return { programme: kept, fromCache: true };
    throw e;
  }
}

/** Results stored for the programme plus those still waiting in the outbox, by clientId. */
export async function loadResults(programmeId: string): Promise<SessionResult[]> {
  let known: SessionResult[];
  try {
    known = await api<typeof sessionResultListSchema>(
      `/api/programmes/${encodeURIComponent(programmeId)}/results`,
    );
    cacheResults(known);
  } catch (e) {
    if (!isOffline(e)) throw e;
    known = cachedResults();
  }
  const waiting = pendingResults()
    .filter((i) => i.programmeId === programmeId)
    .map((i) => i.result);
  const byId = new Map([...known, ...waiting].map((r) => [r.clientId, r]));
  return [...byId.values()];
}

export async function latestAssessment(): Promise<AssessmentSummary | null> {
  try {
    const list = await api<typeof assessmentListSchema>('/api/assessments');
    return list[0] ?? null;
  } catch (e) {
    if (isMissing(e)) return null;
    throw e;
  }
}

export const assessmentDetail = (id: string) =>
  api<typeof assessmentSchema>(`/api/assessments/${encodeURIComponent(id)}`);

export async function createProgramme(
  assessmentId: string,
  preferences: Preferences,
): Promise<StoredProgramme> {
  const programme = await api<typeof storedProgrammeSchema, typeof createProgrammeBody>('/api/programmes', {
    method: 'POST',
    body: { assessmentId, preferences },
  });
  cacheProgramme(programme);
  return programme;
}

export async function changePreferences(
  programmeId: string,
  preferences: Preferences,
): Promise<StoredProgramme> {
  const programme = await api<typeof storedProgrammeSchema, typeof preferencesBody>(
    `/api/programmes/${encodeURIComponent(programmeId)}/preferences`,
    {
      method: 'PUT',
      body: preferences,
    },
  );
  cacheProgramme(programme);
  return programme;
}

export const createCalendarFeed = (programmeId: string) =>
  api<typeof calendarFeedSchema>(`/api/programmes/${encodeURIComponent(programmeId)}/calendar-feed`, {
    method: 'POST',
  });

export const revokeCalendarFeed = (programmeId: string) =>
  api(`/api/programmes/${encodeURIComponent(programmeId)}/calendar-feed`, { method: 'DELETE' });

export type CalendarSettings = z.infer<typeof calendarSettingsSchema>;

export const calendarSettings = (programmeId: string) =>
  api<typeof calendarSettingsSchema>(`/api/programmes/${encodeURIComponent(programmeId)}/calendar-settings`);

export const saveCalendarSettings = (programmeId: string, settings: Partial<CalendarSettings>) =>
  api<typeof calendarSettingsSchema>(`/api/programmes/${encodeURIComponent(programmeId)}/calendar-settings`, {
    method: 'PUT',
    body: settings,
  });

export const calendarDownloadUrl = (programmeId: string) =>
  `/api/programmes/${encodeURIComponent(programmeId)}/calendar.ics`;

/** Today's date on this device, as the programme's dates are written (YYYY-MM-DD). */
export function todayLocal(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function formatDate(date: string, lang: string, long = false): string {
  const d = new Date(`${date}T12:00:00`);
  if (Number.isNaN(d.getTime())) return date;
  return new Intl.DateTimeFormat(
    lang,
    long
      ? { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }
      : { weekday: 'short', day: 'numeric', month: 'short' },
  ).format(d);
}
