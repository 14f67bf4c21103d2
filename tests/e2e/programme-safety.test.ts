import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import type { Vignette } from '../../src/domain/assessment/vignettes/types.js';
import type { StoredProgramme } from '../../src/domain/programme/types.js';
import { todayIn } from '../../src/domain/time/index.js';
import { DESKTOP, newPage, PHONE, screenshotDir, seriousAccessibilityViolations } from './support/browser.js';
import { it } from './support/fixtures.js';
import { startProgramme } from './support/programme.js';

const DEVICES = { phone: PHONE, desktop: DESKTOP } as const;
type Device = keyof typeof DEVICES;
const LANGS = ['en', 'es'] as const;

/** A person with the vignette's answers and a 3-day programme starting today, in `lang`. */
async function personWithProgramme(
  browser: Browser,
  url: string,
  device: Device,
  lang: (typeof LANGS)[number],
  vignette: Vignette,
): Promise<{ page: Page; programme: StoredProgramme; close: () => Promise<void> }> {
  const { context, page } = await newPage(browser, url, DEVICES[device]);
  await context.addInitScript((l) => localStorage.setItem('psoas.language', l), lang);
  const programme = await startProgramme(context.request, url, lang, {
    answers: vignette.answers,
    preferences: {
      minutesPerSession: 20,
      weekdays: [1, 3, 5],
      equipment: ['mat', 'chair'],
      startDate: todayIn('UTC', new Date()),
      timeZone: 'UTC',
    },
  });
  return { page, programme, close: () => context.close() };
}

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(screenshotDir, name) });

describe('programme safety on screen', () => {
  for (const lang of LANGS)
    it(`recommends daily sessions to a desk worker who chose 3 days, and switches on request (${lang})`, async ({
      app,
      browser,
    }) => {
      const { deskWorkerSupine } = await import(
        '../../src/domain/assessment/vignettes/desk-worker-supine.js'
      );
      for (const device of ['phone', 'desktop'] as const) {
        const { page, programme, close } = await personWithProgramme(
          browser,
          app.url,
          device,
          lang,
          deskWorkerSupine,
        );
        // The choice is kept: 3 days a week, not daily.
        expect(programme.sessions).toHaveLength(18);
        expect(programme.dailyAdvice?.reason).toBe('long-sitting');
        await page.goto('/programme');
        const card = page.getByTestId('daily-advice');
        await card.waitFor();
        await expect(card.textContent()).resolves.toMatch(
          lang === 'en' ? /4 hours or more/ : /4 horas o más/,
        );
        expect(await page.getByTestId('stop-signs-pregnancy').count()).toBe(0);
        await card.scrollIntoViewIfNeeded();
        await shot(page, `programme-daily-advice-${device}-${lang}.png`);
        expect(await seriousAccessibilityViolations(page)).toEqual([]);
        if (device === 'desktop') {
          await card
            .getByRole('button', {
              name: lang === 'en' ? 'Switch to a session every day' : 'Pasar a una sesión cada día',
            })
            .click();
          await card.waitFor({ state: 'detached' });
          const now = await page.request.get(`${app.url}/api/programmes/current`);
          const daily = (await now.json()) as StoredProgramme;
          expect(daily.preferences.daysPerWeek).toBe(7);
          expect(daily.dailyAdvice).toBeUndefined();
          expect(daily.sessions.filter((s) => s.week === 2)).toHaveLength(7);
        }
        await close();
      }
    });

  for (const lang of LANGS)
    it(`shows the pregnancy stop signs on the programme page and before each session, not once it runs (${lang})`, async ({
      app,
      browser,
    }) => {
      const { pregnant24Weeks } = await import('../../src/domain/assessment/vignettes/pregnant-24-weeks.js');
      for (const device of ['phone', 'desktop'] as const) {
        const { page, programme, close } = await personWithProgramme(
          browser,
          app.url,
          device,
          lang,
          pregnant24Weeks,
        );
        expect(programme.sessions.every((s) => s.stopSigns?.includes('pregnancy'))).toBe(true);
        await page.goto('/programme');
        const onPage = page.getByTestId('stop-signs-pregnancy');
        await onPage.waitFor();
        await expect(onPage.textContent()).resolves.toMatch(
          lang === 'en' ? /Bleeding from the vagina/ : /Sangrado por la vagina/,
        );
        if (device === 'phone') {
          await onPage.evaluate((el) => el.scrollIntoView({ block: 'start' }));
          await shot(page, `programme-stop-signs-${device}-${lang}.png`);
        }

        await page.goto(`/programme/session/${programme.sessions[0]!.id}?speed=50`);
        const atStart = page.getByTestId('stop-signs-pregnancy');
        await atStart.waitFor();
        await expect(atStart.textContent()).resolves.toMatch(
          lang === 'en' ? /Your baby moving less than usual/ : /Tu bebé se mueve menos de lo habitual/,
        );
        expect(await atStart.locator('a[href^="tel:"]').count()).toBe(1);
        await atStart.evaluate((el) => el.scrollIntoView({ block: 'start' }));
        await shot(page, `player-stop-signs-${device}-${lang}.png`);
        expect(await seriousAccessibilityViolations(page)).toEqual([]);
        await page.getByRole('button', { name: lang === 'en' ? 'Start' : 'Empezar' }).click();
        await atStart.waitFor({ state: 'detached' });
        await close();
      }
    });
});
