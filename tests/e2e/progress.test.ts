import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect } from 'vitest';
import { VIGNETTES } from '../../src/domain/assessment/vignettes/index.js';
import { DESKTOP, newPage, PHONE, screenshotDir, seriousAccessibilityViolations } from './support/browser.js';
import { it } from './support/fixtures.js';

/**
 * The report's PDF page is checked as a picture with poppler's pdftoppm. Like scripts/test.mjs
 * does for chromium, the test installs Debian's poppler-utils when it is missing.
 */
function ensurePdftoppm(): string {
  const has = () => ['/usr/bin/pdftoppm', '/usr/local/bin/pdftoppm'].find((p) => fs.existsSync(p));
  if (has()) return has()!;
  const root = process.getuid?.() === 0;
  const apt = (...args: string[]) =>
    execFileSync(root ? 'apt-get' : 'sudo', root ? args : ['apt-get', ...args], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  try {
    apt('install', '-y', '--no-install-recommends', 'poppler-utils');
  } catch {
    apt('update');
    apt('install', '-y', '--no-install-recommends', 'poppler-utils');
  }
  const found = has();
  if (!found) throw new Error('poppler-utils (pdftoppm) could not be installed');
  return found;
}

/** Share of pixels in a binary PGM (P5, 8-bit) that are not near-white. */
function inkShare(pgm: Buffer): { width: number; height: number; share: number } {
  const header = pgm.subarray(0, 64).toString('latin1');
  const m = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(header);
  if (!m) throw new Error('not a binary PGM');
  const [width, height] = [Number(m[1]), Number(m[2])];
  const pixels = pgm.subarray(m[0].length);
  let ink = 0;
  for (const p of pixels) if (p < 200) ink++;
  return { width, height, share: ink / (width * height) };
}

const desk = VIGNETTES.find((v) => v.id === 'desk-worker-supine')!;

/** Posts through the page's own session, with the CSRF token the app's own code would send. */
async function postFromPage(page: Page, url: string, body: unknown): Promise<number> {
  return page.evaluate(
    async ([u, b]) => {
      const csrf = /(?:^|;\s*)psoas_csrf=([^;]+)/.exec(document.cookie)?.[1];
      const res = await fetch(u as string, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(csrf ? { 'x-csrf-token': decodeURIComponent(csrf) } : {}),
        },
        body: JSON.stringify(b),
      });
      return res.status;
    },
    [url, body],
  );
}

const noOverflow = (page: import('playwright-core').Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

describe('progress in the browser', () => {
  let pdftoppm: string;
  beforeAll(async () => {
    pdftoppm = ensurePdftoppm();
  });

  it('checks in on a 360 px phone, sees the chart and the week change, and prints the report to PDF', async ({
    app,
    browser,
  }) => {
    const { context, page } = await newPage(browser, app.url, PHONE);

    // Two assessments: pain 6, then 3 with better activities.
    await page.goto('/progress/checkin');
    await page.getByRole('button', { name: 'Save check-in' }).waitFor();
    const answers = (pain: number, scores: number[]) => ({
      answers: {
        ...desk.answers,
        'pain-now': pain,
        activities: scores.map((score, i) => ({ activity: `A${i}`, score })),
      },
    });
    expect(await postFromPage(page, '/api/assessments', answers(6, [2, 3]))).toBe(201);
    expect(await postFromPage(page, '/api/assessments', answers(3, [6, 5]))).toBe(201);
    // A programme that began four weeks ago, with its first session done.
    const programme = await page.evaluate(async () => {
      const d = new Date();
      d.setDate(d.getDate() - 28);
      const pad = (n: number) => String(n).padStart(2, '0');
      const startDate = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
      const list = await (await fetch('/api/assessments')).json();
      const csrf = decodeURIComponent(/(?:^|;\s*)psoas_csrf=([^;]+)/.exec(document.cookie)?.[1] ?? '');
      const headers = { 'content-type': 'application/json', 'x-csrf-token': csrf };
      const preferences = {
        minutesPerSession: 20,
        daysPerWeek: 3,
        equipment: ['mat', 'chair'],
        startDate,
        timeZone: 'UTC',
        language: 'en',
      };
      const p = await (
        await fetch('/api/programmes', {
          method: 'POST',
          headers,
          body: JSON.stringify({ assessmentId: list[0].id, preferences }),
        })
      ).json();
      const s = p.sessions[0];
      const result = {
        clientId: crypto.randomUUID(),
        sessionId: s.id,
        completedAt: `${s.date}T18:00:00Z`,
        blocks: s.blocks.map((b: { exerciseId: string }) => ({ exerciseId: b.exerciseId, completed: true })),
        effort: 4,
        painNow: 4,
      };
      const r = await fetch(`/api/programmes/${p.id}/results`, {
        method: 'POST',
        headers,
        body: JSON.stringify(result),
      });
      return { status: r.status, perWeek: p.sessions.filter((x: { week: number }) => x.week === 1).length };
    });
    expect(programme.status).toBeLessThan(300);

    await page.goto('/progress');
    const painChart = page.locator('[data-chart="chart-pain"]');
    await painChart.waitFor();
    expect(await painChart.getAttribute('data-points')).toBe('0');
    await expect(page.getByTestId('week-summary').textContent()).resolves.toContain(
      'No daily check-ins this week.',
    );
    await expect(page.getByTestId('changes').textContent()).resolves.toContain(
      'Your pain fell from 6 to 3: a change that matters.',
    );
    await expect(page.getByText('Your next check is in week 6').count()).resolves.toBe(1);
    // Adherence for the five weeks begun, the first with one session done; dosage from the plan.
    const adherence = page.locator('[data-chart="chart-adherence"]');
    expect(await adherence.getAttribute('data-points')).toBe('5');
    await adherence.locator('summary').tap();
    expect(await adherence.locator('tbody tr').first().textContent()).toBe(
      `11${programme.perWeek}${Math.round(100 / programme.perWeek)}`,
    );
    // At most three charts, titled in words (no point counts), and no "planned amount" chart.
    await expect(page.locator('figure.chart').count()).resolves.toBe(3);
    await expect(page.locator('[data-chart="chart-dosage"]').count()).resolves.toBe(0);
    await expect(page.locator('.charts').textContent()).resolves.not.toMatch(/points|\(100 =/);
    await expect(page.getByTestId('progress-headline').textContent()).resolves.toBe(
      'Check in each day and this page will show how your pain changes.',
    );
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // The check-in itself: a few taps, well under 30 s.
    const started = Date.now();
    await page.getByRole('link', { name: "Today's check-in" }).click();
    const pain = page.getByRole('radiogroup', { name: /^Pain right now/ });
    await pain.waitFor();
    // Today's pain starts empty: saving it untouched names the missing answer, next to it, and goes there.
    expect(await pain.locator('input:checked').count()).toBe(0);
    await page.getByRole('button', { name: 'Save check-in' }).tap();
    await pain
      .getByText("Choose a number from 0 to 10: today's pain is not filled in from yesterday.")
      .waitFor();
    expect(
      await page.evaluate(() =>
        document.activeElement?.closest('[role="radiogroup"]')?.getAttribute('data-testid'),
      ),
    ).toBe('rating-painNow');
    // The scale works from the keyboard: arrows move along it and choose.
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    expect(await pain.getByRole('radio', { name: '4', exact: true }).isChecked()).toBe(true);
    for (let i = 0; i < 6; i++) await page.getByRole('button', { name: 'More Minutes walked' }).tap();
    for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'More Hours sitting' }).tap();
    await page.getByRole('button', { name: 'More Breaks from sitting' }).tap();
    // Stress starts unset too: saving without it names it and goes there; nothing is chosen for you.
    const stress = page.getByRole('radiogroup', { name: /^Stress/ });
    expect(await stress.locator('input:checked').count()).toBe(0);
    await page.getByRole('button', { name: 'Save check-in' }).tap();
    await stress.getByText('Choose a number from 0 to 10 for your stress today.').waitFor();
    expect(
      await page.evaluate(() =>
        document.activeElement?.closest('[role="radiogroup"]')?.getAttribute('data-testid'),
      ),
    ).toBe('rating-stress');
    await stress.locator('label', { hasText: /^3$/ }).tap();
    expect(await stress.getByRole('radio', { name: '3', exact: true }).isChecked()).toBe(true);
    await page.getByLabel(/I went to a class/).check();
    await page.getByLabel('Note (optional)').fill('=1+1, felt "ok"');
    await page.getByRole('button', { name: 'Save check-in' }).tap();
    await page.getByRole('status').getByText('Saved').waitFor();
    expect(Date.now() - started).toBeLessThan(30_000);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(screenshotDir, 'progress-checkin-phone.png'), fullPage: true });

    // The stored values, and the CSV that no spreadsheet would run.
    const csv = await page.evaluate(() => fetch('/api/checkins.csv').then((r) => r.text()));
    expect(csv.split('\r\n')[1]).toMatch(/^\d{4}-\d{2}-\d{2},4,30,2,1,0,3,true,"'=1\+1, felt ""ok"""$/);

    // The chart and the week's words now include the day.
    await page.getByRole('status').getByRole('link').click();
    await page.locator('[data-chart="chart-pain"][data-points="1"]').waitFor();
    await page.locator('[data-chart="chart-pain"] canvas').first().waitFor();
    await expect(page.getByTestId('week-summary').textContent()).resolves.toContain(
      'You checked in on 1 of 7 days; average pain 4 out of 10.',
    );

    // The table alternative carries the same point for screen readers.
    await page.locator('[data-chart="chart-pain"] summary').tap();
    await expect(page.locator('[data-chart="chart-pain"] tbody tr').count()).resolves.toBe(1);
    await page.screenshot({ path: path.join(screenshotDir, 'progress-phone.png'), fullPage: true });

    // The same page in Spanish.
    await page.getByRole('button', { name: 'Español' }).tap();
    await expect(page.getByTestId('changes').textContent()).resolves.toContain(
      'Tu dolor bajó de 6 a 3: una mejora que cuenta.',
    );
    await expect(page.getByTestId('week-summary').textContent()).resolves.toContain('dolor medio 4 de 10');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'English' }).tap();

    // Reopening today's form shows today's values, ready to edit.
    await page.goto('/progress/checkin');
    await page.getByText('You already checked in today').waitFor();
    expect(await page.getByLabel('Minutes walked', { exact: true }).inputValue()).toBe('30');
    expect(
      await page
        .getByRole('radiogroup', { name: /^Pain right now/ })
        .getByRole('radio', { name: '4', exact: true })
        .isChecked(),
    ).toBe(true);

    // The report: printable, checked as a picture.
    await page.goto('/progress/report');
    await page.locator('[data-chart="chart-pain"] canvas').first().waitFor();
    await expect(page.getByTestId('adherence-weeks').locator('tbody tr').count()).resolves.toBe(5);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'psoas-report-'));
    fs.writeFileSync(path.join(dir, 'report.pdf'), pdf);
    execFileSync(pdftoppm, [
      '-gray',
      '-r',
      '60',
      '-f',
      '1',
      '-l',
      '1',
      path.join(dir, 'report.pdf'),
      path.join(dir, 'page'),
    ]);
    const pgm = fs.readdirSync(dir).find((f) => f.startsWith('page') && f.endsWith('.pgm'))!;
    execFileSync(pdftoppm, [
      '-png',
      '-r',
      '50',
      '-f',
      '1',
      '-l',
      '1',
      '-singlefile',
      path.join(dir, 'report.pdf'),
      path.join(screenshotDir, 'progress-report-page1'),
    ]);
    const picture = inkShare(fs.readFileSync(path.join(dir, pgm)));
    // A4 portrait at 60 dpi is about 496 × 702 pixels.
    expect(picture.width).toBeGreaterThan(480);
    expect(picture.height / picture.width).toBeCloseTo(297 / 210, 1);
    expect(picture.share).toBeGreaterThan(0.01);
    expect(picture.share).toBeLessThan(0.6);
    fs.rmSync(dir, { recursive: true, force: true });
    await context.close();
  }, 120_000);

  it("shows the demo patient's three weeks; the check-in starts without a pain number (phone and desktop, en and es)", async ({
    app,
    browser,
  }) => {
    for (const [device, deviceName] of [
      [PHONE, 'phone'],
      [DESKTOP, 'desktop'],
    ] as const) {
      for (const lang of ['en', 'es'] as const) {
        const { context, page } = await newPage(browser, app.url, device);
        await context.addInitScript((l) => localStorage.setItem('psoas.language', l), lang);
        await page.goto('/');
        const signedIn = await page.request.post('/api/account/signin', {
          data: { email: 'demo.patient@psoas.example', password: 'psoas-demo-patient' },
        });
        expect(signedIn.status()).toBe(200);

        if (lang === 'en') {
          // Demo data is made relative to the day it is loaded: three weeks of check-ins up to
          // yesterday, and a programme under way whose counts agree on both pages.
          await page.goto('/progress');
          await page.locator('[data-chart="chart-pain"][data-points="21"]').waitFor();
          const counts = page.getByTestId('session-counts');
          await counts.waitFor();
          expect(Number(await counts.getAttribute('data-done'))).toBeGreaterThanOrEqual(5);
          expect(await counts.getAttribute('data-skipped')).toBe('1');
          const text = await counts.textContent();
          const done = await counts.getAttribute('data-done');
          await page.goto('/programme');
          // The plan shows at once; its recorded results follow from the server.
          await page.locator(`[data-testid="session-counts"][data-done="${done}"]`).waitFor();
          await expect(page.getByTestId('session-counts').textContent()).resolves.toBe(text);
          if (deviceName === 'phone')
            await page.screenshot({
              path: path.join(screenshotDir, 'programme-demo-phone.png'),
              fullPage: true,
            });
        }

        // The page opens with a sentence about the three weeks, then at most three charts.
        await page.goto('/progress');
        await page.locator('[data-chart="chart-pain"][data-points="21"] canvas').first().waitFor();
        const headline = page.getByTestId('progress-headline');
        await expect(headline.textContent()).resolves.toMatch(
          lang === 'en'
            ? /^Your pain (went from \d+ to \d+ in|has stayed at \d+ over) three weeks\./
            : /^Tu dolor (bajó|subió) de \d+ a \d+ en tres semanas\.|^Tu dolor se ha mantenido en \d+ durante tres semanas\./,
        );
        expect(
          await page.evaluate(
            () => document.querySelector('[data-testid="progress-headline"]')!.getBoundingClientRect().bottom,
          ),
        ).toBeLessThan(device.viewport.height);
        await expect(page.locator('figure.chart').count()).resolves.toBe(3);
        await page.locator('[data-chart="chart-sitting"] .chart-legend').waitFor();
        expect(await noOverflow(page)).toBeLessThanOrEqual(0);
        expect(await seriousAccessibilityViolations(page)).toEqual([]);
        await page.screenshot({
          path: path.join(screenshotDir, `progress-${deviceName}-${lang}.png`),
          fullPage: true,
        });

        await page.goto('/progress/checkin');
        const pain = page.getByRole('radiogroup', {
          name: lang === 'en' ? /^Pain right now/ : /^Dolor ahora/,
        });
        await pain.waitFor();
        expect(await pain.locator('input:checked').count()).toBe(0);
        const stress = page.getByRole('radiogroup', { name: lang === 'en' ? /^Stress/ : /^Estrés/ });
        expect(await stress.locator('input:checked').count()).toBe(0);
        expect(await seriousAccessibilityViolations(page)).toEqual([]);
        await page.screenshot({
          path: path.join(screenshotDir, `checkin-${deviceName}-${lang}.png`),
          fullPage: true,
        });
        await context.close();
      }
    }
  }, 180_000);
});
