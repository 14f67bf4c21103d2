import type { sessionResultSchema } from '../../contract/programmes.js';
import type { SessionResult } from '../../domain/programme/types.js';
import { ApiError, api } from '../api.js';
import { readJson, writeJson } from './storage.js';

/**
 * Session results waiting to reach the server. Each keeps the clientId the player gave it, and the
 * server stores a result once per clientId, so sending one twice (a reply lost on a flaky
 * connection, two tabs syncing) never creates a duplicate.
 */
export interface OutboxItem {
  programmeId: string;
  result: SessionResult;
  queuedAt: string;
}

const KEY = 'psoas.outbox';
export const OUTBOX_EVENT = 'psoas:outbox';

export const pendingResults = (): OutboxItem[] => readJson<OutboxItem[]>(KEY) ?? [];

function save(items: OutboxItem[]): void {
  writeJson(KEY, items);
  globalThis.dispatchEvent?.(new CustomEvent(OUTBOX_EVENT, { detail: items.length }));
}

export function enqueueResult(programmeId: string, result: SessionResult): void {
  const items = pendingResults().filter((i) => i.result.clientId !== result.clientId);
  save([...items, { programmeId, result, queuedAt: new Date().toISOString() }]);
}

function removeFromOutbox(clientId: string): void {
  save(pendingResults().filter((i) => i.result.clientId !== clientId));
}

/** A failure worth retrying later: no network, server busy or down. */
const transient = (e: unknown) =>
  !(e instanceof ApiError) || e.status === 0 || e.status === 408 || e.status === 429 || e.status >= 500;

export type SendOutcome = 'sent' | 'queued' | 'rejected';

/**
 * Sends one result now; when that fails for a passing reason it waits in the outbox. A result the
 * server refuses for good (invalid) is not retried forever: the error is rethrown to the caller.
 */
export async function sendResult(programmeId: string, result: SessionResult): Promise<SendOutcome> {
  enqueueResult(programmeId, result);
  if (typeof navigator !== 'undefined' && navigator.onLine === false) return 'queued';
  try {
    await postResult(programmeId, result);
    removeFromOutbox(result.clientId);
    return 'sent';
  } catch (e) {
    if (transient(e)) return 'queued';
    removeFromOutbox(result.clientId);
    throw e;
  }
}

const postResult = (programmeId: string, result: SessionResult) =>
  api<typeof sessionResultSchema>(`/api/programmes/${encodeURIComponent(programmeId)}/results`, {
    method: 'POST',
    body: result,
  });

let flushing: Promise<number> | undefined;

/** Sends every queued result, oldest first; returns how many are still waiting. */
export function flushOutbox(): Promise<number> {
  flushing ??= (async () => {
    try {
      for (const item of pendingResults()) {
        try {
          await postResult(item.programmeId, item.result);
          removeFromOutbox(item.result.clientId);
        } catch (e) {
          if (transient(e)) break;
          // Refused for good (e.g. the programme was deleted): keeping it would block the queue.
          removeFromOutbox(item.result.clientId);
        }
      }
      return pendingResults().length;
    } finally {
      flushing = undefined;
    }
  })();
  return flushing;
}

let started = false;

/** Sync on start and whenever the connection comes back. Safe to call more than once. */
export function startOutboxSync(): void {
  if (started || typeof window === 'undefined') return;
  started = true;
  window.addEventListener('online', () => void flushOutbox());
  if (pendingResults().length > 0) void flushOutbox();
}
