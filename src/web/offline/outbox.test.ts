import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SessionResult } from '../../domain/programme/types.js';
import { flushOutbox, pendingResults, sendResult } from './outbox.js';

/** A server that stores results once per clientId, as the real one does, and can be switched off. */
function fakeServer() {
  const stored = new Map<string, SessionResult>();
  const server = {
    up: true,
    rejectWith: 0,
    posts: 0,
    stored,
    fetch: vi.fn(async (_url: string, init: { body: string }) => {
      if (!server.up) throw new TypeError('Failed to fetch');
      server.posts += 1;
      if (server.rejectWith) {
        return new Response(JSON.stringify({ code: 'invalid', detail: 'refused' }), {
          status: server.rejectWith,
        });
      }
      const result = JSON.parse(init.body) as SessionResult;
      const first = !stored.has(result.clientId);
      if (first) stored.set(result.clientId, result);
      return new Response(JSON.stringify(stored.get(result.clientId)), { status: first ? 201 : 200 });
    }),
  };
  return server;
}

const result = (clientId: string): SessionResult => ({
  clientId,
  sessionId: 's-1',
  completedAt: '2026-11-21T10:00:00.000Z',
  blocks: [{ exerciseId: 'bridge', completed: true }],
  effort: 4,
  painNow: 1,
});

describe('the results outbox', () => {
  let server: ReturnType<typeof fakeServer>;
  beforeEach(() => {
    const data = new Map<string, string>();
    vi.stubGlobal('localStorage', {
      getItem: (k: string) => data.get(k) ?? null,
      setItem: (k: string, v: string) => data.set(k, v),
      removeItem: (k: string) => data.delete(k),
    });
    server = fakeServer();
    vi.stubGlobal('fetch', server.fetch);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('sends at once when the server answers, leaving nothing queued', async () => {
    await expect(sendResult('p-1', result('a'))).resolves.toBe('sent');
    expect(pendingResults()).toEqual([]);
    expect(server.stored.size).toBe(1);
  });

  it('keeps a result recorded without network and sends it once the connection is back', async () => {
    server.up = false;
    await expect(sendResult('p-1', result('a'))).resolves.toBe('queued');
    await expect(sendResult('p-1', result('b'))).resolves.toBe('queued');
    expect(await flushOutbox()).toBe(2);
    server.up = true;
    expect(await flushOutbox()).toBe(0);
    expect([...server.stored.keys()]).toEqual(['a', 'b']);
  });

  it('never duplicates: the same result sent twice is stored once, and queuing it twice keeps one copy', async () => {
    server.up = false;
    await sendResult('p-1', result('a'));
    await sendResult('p-1', result('a'));
    expect(pendingResults()).toHaveLength(1);
    server.up = true;
    await flushOutbox();
    await sendResult('p-1', result('a'));
    expect(server.posts).toBe(2);
    expect(server.stored.size).toBe(1);
  });

  it('retries after a server error but drops a result the server refuses for good', async () => {
    server.rejectWith = 503;
    await expect(sendResult('p-1', result('a'))).resolves.toBe('queued');
    server.rejectWith = 422;
    expect(await flushOutbox()).toBe(0);
    await expect(sendResult('p-1', result('b'))).rejects.toThrow('refused');
    expect(pendingResults()).toEqual([]);
  });
});
