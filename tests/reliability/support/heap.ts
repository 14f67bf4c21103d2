import WebSocket from 'ws';

/**
 * Live JavaScript heap of a Node process after a full garbage collection, read through its
 * inspector (the process runs with --inspect). RSS follows the collector's sawtooth and cannot
 * tell a leak from garbage over a short run; the heap right after a full collection can.
 */
export async function heapAfterGcMiB(inspectorUrl: string): Promise<number> {
  const ws = new WebSocket(inspectorUrl);
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  let nextId = 1;
  const call = (method: string) =>
    new Promise<Record<string, unknown>>((resolve, reject) => {
      const id = nextId++;
      const onMessage = (data: WebSocket.RawData) => {
        const msg = JSON.parse(String(data)) as {
          id?: number;
          result?: Record<string, unknown>;
          error?: unknown;
        };
        if (msg.id !== id) return;
        ws.off('message', onMessage);
        if (msg.error) reject(new Error(`${method}: ${JSON.stringify(msg.error)}`));
        else resolve(msg.result ?? {});
      };
      ws.on('message', onMessage);
      ws.send(JSON.stringify({ id, method }));
    });
  try {
    await call('HeapProfiler.enable');
    await call('HeapProfiler.collectGarbage');
    const usage = await call('Runtime.getHeapUsage');
    return Number(usage.usedSize) / (1024 * 1024);
  } finally {
    ws.close();
  }
}

/** The inspector's WebSocket URL from the "Debugger listening on ws://…" line a process prints. */
export function inspectorUrlFrom(output: string): string | undefined {
  return /Debugger listening on (ws:\/\/\S+)/.exec(output)?.[1];
}
