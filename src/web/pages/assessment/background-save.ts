import { useEffect, useSyncExternalStore } from 'react';
import type { Answers, AssessmentResult } from '../../../domain/assessment/index.js';
import { scoreAssessment } from '../../../domain/assessment/scoring.js';
import type { Language } from '../../../domain/i18n.js';
import { ApiError } from '../../api.js';
import { type SavedAssessment, submitAssessment } from './assessment-api.js';

/**
 * The result is scored in this browser the moment the person finishes (the very function the
 * server runs on the same answers), shown at once, and saved in the background. Until the server
 * has it, the answers and result wait in localStorage, so a reload, a closed tab or a lost
 * connection loses nothing; saving is retried until it succeeds. The server scores the answers
 * again and its result replaces this one when it answers.
 */
export interface PendingResult {
  /** This browser's name for the unsaved result; the result page's address uses it. */
  localId: string;
  answers: Answers;
  language: Language;
  createdAt: string;
  result: AssessmentResult;
}

export type SaveState =
  | { status: 'saving' }
  /** The last try failed for a reason that passes (offline, server busy); another is planned. */
  | { status: 'retrying'; offline: boolean }
  /** The server refused the answers (a 4xx): retrying the same answers cannot help. */
  | { status: 'refused'; message: string }
  | { status: 'saved'; saved: SavedAssessment };

const KEY = 'psoas.assessment.pending.v1';
export const LOCAL_PREFIX = 'local-';
/** Waits between tries: quick at first, then every half minute (and at once when back online). */
const RETRY_MS = [1000, 2000, 5000, 10000, 30000];

function readAll(): PendingResult[] {
  try {
    const raw = localStorage.getItem(KEY);
    const list = raw ? (JSON.parse(raw) as unknown) : [];
    return Array.isArray(list)
      ? list.filter((p): p is PendingResult => typeof p?.localId === 'string' && typeof p.result === 'object')
      : [];
  } catch {
    return [];
  }
}

function writeAll(list: PendingResult[]): void {
  try {
    if (list.length) localStorage.setItem(KEY, JSON.stringify(list));
    else localStorage.removeItem(KEY);
  } catch {
    // Storage full or disabled: the result stays on screen and is still saved from memory.
  }
}

const memory = new Map<string, PendingResult>();
const states = new Map<string, SaveState>();
const listeners = new Set<() => void>();
const running = new Set<string>();
const wakers = new Set<() => void>();

function setState(localId: string, state: SaveState) {
  states.set(localId, state);
  for (const l of listeners) l();
}

function newLocalId(): string {
  const random = globalThis.crypto?.randomUUID?.() ?? `${Date.now()}-${Math.random().toString(36).slice(2)}`;
  return `${LOCAL_PREFIX}${random}`;
}

/** Scores the answers here, keeps them until saved, and starts saving; answers the local result. */
export function scoreAndSave(answers: Answers, language: Language): PendingResult {
  const pending: PendingResult = {
    localId: newLocalId(),
    answers,
    language,
    createdAt: new Date().toISOString(),
    result: scoreAssessment(answers),
  };
  memory.set(pending.localId, pending);
  writeAll([...readAll(), pending]);
  void saveLoop(pending);
  return pending;
}

export function findPending(localId: string): PendingResult | undefined {
  return memory.get(localId) ?? readAll().find((p) => p.localId === localId);
}

const sleep = (ms: number) =>
  new Promise<void>((resolve) => {
    const wake = () => {
      clearTimeout(timer);
      wakers.delete(wake);
      resolve();
    };
    const timer = setTimeout(wake, ms);
    wakers.add(wake);
  });

if (typeof window !== 'undefined') {
  // Back online: try every waiting save now rather than at its next planned time.
  window.addEventListener('online', () => {
    for (const wake of [...wakers]) wake();
  });
}

async function saveLoop(pending: PendingResult): Promise<void> {
  if (running.has(pending.localId)) return;
  running.add(pending.localId);
  try {
    for (let attempt = 0; ; attempt++) {
      if (attempt === 0) setState(pending.localId, { status: 'saving' });
      try {
        const saved = await submitAssessment(pending.answers, pending.language);
        writeAll(readAll().filter((p) => p.localId !== pending.localId));
        memory.delete(pending.localId);
        setState(pending.localId, { status: 'saved', saved });
        return;
      } catch (e) {
        const status = e instanceof ApiError ? e.status : 0;
        const passing = status === 0 || status === 408 || status === 429 || status >= 500;
        if (!passing) {
          setState(pending.localId, { status: 'refused', message: (e as Error).message });
          return;
        }
        setState(pending.localId, { status: 'retrying', offline: status === 0 });
        await sleep(RETRY_MS[Math.min(attempt, RETRY_MS.length - 1)]!);
      }
    }
  } finally {
    running.delete(pending.localId);
  }
}

/** Results finished in an earlier visit and never saved: saving them starts again. */
export function resumeWaitingSaves(): void {
  for (const p of readAll()) if (!running.has(p.localId) && !states.has(p.localId)) void saveLoop(p);
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The save state of one local result, re-rendering when it changes; resumes a waiting save. */
export function useSaveState(localId: string | undefined): SaveState | undefined {
  useEffect(() => {
    if (!localId) return;
    const pending = findPending(localId);
    if (pending && !running.has(localId) && states.get(localId)?.status !== 'saved') void saveLoop(pending);
  }, [localId]);
  return useSyncExternalStore(
    subscribe,
    () => (localId ? states.get(localId) : undefined),
    () => undefined,
  );
}

/** A result the server answered in this visit, so its page shows without asking again. */
export function savedFromThisVisit(id: string): SavedAssessment | undefined {
  for (const s of states.values()) if (s.status === 'saved' && s.saved.id === id) return s.saved;
  return undefined;
}
