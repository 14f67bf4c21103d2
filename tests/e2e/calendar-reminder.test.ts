import path from 'node:path';
import { describe, expect } from 'vitest';
import { DESKTOP, newPage, PHONE, screenshotDir, seriousAccessibilityViolations } from './support/browser.js';
import { it } from './support/fixtures.js';
import { startProgramme } from './support/programme.js';

/** The reminder choice next to the calendar links: stored, and in the file the calendar reads. */
const texts = {
  en: { label: 'Reminder before each session', choice: '15 minutes before', saved: /Reminder saved/ },
  es: { label: 'Aviso antes de cada sesión', choice: '15 minutos antes', saved: /Aviso guardado/ },
} as const;

describe('calendar reminder on the programme page', () => {
  for (const language of ['en', 'es'] as const) {
    it(`chooses a reminder that the calendar file then carries (${language})`, async ({ app, browser }) => {
      for (const [device, name] of [
        [PHONE, 'phone'],
        [DESKTOP, 'desktop'],
      ] as const) {
        const { context, page } = await newPage(browser, app.url, device);
        await page.addInitScript((lang) => localStorage.setItem('psoas.language', lang), language);
        const programme = await startProgramme(context.request, app.url, language);
        const ics = async () =>
          (await context.request.get(`${app.url}/api/programmes/${programme.id}/calendar.ics`)).text();
        expect(await ics()).not.toContain('BEGIN:VALARM');

        await page.goto('/programme');
        const select = page.getByLabel(texts[language].label);
        await select.waitFor();
        expect(await select.inputValue()).toBe('');
        await select.selectOption({ label: texts[language].choice });
        await page.getByText(texts[language].saved).waitFor();
        expect(await ics()).toContain('TRIGGER:-PT15M');

        await page.reload();
        await expect.poll(() => page.getByLabel(texts[language].label).inputValue()).toBe('15');
        const card = page.locator('section', { has: page.locator('#calendar-title') });
        await card.scrollIntoViewIfNeeded();
        expect(await seriousAccessibilityViolations(page)).toEqual([]);
        await card.screenshot({
          path: path.join(screenshotDir, `calendar-reminder-${name}-${language}.png`),
        });
        await context.close();
      }
    }, 120_000);
  }
});
