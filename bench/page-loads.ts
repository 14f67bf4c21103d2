// What three pages load and when they are usable, on a phone-like network: the JavaScript each
// page requests (gzip bytes, as bench/web.ts counts the home page) and the time from navigation
// to the page's content (home: its heading; player: the first exercise's name; care: the clinic's
// treatments to choose from), with the order of the care page's API requests. Chromium's network emulation adds
// 150 ms to every request (slow 4G's round trip, as Lighthouse simulates) and limits throughput
// to 1.6 Mbit/s down. Each page is loaded BENCH_PAGE_RUNS times (default 3) in a fresh context
// (no cache, no service worker); the median is printed. Run it on two builds in turn to compare
// (docs/performance.md § Web pages).
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { VIGNETTES } from '../src/domain/assessment/vignettes/index.js';
import { cleanDataDir } from '../tests/e2e/support/app.js';
import { launchBrowser } from '../tests/e2e/support/browser.js';
import { startAppProcess } from '../tests/reliability/support/app-process.js';

const webDir = path.resolve(import.meta.dirname, '..', 'dist', 'web');
const runs = Math.max(1, Number(process.env.BENCH_PAGE_RUNS ?? 3) || 3);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'psoas-bench-pages-'));
const app = await startAppProcess({
  dataDir,
  env: { PSOAS_MAX_EVENT_LOOP_UTILIZATION: '0', PSOAS_MAX_EVENT_LOOP_DELAY_MS: '0', LOG_LEVEL: 'error' },
});
try {
  // A guest with a programme, for the player page (as bench/web.ts makes one).
  let cookie = '';
  let playerPath = '';
  for (const v of VIGNETTES) {
    const a = await fetch(`${app.url}/api/assessments`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ language: 'en', answers: v.answers }),
    });
    cookie ||= (a.headers.get('set-cookie') ?? '').split(';')[0]!;
    const assessment = (await a.json()) as { id?: string };
    if (!assessment.id) continue;
    const p = await fetch(`${app.url}/api/programmes`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({
        assessmentId: assessment.id,
        preferences: {
          minutesPerSession: 20,
          daysPerWeek: 3,
          equipment: ['mat', 'chair'],
          startDate: new Date().toISOString().slice(0, 10),
          timeZone: 'UTC',
          language: 'en',
        },
      }),
    });
    const made = (await p.json()) as {
      programme?: { sessions?: { id: string }[] };
      sessions?: { id: string }[];
    };
    const sessions = made.programme?.sessions ?? made.sessions ?? [];
    if (p.status === 201 && sessions[0]) {
      playerPath = `/programme/session/${sessions[0].id}`;
      break;
    }
  }
  const [cookieName = '', cookieValue = ''] = cookie.split('=');
  const pages: { name: string; path: string; ready: string }[] = [
    { name: 'home', path: '/', ready: 'h1' },
    { name: 'player', path: playerPath, ready: '#player-exercise:not(:empty)' },
    { name: 'care', path: '/care', ready: '.care-option' },
  ];
  const browser = await launchBrowser();
  try {
    for (const page of pages) {
      const js: number[] = [];
      const files: number[] = [];
      const readyMs: number[] = [];
      let apiOrder = '';
      for (let i = 0; i < runs; i++) {
        const context = await browser.newContext({ serviceWorkers: 'block' });
        if (cookieName) await context.addCookies([{ name: cookieName, value: cookieValue, url: app.url }]);
        const tab = await context.newPage();
        const cdp = await context.newCDPSession(tab);
        await cdp.send('Network.enable');
        await cdp.send('Network.emulateNetworkConditions', {
          offline: false,
          latency: 150,
          downloadThroughput: (1.6 * 1024 * 1024) / 8,
          uploadThroughput: (750 * 1024) / 8,
        });
        const assets = new Set<string>();
        const api: { path: string; start: number; end: number }[] = [];
        const started = Date.now();
        tab.on('request', (r) => {
          const u = new URL(r.url());
          if (u.pathname.endsWith('.js')) assets.add(u.pathname);
        });
        tab.on('requestfinished', (r) => {
          const u = new URL(r.url());
          const t = r.timing();
          if (u.pathname.startsWith('/api/'))
            api.push({
              path: u.pathname,
              start: t.startTime - started,
              end: t.startTime - started + t.responseEnd,
            });
        });
        await tab.goto(`${app.url}${page.path}`, { waitUntil: 'commit', timeout: 120_000 });
        await tab.waitForSelector(page.ready, { timeout: 120_000 });
        readyMs.push(Date.now() - started);
        await tab.waitForLoadState('networkidle', { timeout: 120_000 });
        let gz = 0;
        for (const asset of assets) {
          const file = await fs.readFile(path.join(webDir, asset)).catch(() => undefined);
          if (file) gz += gzipSync(file).byteLength;
        }
        js.push(gz / 1000);
        files.push(assets.size);
        if (i === 0)
          apiOrder = api
            .sort((a, b) => a.start - b.start)
            .map(
              (r) =>
                `${r.path.replace(/[0-9a-f-]{36}/g, ':id')} ${Math.round(r.start)}–${Math.round(r.end)} ms`,
            )
            .join('; ');
        await context.close();
      }
      console.log(
        `${page.name}: JS ${median(js).toFixed(1)} KB gzip in ${median(files)} files; content shown after ${median(readyMs)} ms (runs: ${readyMs.join(', ')})`,
      );
      if (page.name === 'care') console.log(`  care API requests (first run): ${apiOrder}`);
    }
  } finally {
    await browser.close();
  }
} finally {
  await app.stop();
  await cleanDataDir(dataDir);
}
