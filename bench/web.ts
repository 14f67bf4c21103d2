// Web: gzip bytes of the JavaScript and CSS the first page (home) loads, taken from what Chromium
// actually requests (aim: at most 80 KB of JavaScript), and Lighthouse scores (performance,
// accessibility, best practices; mobile emulation with simulated slow 4G, Lighthouse's default)
// plus largest contentful paint for the home, assessment, player, care and clinic pages, with
// Debian's chromium. Lighthouse is noisy on a busy machine: each page is audited
// BENCH_WEB_RUNS times (default 3) and the median reported, with min and max.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { VIGNETTES } from '../src/domain/assessment/vignettes/index.js';
import { cleanDataDir } from '../tests/e2e/support/app.js';
import { chromiumPath, launchBrowser } from '../tests/e2e/support/browser.js';
import { startAppProcess } from '../tests/reliability/support/app-process.js';
import { type Figure, summarise, writeResults } from './lib.mjs';

const webDir = path.resolve(import.meta.dirname, '..', 'dist', 'web');
const CHROME_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const one = (name: string, unit: string, value: number, extra: Partial<Figure> = {}): Figure => ({
  name,
  unit,
  median: value,
  min: value,
  max: value,
  runs: 1,
  ...extra,
});

const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'psoas-bench-web-'));
const app = await startAppProcess({
  dataDir,
  env: { PSOAS_MAX_EVENT_LOOP_UTILIZATION: '0', PSOAS_MAX_EVENT_LOOP_DELAY_MS: '0', LOG_LEVEL: 'error' },
});
const figures: Figure[] = [];
try {
  // 1. What the home page loads.
  const browser = await launchBrowser();
  const page = await browser.newPage();
  const assets = new Set<string>();
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (/\.(js|css)$/.test(u.pathname)) assets.add(u.pathname);
  });
  await page.goto(`${app.url}/`, { waitUntil: 'networkidle' });
  await browser.close();
  let js = 0;
  let css = 0;
  for (const asset of assets) {
    const file = await fs.readFile(path.join(webDir, asset)).catch(() => undefined);
    if (!file) continue; // e.g. the service worker registration script served elsewhere
    const gz = gzipSync(file).byteLength;
    if (asset.endsWith('.js')) js += gz;
    else css += gz;
  }
  figures.push(
    one('first page JavaScript (gzip)', 'KB', js / 1000, { aim: '<= 80', note: `${assets.size} files` }),
    one('first page CSS (gzip)', 'KB', css / 1000),
  );

  // 2. Lighthouse, when the package is installed (devDependency).
  let lighthouse: typeof import('lighthouse').default | undefined;
  let chromeLauncher: typeof import('chrome-launcher') | undefined;
  try {
    lighthouse = (await import('lighthouse')).default;
    chromeLauncher = await import('chrome-launcher');
  } catch {
    console.log('lighthouse is not installed: skipping the Lighthouse scores');
  }
  if (lighthouse && chromeLauncher) {
    // A guest with a programme, for the player page.
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
      const programme = (await p.json()) as {
        programme?: { sessions?: { id: string }[] };
        sessions?: { id: string }[];
      };
      const sessions = programme.programme?.sessions ?? programme.sessions ?? [];
      if (p.status === 201 && sessions[0]) {
        playerPath = `/programme/session/${sessions[0].id}`;
        break;
      }
    }
    const pages: [string, string][] = [
      ['home', '/'],
      ['assessment', '/assessment'],
      ...(playerPath ? [['player', playerPath] as [string, string]] : []),
      ['care', '/care'],
      ['clinic', '/clinic'],
    ];
    const runs = Math.max(1, Number(process.env.BENCH_WEB_RUNS ?? 3) || 3);
    const chrome = await chromeLauncher.launch({
      chromePath: process.env.CHROME_PATH ?? chromiumPath(),
      chromeFlags: CHROME_FLAGS,
    });
    type Lhr = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];
    const lh = lighthouse;
    /** One audit; the first of a fresh Chromium sometimes fails (no first paint in time): retried once. */
    const audit = async (name: string, url: string, cookie: string): Promise<Lhr | undefined> => {
      for (let attempt = 1; ; attempt++) {
        const result = await lh(
          url,
          {
            port: chrome.port,
            output: 'json',
            logLevel: 'error',
            onlyCategories: ['performance', 'accessibility', 'best-practices'],
            extraHeaders: cookie ? { cookie } : undefined,
          },
          undefined,
        );
        if (!result) throw new Error('lighthouse returned nothing');
        const lhr = result.lhr;
        if (!lhr.runtimeError) return lhr;
        console.log(`Lighthouse ${name}: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
        if (attempt >= 2) return undefined;
      }
    };
    try {
      for (const [name, pagePath] of pages) {
        const audits: Lhr[] = [];
        for (let i = 0; i < runs; i++) {
          const lhr = await audit(name, `${app.url}${pagePath}`, cookie);
          if (lhr) audits.push(lhr);
        }
        if (audits.length === 0) continue;
        // A category Lighthouse could not score is left out rather than reported as 0.
        const spread = (values: number[]) => {
          const known = values.filter((v) => !Number.isNaN(v));
          return known.length === 0 ? { median: Number.NaN } : summarise(known);
        };
        const score = (id: string) =>
          spread(
            audits.map((lhr) => {
              const value = lhr.categories[id]?.score;
              return value === null || value === undefined ? Number.NaN : Math.round(value * 100);
            }),
          );
        const lcp = spread(
          audits.map((lhr) => lhr.audits['largest-contentful-paint']?.numericValue || Number.NaN),
        );
        if (Number.isNaN(lcp.median)) console.log(`Lighthouse ${name}: no largest contentful paint measured`);
        const figure = (label: string, unit: string, s: ReturnType<typeof spread>, extra: Partial<Figure>) =>
          one(label, unit, s.median, { ...s, ...extra });
        figures.push(
          figure(`Lighthouse ${name}: performance`, 'score', score('performance'), { aim: '>= 97' }),
          figure(`Lighthouse ${name}: accessibility`, 'score', score('accessibility'), { aim: '100' }),
          figure(`Lighthouse ${name}: best practices`, 'score', score('best-practices'), { aim: '95+' }),
          figure(`Lighthouse ${name}: largest contentful paint`, 'ms', lcp, {
            aim: '<= 1800',
            note: 'simulated mobile (slow 4G, 4× CPU slowdown)',
          }),
        );
      }
    } finally {
      chrome.kill();
    }
  }
  writeResults(
    'web',
    figures.filter((f) => !Number.isNaN(f.median) && !(f.unit === 'ms' && f.median === 0)),
  );
} finally {
  await app.stop();
  await cleanDataDir(dataDir);
}
