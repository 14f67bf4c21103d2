import type { sessionProgressSchema } from '../../contract/programmes.js';
import type { SessionProgress } from '../../domain/player/index.js';
import { api } from '../api.js';
import { readJson, writeJson } from './storage.js';

/**
 * Sessions under way, kept on the device after every exercise, so a reload, a closed tab or a
 * lost connection never loses what was done: reopening the session carries on from the next
 * exercise (or at the end screen when only the ratings were missing). Each keeps the clientId of
 * its play-through, so the result saved at the end is one result however often it was resumed.
 * When online, each step is also sent to the server, so the session can be carried on from
 * another device; the device's copy comes first, it is the one that works offline.
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

const progressUrl = (programmeId: string, sessionId: string) =>
  `/api/programmes/${encodeURIComponent(programmeId)}/sessions/${encodeURIComponent(sessionId)}/progress`;

export function keepSession(progress: Omit<KeptSession, 'savedAt'>): void {
  const others = all().filter(
    (k) => !(k.programmeId === progress.programmeId && k.sessionId === progress.sessionId),
  );
  writeJson(KEY, [...others, { ...progress, savedAt: new Date().toISOString() }]);
  if (typeof navigator !== 'undefined' && navigator.onLine === false) return;
  // Best effort, and a moment later: the device's copy already holds it, and sending at the exact
  // instant the next exercise starts would compete with its count-down on a slow phone.
  const key = `${progress.programmeId}/${progress.sessionId}`;
  clearTimeout(pendingSends.get(key));
  pendingSends.set(
    key,
    setTimeout(() => {
      pendingSends.delete(key);
      const { programmeId, sessionId, clientId, blocks, nextBlock } = progress;
      void api(progressUrl(programmeId, sessionId), {
        method: 'PUT',
        body: { clientId, blocks, nextBlock },
      }).catch(() => undefined);
    }, SEND_DELAY_MS),
  );
}

const SEND_DELAY_MS = 1500;
const pendingSends = new Map<string, ReturnType<typeof setTimeout>>();

/** The progress the server kept for this session (from another device), if any. */
export async function serverSession(
  programmeId: string,
  sessionId: string,
): Promise<KeptSession | undefined> {
  if (typeof navigator !== 'undefined' && navigator.onLine === false) return undefined;
  try {
    const kept = await api<typeof sessionProgressSchema>(progressUrl(programmeId, sessionId));
    return { ...kept, programmeId, sessionId };
  } catch {
    return undefined;
  }
}

/** Once the result is saved (sent or queued in the outbox) the progress has done its job. */
export function forgetSession(programmeId: string, sessionId: string): void {
  writeJson(
    KEY,
    all().filter((k) => !(k.programmeId === programmeId && k.sessionId === sessionId)),
  );
}
