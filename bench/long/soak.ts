// The 5-minute soak: mixed traffic against the built app (8 clients), resident memory sampled
// every second, slope after warm-up reported in MiB/min. Kept out of `npm run bench` (which must
// finish in 10 minutes); run with `npx tsx bench/long/soak.ts` (SOAK_SECONDS to change the length).
// Its result file is merged into latest.json by the next `npm run bench`.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { cleanDataDir } from '../../tests/e2e/support/app.js';
import { startAppProcess } from '../../tests/reliability/support/app-process.js';
import { mixedLoad } from '../../tests/reliability/support/mixed-load.js';
import { writeResults } from '../lib.mjs';

const seconds = Number(process.env.SOAK_SECONDS ?? 300);
const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'psoas-bench-soak-'));
const app = await startAppProcess({ dataDir });
try {
  const r = await mixedLoad({ url: app.url, pid: app.child.pid!, seconds });
  const fivexx = Object.entries(r.statuses)
    .filter(([s]) => Number(s) >= 500)
    .reduce((n, [, c]) => n + c, 0);
  console.log(
    `${r.requests} requests, statuses ${JSON.stringify(r.statuses)}, connection errors ${r.errors}`,
  );
  const rss = r.samples.map((s) => s.rssMiB);
  writeResults('soak', [
    {
      name: `memory slope over ${seconds} s of mixed load (after warm-up)`,
      unit: 'MiB/min',
      median: r.slopeMiBPerMin,
      min: r.slopeMiBPerMin,
      max: r.slopeMiBPerMin,
      runs: 1,
      aim: 'about 0',
    },
    {
      name: 'app RSS during soak',
      unit: 'MiB',
      median: [...rss].sort((a, b) => a - b)[Math.floor(rss.length / 2)] ?? 0,
      min: Math.min(...rss),
      max: Math.max(...rss),
      runs: rss.length,
    },
    {
      name: 'soak throughput',
      unit: 'req/s',
      median: r.requests / seconds,
      min: r.requests / seconds,
      max: r.requests / seconds,
      runs: 1,
      note: `${fivexx} responses 5xx, ${r.errors} connection errors`,
    },
  ]);
} finally {
  await app.stop();
  await cleanDataDir(dataDir);
}
