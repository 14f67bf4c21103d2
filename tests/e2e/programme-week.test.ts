import path from 'node:path';
import { describe, expect } from 'vitest';
import { DESKTOP, newPage, PHONE, screenshotDir, seriousAccessibilityViolations } from './support/browser.js';
import { it } from './support/fixtures.js';

const TODAY_TITLE = { en: /^(Today's session|Next session)$/, es: /^(Sesión de hoy|Próxima sesión)$/ };
const THIS_WEEK = { en: 'This week', es: 'Esta semana' };

describe('the programme page reads like a week', () => {
  for (const [device, deviceName] of [
    [PHONE, 'phone'],
    [DESKTOP, 'desktop'],
  ] as const) {
    for (const lang of ['en', 'es'] as const) {
      it(`today first with its start button in view, this week's days, next week's changes, the rest folded (${deviceName}, ${lang})`, async ({
        app,
        browser,
      }) => {
        const { context, page } = await newPage(browser, app.url, device);
        await context.addInitScript((l) => localStorage.setItem('psoas.language', l), lang);
        await page.goto('/');
        const signedIn = await page.request.post('/api/account/signin', {
          data: { email: 'demo.patient@psoas.example', password: 'psoas-demo-patient' },
        });
        expect(signedIn.status()).toBe(200);

        // The counts on /progress, to compare with the programme page.
        await page.goto('/progress');
        const progressCounts = page.getByTestId('session-counts');
        await progressCounts.waitFor();
        const done = await progressCounts.getAttribute('data-done');
        const countsText = await progressCounts.textContent();

        await page.goto('/programme');
        await page.locator(`[data-testid="session-counts"][data-done="${done}"]`).waitFor();
        await expect(page.getByTestId('session-counts').textContent()).resolves.toBe(countsText);

        // The first card is today's, and its one start button is on the first screen.
        const firstCard = page.locator('main section.card').first();
        await expect(firstCard.locator('h2').textContent()).resolves.toMatch(TODAY_TITLE[lang]);
        const start = firstCard.getByRole('link').first();
        const box = await start.boundingBox();
        expect(box!.y + box!.height).toBeLessThanOrEqual(device.viewport.height);
        expect(box!.height).toBeGreaterThanOrEqual(44);

        // This week: every session day in words; the done ones agree with what was recorded.
        const week = page.getByTestId('this-week');
        await expect(week.getByRole('heading', { level: 2 }).textContent()).resolves.toContain(
          THIS_WEEK[lang],
        );
        const days = week.locator('.week-days li');
        expect(await days.count()).toBeGreaterThan(0);
        const doneWord = lang === 'en' ? 'done' : 'hecha';
        const doneDays = await week.locator('.day-done').count();
        for (let i = 0; i < doneDays; i++)
          await expect(week.locator('.day-done .day-status').nth(i).textContent()).resolves.toBe(doneWord);
        // The demo programme is under way in week 4 of 6: next week is shown, in words.
        const next = page.getByTestId('next-week');
        await next.waitFor();
        expect(((await next.textContent()) ?? '').length).toBeGreaterThan(20);

        // The full six weeks are folded: no long list of identical rows.
        const all = page.locator('details.all-weeks');
        await expect(all.getAttribute('open')).resolves.toBeNull();
        await expect(all.locator('.sessions li').first().isVisible()).resolves.toBe(false);
        // Today, this week and next week sit above the folded plan: on a phone, within three screens.
        const allTop = await page
          .locator('#weeks-title')
          .evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
        if (deviceName === 'phone') expect(allTop).toBeLessThan(3 * device.viewport.height);

        expect(await seriousAccessibilityViolations(page)).toEqual([]);
        await page.screenshot({ path: path.join(screenshotDir, `programme-week-${deviceName}-${lang}.png`) });
        await page.screenshot({
          path: path.join(screenshotDir, `programme-week-full-${deviceName}-${lang}.png`),
          fullPage: true,
        });
        await context.close();
      }, 120_000);
    }
  }
});
