import path from 'node:path';
import type { Browser, Page, Route } from 'playwright-core';
import { describe, expect } from 'vitest';
import type { Answers } from '../../src/domain/assessment/index.js';
import { VIGNETTES } from '../../src/domain/assessment/vignettes/index.js';
import { DESKTOP, PHONE, screenshotDir } from './support/browser.js';
import { it } from './support/fixtures.js';

type Lang = 'en' | 'es';
const vignette = (id: string) => VIGNETTES.find((v) => v.id === id)!.answers as Answers;
const FINISH: Record<Lang, string> = { en: 'See my result', es: 'Ver mi resultado' };
const TITLE: Record<Lang, string> = {
  en: 'Your self-assessment result',
  es: 'Resultado de tu autoevaluación',
};

/**
 * Opens the questionnaire with every answer already given (the draft this browser keeps), on its
 * last screen, so the test starts where a person presses "See my result".
 */
async function openFinished(
  browser: Browser,
  url: string,
  answers: Answers,
  lang: Lang,
  device: typeof PHONE | typeof DESKTOP = PHONE,
) {
  const context = await browser.newContext({
    ...device,
    baseURL: url,
    locale: lang === 'en' ? 'en-GB' : 'es-ES',
  });
  await context.addInitScript(
    (draft) => {
      // Once per tab: a reload later in the test must find what the page itself left there.
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('psoas.assessment.draft.v1', draft);
        sessionStorage.setItem('seeded', '1');
      }
    },
    JSON.stringify({ answers, step: 99 }),
  );
  const page = await context.newPage();
  await page.goto('/assessment');
  return { context, page };
}

/** Holds every POST of an assessment until `release()`; counts them. */
async function holdSaves(page: Page) {
  const held: Route[] = [];
  let released = false;
  let answered = 0;
  await page.route('**/api/assessments', async (route) => {
    if (route.request().method() !== 'POST') return route.fallback();
    if (released) {
      answered++;
      return route.fallback();
    }
    held.push(route);
  });
  return {
    held: () => held.length,
    answered: () => answered,
    release: async () => {
      released = true;
      for (const r of held.splice(0)) {
        answered++;
        await r.fallback();
      }
    },
  };
}

const resultTitle = (page: Page, lang: Lang) => page.getByRole('heading', { level: 1, name: TITLE[lang] });

describe('the result shows at once, scored in the browser, and is saved in the background', () => {
  for (const lang of ['en', 'es'] as const) {
    it(`a self-care result appears before the server answers, then gets its saved address (${lang})`, async ({
      app,
      browser,
    }) => {
      const { page } = await openFinished(browser, app.url, vignette('desk-worker-supine'), lang);
      const saves = await holdSaves(page);
      await page.getByRole('button', { name: FINISH[lang] }).click();

      // The server has not answered: the whole result is already on screen.
      await resultTitle(page, lang).waitFor();
      await page.locator('.next-steps li').first().waitFor();
      await expect(page.getByTestId('programme-link').isVisible()).resolves.toBe(true);
      expect(saves.answered()).toBe(0);
      expect(saves.held()).toBe(1);
      expect(page.url()).toMatch(/\/assessment\/result\/local-/);
      await expect(page.getByTestId('save-status').textContent()).resolves.toBe(
        lang === 'en' ? 'Saving your result…' : 'Guardando tu resultado…',
      );
      const before = await page.locator('main').locator('.next-steps').textContent();
      await page.screenshot({ path: path.join(screenshotDir, `instant-result-saving-phone-${lang}.png`) });

      await saves.release();
      await page.waitForURL(/\/assessment\/result\/[0-9a-f-]{36}$/);
      // The server scored the same answers with the same function: nothing on the page changes.
      await expect(page.locator('.next-steps').textContent()).resolves.toBe(before);
      await page.locator('a[download$=".fhir.json"]').waitFor();
      await expect(page.getByTestId('save-status').count()).resolves.toBe(0);
    });
  }

  it('a failed save keeps the result, says so in words, survives a reload and saves once the server answers', async ({
    app,
    browser,
  }) => {
    const { page } = await openFinished(browser, app.url, vignette('desk-worker-supine'), 'en', DESKTOP);
    let failing = true;
    let tries = 0;
    await page.route('**/api/assessments', async (route) => {
      if (route.request().method() !== 'POST') return route.fallback();
      tries++;
      return failing ? route.abort('internetdisconnected') : route.fallback();
    });
    await page.getByRole('button', { name: FINISH.en }).click();
    await resultTitle(page, 'en').waitFor();
    const status = page.getByTestId('save-status');
    await expect
      .poll(() => status.textContent())
      .toBe(
        'Not saved yet: there is no connection. Your result is kept on this device and we keep trying to save it.',
      );
    await page.screenshot({ path: path.join(screenshotDir, 'instant-result-offline-desktop-en.png') });
    // It keeps trying on its own.
    await expect.poll(() => tries, { timeout: 15_000 }).toBeGreaterThanOrEqual(2);

    // Closing the tab or reloading loses nothing: the result is still there, still waiting.
    await page.reload();
    await resultTitle(page, 'en').waitFor();
    await page.locator('.next-steps li').first().waitFor();

    failing = false;
    await page.waitForURL(/\/assessment\/result\/[0-9a-f-]{36}$/, { timeout: 30_000 });
    const id = page.url().split('/').pop()!;
    const stored = await page.evaluate(() => localStorage.getItem('psoas.assessment.pending.v1'));
    expect(stored).toBeNull();
    // Saved exactly once, and it is this person's.
    const list = await page.evaluate(async () => (await fetch('/api/assessments')).json());
    expect(list.map((a: { id: string }) => a.id)).toEqual([id]);
  });

  for (const [deviceName, device] of [
    ['phone', PHONE],
    ['desktop', DESKTOP],
  ] as const) {
    it(`an emergency result shows only what to do, before the server answers (${deviceName})`, async ({
      app,
      browser,
    }) => {
      const { page } = await openFinished(browser, app.url, vignette('saddle-numbness'), 'en', device);
      const saves = await holdSaves(page);
      await page.getByRole('button', { name: 'Save my answers and show what to do' }).click();
      const call = page.locator('[data-testid="result-stop"] [data-testid="call-emergency"]');
      await call.waitFor();
      expect(saves.answered()).toBe(0);
      const box = await call.boundingBox();
      expect(box!.y + box!.height).toBeLessThanOrEqual(device.viewport.height);
      const text = (await page.locator('main').textContent()) ?? '';
      expect(text).not.toMatch(/Is the psoas involved|good chance of working|Build my exercise programme/i);
      await expect(page.getByTestId('programme-link').count()).resolves.toBe(0);
      await page.screenshot({
        path: path.join(screenshotDir, `instant-result-emergency-${deviceName}-en.png`),
      });
      await saves.release();
      await page.waitForURL(/\/assessment\/result\/[0-9a-f-]{36}$/);
      await call.waitFor();
    });
  }
});
