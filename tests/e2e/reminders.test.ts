import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { DESKTOP, newPage, PHONE, screenshotDir, seriousAccessibilityViolations } from './support/browser.js';
import { it } from './support/fixtures.js';
import { startProgramme } from './support/programme.js';

const texts = {
  en: {
    zoneWas: 'Times are in your time zone (America/Vancouver).',
    useZone: 'Use this device’s time zone (America/Santiago)',
    zoneNow: 'Times are in your time zone (America/Santiago).',
    switch: 'Email me reminders',
    sunday: 'Sunday',
    save: 'Save reminders',
    on: /Reminders are on/,
    off: /Reminders are off/,
  },
  es: {
    zoneWas: 'Las horas son de tu zona horaria (America/Vancouver).',
    useZone: 'Usar la zona horaria de este dispositivo (America/Santiago)',
    zoneNow: 'Las horas son de tu zona horaria (America/Santiago).',
    switch: 'Envíame recordatorios',
    sunday: 'domingo',
    save: 'Guardar recordatorios',
    on: /Recordatorios activados/,
    off: /Recordatorios desactivados/,
  },
} as const;

async function signInDemoPatient(page: Page) {
  const res = await page.request.post('/api/account/signin', {
    data: { email: 'demo.patient@psoas.example', password: 'psoas-demo-patient' },
  });
  expect(res.status()).toBeLessThan(300);
}

/** The demo patient's reminders, as the API has them. */
const stored = async (page: Page) => (await page.request.get('/api/me/reminders')).json();

async function switchOff(page: Page) {
  const csrf = (await page.context().cookies()).find((c) => c.name === 'psoas_csrf')!.value;
  const res = await page.request.put('/api/me/reminders', {
    headers: { 'x-csrf-token': decodeURIComponent(csrf) },
    data: {
      enabled: false,
      timeZone: 'America/Vancouver',
      sessionDays: [],
      sessionTime: '18:00',
      checkinDays: [],
      checkinTime: '18:00',
    },
  });
  expect(res.status()).toBe(200);
}

const inViewport = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight && r.height > 0;
  });

describe('email reminders on the programme page', () => {
  for (const language of ['en', 'es'] as const) {
    it(`a patient switches reminders on from the phone with the keyboard, in their zone (${language})`, async ({
      app,
      browser,
    }) => {
      const T = texts[language];
      const phone = { ...PHONE, timezoneId: 'America/Santiago' };
      const { context, page } = await newPage(browser, app.url, phone);
      await page.addInitScript((lang) => localStorage.setItem('psoas.language', lang), language);
      await signInDemoPatient(page);
      await switchOff(page);

      await page.goto('/programme');
      const toggle = page.getByRole('switch', { name: T.switch });
      await toggle.waitFor();
      expect(await toggle.isChecked()).toBe(false);
      // Keyboard: focus the switch and press Space; the choices appear.
      await toggle.focus();
      await page.keyboard.press('Space');
      await expect.poll(() => toggle.isChecked()).toBe(true);
      const sessions = page.getByRole('group', {
        name: language === 'en' ? 'Exercise sessions' : 'Sesiones de ejercicios',
      });
      const sunday = sessions.getByRole('checkbox', { name: T.sunday });
      await sunday.focus();
      await page.keyboard.press('Space');
      await expect.poll(() => sunday.isChecked()).toBe(true);
      await sessions.getByLabel(language === 'en' ? 'Time' : 'Hora').selectOption('08:30');

      // The times were last chosen in Vancouver; this phone is in Santiago: one tap moves them.
      await page.getByText(T.zoneWas).waitFor();
      await page.getByRole('button', { name: T.useZone }).click();
      await page.getByText(T.zoneNow).waitFor();

      await page.getByRole('button', { name: T.save }).click();
      const status = page.locator('.reminder-status');
      await status.getByText(T.on).waitFor();
      // The confirmation is in view and has focus.
      expect(await inViewport(page, '.reminder-status')).toBe(true);
      expect(await status.evaluate((el) => el === document.activeElement)).toBe(true);
      expect(await stored(page)).toEqual({
        enabled: true,
        timeZone: 'America/Santiago',
        sessionDays: [1, 3, 5, 7],
        sessionTime: '08:30',
        checkinDays: [1, 2, 3, 4, 5, 6, 7],
        checkinTime: '20:00',
      });
      expect(await seriousAccessibilityViolations(page)).toEqual([]);

      const card = page.locator('section', { has: page.locator('#reminders-title') });
      await card.scrollIntoViewIfNeeded();
      await card.screenshot({ path: path.join(screenshotDir, `reminders-phone-${language}.png`) });

      // Desktop, the same account: the stored choice is shown.
      const desk = await newPage(browser, app.url, DESKTOP);
      await desk.page.addInitScript((lang) => localStorage.setItem('psoas.language', lang), language);
      await signInDemoPatient(desk.page);
      await desk.page.goto('/programme');
      const deskToggle = desk.page.getByRole('switch', { name: T.switch });
      await deskToggle.waitFor();
      await expect.poll(() => deskToggle.isChecked()).toBe(true);
      const deskCard = desk.page.locator('section', { has: desk.page.locator('#reminders-title') });
      await deskCard.scrollIntoViewIfNeeded();
      await deskCard.screenshot({ path: path.join(screenshotDir, `reminders-desktop-${language}.png`) });
      await desk.context.close();

      // Switching off saves at once.
      await page.locator('.reminder-switch').tap();
      await status.getByText(T.off).waitFor();
      expect((await stored(page)).enabled).toBe(false);
      await context.close();
    }, 120_000);
  }

  it('tells a guest that email reminders need an account, with the way to one (en, es)', async ({
    app,
    browser,
  }) => {
    for (const [language, need, link] of [
      ['en', 'Email reminders need an account', 'Sign in or create an account'],
      ['es', 'Para recibir recordatorios por correo necesitas una cuenta', 'Inicia sesión o crea una cuenta'],
    ] as const) {
      const { context, page } = await newPage(browser, app.url, PHONE);
      await page.addInitScript((lang) => localStorage.setItem('psoas.language', lang), language);
      await startProgramme(context.request, app.url, language);
      await page.goto('/programme');
      const card = page.locator('section', { has: page.locator('#reminders-title') });
      await card.getByText(need).waitFor();
      expect(await card.getByRole('switch').count()).toBe(0);
      expect(await card.getByRole('link', { name: link }).getAttribute('href')).toBe('/account');
      await card.scrollIntoViewIfNeeded();
      await card.screenshot({ path: path.join(screenshotDir, `reminders-guest-phone-${language}.png`) });
      await context.close();
    }
  }, 120_000);
});
