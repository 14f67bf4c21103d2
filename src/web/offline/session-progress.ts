import type { SessionProgress } from '../../domain/player/index.js';
import { readJson, writeJson } from './storage.js';

/**
 * Sessions under way, kept on the device after every exercise, so a reload, a closed tab or a
 * lost connection never loses what was done: reopening the session carries on from the next
 * exercise (or at the end screen when only the ratings were missing). Each keeps the clientId of
 * its play-through, so the result saved at the end is one result however often it was resumed.
 */
export interface KeptSession extends SessionProgress {
  programmeId: string;
  sessionId: string;
  clientId: string;
  savedAt: string;
}

const KEY = 'psoas.sessions.inProgress';

const all = (): KeptSession[] => {
  const kept = readJson<KeptSession[]>(KEY);
  return Array.isArray(kept) ? kept : [];
};

export function keptSession(programmeId: string, sessionId: string): KeptSession | undefined {
  return all().find((k) => k.programmeId === programmeId && k.sessionId === sessionId);
}

/** Sessions of this programme started on this device and not saved yet, latest first. */
export function unfinishedSessions(programmeId: string): KeptSession[] {
  return all()
    .filter((k) => k.programmeId === programmeId)
    .sort((a, b) => (a.savedAt < b.savedAt ? 1 : -1));
}

export function keepSession(progress: Omit<KeptSession, 'savedAt'>): void {
  const others = all().filter(
    (k) => !(k.programmeId === progress.programmeId && k.sessionId === progress.sessionId),
  );
  writeJson(KEY, [...others, { ...progress, savedAt: new Date().toISOString() }]);
}

/** Once the result is saved (sent or queued in the outbox) the progress has done its job. */
export function forgetSession(programmeId: string, sessionId: string): void {
  writeJson(
    KEY,
    all().filter((k) => !(k.programmeId === programmeId && k.sessionId === sessionId)),
  );
}
