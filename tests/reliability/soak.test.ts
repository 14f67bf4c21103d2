import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanDataDir } from '../e2e/support/app.js';
import { type AppProcess, startAppProcess } from './support/app-process.js';
import { mixedLoad } from './support/mixed-load.js';

/**
 * A short soak: 45 s of mixed traffic. It catches gross leaks (tens of MiB a minute) and any
 * 5xx under sustained load; the 5-minute run with the reported slope is bench/soak.ts.
 */
const SECONDS = Number(process.env.SOAK_SECONDS ?? 45);

describe('soak (short)', () => {
  let dataDir = '';
  let app: AppProcess | undefined;
  beforeAll(async () => {
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'psoas-soak-'));
    app = await startAppProcess({ dataDir });
  }, 120_000);
  afterAll(async () => {
    await app?.stop();
    await cleanDataDir(dataDir);
  });

  it(`serves ${SECONDS} s of mixed load without errors and without memory growing`, async () => {
    const r = await mixedLoad({ url: app!.url, pid: app!.child.pid!, seconds: SECONDS });
    console.log(
      `soak ${SECONDS} s: ${r.requests} requests, statuses ${JSON.stringify(r.statuses)}, ` +
        `RSS ${r.startMiB.toFixed(1)} → ${r.endMiB.toFixed(1)} MiB, slope ${r.slopeMiBPerMin.toFixed(2)} MiB/min`,
    );
    expect(r.errors).toBe(0);
    expect(Object.keys(r.statuses).filter((s) => Number(s) >= 500)).toEqual([]);
    expect(r.requests).toBeGreaterThan(SECONDS * 10);
    // A leak of a few KiB per request would show as tens of MiB per minute at this rate.
    expect(r.slopeMiBPerMin).toBeLessThan(20);
  }, 240_000);
});
