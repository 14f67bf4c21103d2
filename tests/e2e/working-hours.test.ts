import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { addDays, isoWeekday, todayIn } from '../../src/domain/time/index.js';
import { BC_HOLIDAYS_2026_2027 } from '../../src/server/demo/clinic-demo.js';
import { type RunningApp, startApp } from './support/app.js';
import { DESKTOP, newPage, PHONE, screenshotDir, seriousAccessibilityViolations } from './support/browser.js';
import { it } from './support/fixtures.js';

const ZONE = 'America/Vancouver';
const MEI = 'Mei Lin, R.Ac';
const shot = (name: string) => path.join(screenshotDir, `${name}.png`);

/** A Tuesday 3 to 13 days ahead (inside the notice, the horizon and the first 14 days of /care), no holiday. */
function comingTuesday(): string {
  const today = todayIn(ZONE, new Date());
  for (let d = 3; d < 14; d++) {
    const date = addDays(today, d);
    if (isoWeekday(date) === 2 && !BC_HOLIDAYS_2026_2027.some((h) => h.date === date)) return date;
  }
  throw new Error('no open Tuesday ahead');
}

/** "3:00 PM" or "15:00" → minutes after midnight. */
function minutesOf(text: string): number {
  const [, h, m, ap] = /(\d{1,2}):(\d{2})\s*([ap])?/i.exec(text)!;
  const hour = ap ? (Number(h) % 12) + (ap.toLowerCase() === 'p' ? 12 : 0) : Number(h);
  return hour * 60 + Number(m);
}

/**
 * A clinic admin changes a practitioner's Tuesday in the settings; a time outside the clinic's
 * hours is refused in words next to the field; the patient's /care shows the new times at once.
 * Its own app: it changes the demo clinic.
 */
describe("a practitioner's working hours in the browser", () => {
  let app: RunningApp;
  let clinicId: string;
  const api = async (p: string) => (await fetch(`${app.url}${p}`)).json();

  beforeAll(async () => {
    app = await startApp();
    clinicId = ((await api('/api/clinics')) as { id: string }[])[0]!.id;
  }, 120_000);
  afterAll(async () => app?.stop());

  async function signIn(page: Page, lang: 'en' | 'es') {
    await page.goto('/clinic');
    if (lang === 'es') await page.getByRole('button', { name: 'Español' }).click();
    await page.locator('input[type="email"]').fill('admin@falsecreek.example');
    await page.locator('input[type="password"]').fill('psoas-demo-admin');
    await page.locator('form button[type="submit"]').click();
    const form = page.getByRole('form', { name: lang === 'en' ? 'Working hours' : 'Horario de trabajo' });
    await form.waitFor();
    await form.getByLabel(lang === 'en' ? 'Practitioner' : 'Profesional').selectOption({ label: MEI });
    return form;
  }

  it("an admin moves Mei Lin's Tuesday to the afternoon and /care offers only those times", async ({
    browser,
  }) => {
    const { page } = await newPage(browser, app.url, DESKTOP);
    const form = await signIn(page, 'en');
    // Mei works 09:30–13:00 and 14:00–19:00; the clinic is open 09:30–19:00.
    await form.getByText('Clinic open 09:30–19:00').first().waitFor();
    await form.getByRole('button', { name: 'Remove these hours Tuesday 09:30 to 13:00' }).click();
    const starts = form.getByLabel('Tuesday, Starts at');
    const ends = form.getByLabel('Tuesday, Ends at');
    await starts.fill('15:00');
    await ends.fill('20:00');
    await form.getByRole('button', { name: 'Save working hours' }).click();

    const message = form.getByText("Pick times inside the clinic's hours that day: 09:30–19:00.");
    await message.waitFor();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id))
      .toBe(await ends.getAttribute('id'));
    expect(await ends.getAttribute('aria-describedby')).toContain(await message.getAttribute('id'));
    await form.screenshot({ path: shot('settings-working-hours-error-desktop-en') });

    await ends.fill('17:00');
    await form.getByRole('button', { name: 'Save working hours' }).click();
    await form.getByText(`Working hours saved for ${MEI}.`).waitFor();
    expect(await message.count()).toBe(0);
    const clinic = await api(`/api/clinics/${clinicId}`);
    const mei = clinic.practitioners.find((p: { displayName: string }) => p.displayName === MEI);
    expect(mei.workingHours['2']).toEqual([{ start: '15:00', end: '17:00' }]);
    expect(mei.workingHours['3']).toEqual([
      { start: '09:30', end: '13:00' },
      { start: '14:00', end: '19:00' },
    ]);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // The patient's page, straight after: acupuncture (60 minutes) with Mei on that Tuesday.
    const tuesday = comingTuesday();
    const care = (await newPage(browser, app.url, PHONE)).page;
    await care.goto('/care');
    await care.locator('.care-option', { hasText: /^Acupuncture/ }).click();
    await care.locator('.care-option', { hasText: MEI }).click();
    const label = new Intl.DateTimeFormat('en-US', {
      timeZone: 'UTC',
      weekday: 'long',
      month: 'long',
      day: 'numeric',
    }).format(new Date(`${tuesday}T12:00:00Z`));
    await care.getByRole('button', { name: new RegExp(`^${label}: 5 free times$`) }).click();
    await care.locator('.care-times .care-slot').first().waitFor();
    const shown = (await care.locator('.care-times .care-slot').allInnerTexts()).map(minutesOf);
    expect(shown).toEqual([900, 915, 930, 945, 960]);
    await care.screenshot({ path: shot('care-after-working-hours-phone-en') });
  }, 180_000);

  for (const [device, name] of [
    [PHONE, 'phone'],
    [DESKTOP, 'desktop'],
  ] as const) {
    for (const lang of ['en', 'es'] as const) {
      it(`the working hours editor fits and reads on a ${name} (${lang})`, async ({ browser }) => {
        const { page } = await newPage(browser, app.url, device);
        const form = await signIn(page, lang);
        await form
          .getByRole('switch', { name: lang === 'en' ? 'Works on Saturday' : 'Trabaja el sábado' })
          .waitFor();
        await form
          .getByText(lang === 'en' ? 'Clinic closed' : 'Clínica cerrada')
          .first()
          .waitFor();
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
        expect(overflow).toBe(false);
        expect(await seriousAccessibilityViolations(page)).toEqual([]);
        await form.screenshot({ path: shot(`settings-working-hours-${name}-${lang}`) });
      }, 120_000);
    }
  }
});
