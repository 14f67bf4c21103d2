import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanDataDir } from '../e2e/support/app.js';
import { type AppProcess, startAppProcess } from './support/app-process.js';
import { heapAfterGcMiB, inspectorUrlFrom } from './support/heap.js';
import { mixedLoad } from './support/mixed-load.js';

/**
 * The soak: mixed traffic, no 5xx, no connection error, and the live heap after a full collection
 * does not grow. `npm test` runs it for 20 s, which already shows a leak of a few KiB per request;
 * `npm run test:long` for the full 5 minutes (SOAK_SECONDS=300).
 */
const SECONDS = Number(process.env.SOAK_SECONDS ?? 20);

describe('soak', () => {
  let dataDir = '';
  let app: AppProcess | undefined;
  beforeAll(async () => {
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'psoas-soak-'));
    app = await startAppProcess({ dataDir, nodeArgs: ['--inspect=127.0.0.1:0'] });
  }, 120_000);
  afterAll(async () => {
    await app?.stop();
    await cleanDataDir(dataDir);
  });

  it(
    `serves ${SECONDS} s of mixed load without errors and without memory growing`,
    async () => {
      const inspector = inspectorUrlFrom(app!.output());
      expect(inspector, 'the app prints its inspector URL').toBeDefined();
      // Warm-up (JIT, caches, pools) first; then the live heap after a full collection is compared
      // before and after the rest of the run.
      const warmUp = await mixedLoad({
        url: app!.url,
        pid: app!.child.pid!,
        seconds: Math.round(SECONDS / 4),
      });
      const heapBefore = await heapAfterGcMiB(inspector!);
      const started = Date.now();
      const r = await mixedLoad({
        url: app!.url,
        pid: app!.child.pid!,
        seconds: SECONDS - Math.round(SECONDS / 4),
      });
      const heapAfter = await heapAfterGcMiB(inspector!);
      const heapGrowthMiBPerMin = (heapAfter - heapBefore) / ((Date.now() - started) / 60_000);
      console.log(
        `soak ${SECONDS} s: ${warmUp.requests + r.requests} requests, statuses ${JSON.stringify(r.statuses)}, ` +
          `heap after full GC ${heapBefore.toFixed(1)} → ${heapAfter.toFixed(1)} MiB ` +
          `(${heapGrowthMiBPerMin.toFixed(2)} MiB/min); RSS slope ${r.slopeMiBPerMin.toFixed(2)} MiB/min`,
      );
      expect(warmUp.errors + r.errors).toBe(0);
      expect(Object.keys({ ...warmUp.statuses, ...r.statuses }).filter((s) => Number(s) >= 500)).toEqual([]);
      expect(warmUp.requests + r.requests).toBeGreaterThan(SECONDS * 10);
      // A leak of a few KiB per request would show as tens of MiB per minute at this rate.
      expect(heapGrowthMiBPerMin).toBeLessThan(20);
    },
    (SECONDS + 120) * 1000,
  );
});
