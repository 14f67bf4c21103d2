import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { type RunningApp, startApp } from './support/app.js';
import { DESKTOP, newPage, PHONE, screenshotDir, seriousAccessibilityViolations } from './support/browser.js';
import { it } from './support/fixtures.js';

/**
 * The clinic admin's settings as a person uses them: a wrong time gets its message next to the
 * field (and focus), prices are typed with the language's decimal, booking rules and time off
 * save, and the patient reads the rules on /care and on their booking. Its own app: it changes
 * the demo clinic.
 */
describe('clinic settings in the browser', () => {
  let app: RunningApp;
  let clinicId: string;
  const shot = (name: string) => path.join(screenshotDir, `${name}.png`);
  const api = async (p: string, init?: RequestInit) => (await fetch(`${app.url}${p}`, init)).json();

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
    await page
      .getByRole('heading', { level: 2, name: lang === 'en' ? 'Clinic settings' : 'Ajustes de la clínica' })
      .waitFor();
  }

  const inViewport = (page: Page, selector: string) =>
    page.evaluate((sel) => {
      const r = document.querySelector(sel)!.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight && r.left >= 0 && r.right <= window.innerWidth;
    }, selector);

  it('an admin fixes a wrong closing time where it is shown, adds a break and saves', async ({ browser }) => {
    const { page } = await newPage(browser, app.url, DESKTOP);
    await signIn(page, 'en');
    const hours = page.getByRole('form', { name: 'Opening hours' });
    const tuesdayCloses = hours.getByLabel('Tuesday, Closes at');
    await tuesdayCloses.fill('08:00');
    await hours.getByRole('button', { name: 'Save opening hours' }).click();

    const message = hours.getByText('Pick a closing time later than the opening time.');
    await message.waitFor();
    // Focus is on the wrong field, the field says why, and both are in view.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-invalid')))
      .toBe('true');
    const focusedId = await page.evaluate(() => document.activeElement!.id);
    expect(await tuesdayCloses.getAttribute('id')).toBe(focusedId);
    expect(await tuesdayCloses.getAttribute('aria-describedby')).toContain(await message.getAttribute('id'));
    expect(await inViewport(page, `[id="${focusedId}"]`)).toBe(true);
    expect(await inViewport(page, `[id="${await message.getAttribute('id')}"]`)).toBe(true);
    expect(await page.getByText(/body\.openingHours|HH:MM|Something went wrong/).count()).toBe(0);
    await hours.screenshot({ path: shot('settings-hours-error-desktop-en') });

    await tuesdayCloses.fill('19:00');
    await hours.getByRole('button', { name: 'Add a break (Wednesday)' }).click();
    await hours.getByLabel('Wednesday, Break starts at').fill('13:00');
    await hours.getByLabel('Wednesday, Opens again at').fill('14:00');
    // The open/closed switch by keyboard.
    await hours.getByRole('switch', { name: 'Open on Saturday' }).focus();
    await page.keyboard.press('Space');
    await hours.getByLabel('Saturday, Opens at').fill('10:00');
    await hours.getByLabel('Saturday, Closes at').fill('14:00');
    await hours.getByRole('button', { name: 'Save opening hours' }).click();
    await hours.getByText('Opening hours saved.').waitFor();
    expect(await message.count()).toBe(0);
    const saved = await api(`/api/clinics/${clinicId}`);
    expect(saved.openingHours['2']).toEqual([{ start: '09:30', end: '19:00' }]);
    expect(saved.openingHours['3']).toEqual([
      { start: '09:30', end: '13:00' },
      { start: '14:00', end: '19:00' },
    ]);
    expect(saved.openingHours['6']).toEqual([{ start: '10:00', end: '14:00' }]);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.locator('.clinic-settings').screenshot({ path: shot('settings-desktop-en') });
  }, 120_000);

  it('an admin sets booking rules, time off and a closure, each removal asked first', async ({ browser }) => {
    const { page } = await newPage(browser, app.url, DESKTOP);
    await signIn(page, 'en');
    const rules = page.getByRole('form', { name: 'Booking rules' });
    await rules.getByLabel('Cancel or change online until').fill('24');
    await rules.getByText('until 24 hours before it starts').waitFor();
    await rules.getByLabel('Book at most').fill('0');
    await rules.getByRole('button', { name: 'Save booking rules' }).click();
    await rules.getByText('Enter a number of days from 1 to 366.').waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-invalid'))).toBe('true');
    await rules.getByLabel('Book at most').fill('30');
    await rules.getByRole('button', { name: 'Save booking rules' }).click();
    await rules.getByText('Booking rules saved.').waitFor();
    const saved = await api(`/api/clinics/${clinicId}`);
    expect(saved.rules).toMatchObject({ changeCutoffMinutes: 1440, maxDaysAhead: 30, minNoticeMinutes: 120 });

    const timeOff = page.getByRole('region', { name: 'Time off' });
    await timeOff.getByLabel('Practitioner').selectOption({ label: 'Mei Lin, R.Ac' });
    await timeOff.getByLabel('First day off').fill('2027-01-11');
    await timeOff.getByLabel('Last day off').fill('2027-01-08');
    await timeOff.getByRole('button', { name: 'Add time off' }).click();
    await timeOff.getByText('Pick a last day on or after the first day.').waitFor();
    await timeOff.getByLabel('Last day off').fill('2027-01-12');
    await timeOff.getByLabel('Reason').fill('Course');
    await timeOff.getByRole('button', { name: 'Add time off' }).click();
    await timeOff.getByText('Time off added for Mei Lin, R.Ac.').waitFor();
    // The demo has a 'Course' of its own (Daniel's day off): this one is Mei Lin's.
    const item = timeOff
      .getByRole('listitem')
      .filter({ hasText: 'Mei Lin, R.Ac' })
      .filter({ hasText: 'Course' });
    await item.waitFor();
    // The days are the clinic's, both included.
    expect(await item.textContent()).toContain(
      'Mei Lin, R.Ac · Monday, January 11, 2027 to Tuesday, January 12, 2027',
    );
    await item.getByRole('button', { name: /^Remove/ }).click();
    await item.getByRole('button', { name: 'Keep it' }).click();
    await item.getByRole('button', { name: /^Remove/ }).click();
    await item.getByRole('button', { name: 'Yes, remove' }).click();
    await timeOff.getByText('Time off removed.').waitFor();
    await expect.poll(() => item.count()).toBe(0);

    const closures = page.getByRole('region', { name: 'Closures and holidays' });
    await closures.getByLabel('Date').fill('2027-03-03');
    await closures.getByLabel('Reason').fill('Staff training');
    await closures.getByRole('button', { name: 'Close this day' }).click();
    await closures.getByText('Closed on Wednesday, March 3, 2027.').waitFor();
    const closed = closures.getByRole('listitem').filter({ hasText: 'Staff training' });
    await closed.getByRole('button', { name: /^Remove/ }).click();
    await closed.getByText('Open the clinic again on Wednesday, March 3, 2027?').waitFor();
    await closed.getByRole('button', { name: 'Yes, remove' }).click();
    await closures.getByText('Wednesday, March 3, 2027 is open again.').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  }, 120_000);

  for (const lang of ['en', 'es'] as const) {
    it(`on a phone (${lang}), prices are typed with the language's decimal and the settings fit`, async ({
      browser,
    }) => {
      const { page } = await newPage(browser, app.url, PHONE);
      await signIn(page, lang);
      const name = lang === 'en' ? 'Cupping' : 'Ventosas';
      const form = page.getByRole('form', { name });
      const price = form.getByLabel(lang === 'en' ? 'Price (CAD)' : 'Precio (CAD)');
      await price.waitFor();
      expect(await price.inputValue()).toMatch(lang === 'en' ? /^\d+\.\d\d$/ : /^\d+,\d\d$/);
      await price.fill('abc');
      await form.getByRole('button', { name: new RegExp(lang === 'en' ? '^Save' : '^Guardar') }).click();
      await form
        .getByText(lang === 'en' ? 'Enter a price like 85.00.' : 'Escribe un precio como 85,00.')
        .waitFor();
      await expect.poll(() => price.evaluate((el) => el === document.activeElement)).toBe(true);
      await price.fill(lang === 'en' ? '72.50' : '68,25');
      await form.getByRole('button', { name: new RegExp(lang === 'en' ? '^Save' : '^Guardar') }).click();
      await form.getByText(lang === 'en' ? 'Cupping saved.' : 'Ventosas guardado.').waitFor();
      const saved = await api(`/api/clinics/${clinicId}`);
      expect(saved.services.find((s: { slug: string }) => s.slug === 'cupping').priceCents).toBe(
        lang === 'en' ? 7250 : 6825,
      );
      expect(await price.inputValue()).toBe(lang === 'en' ? '72.50' : '68,25');

      // Nothing of the settings runs off the side of a 360 px screen.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
      expect(overflow).toBe(false);
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      const hours = page.getByRole('form', {
        name: lang === 'en' ? 'Opening hours' : 'Horario',
        exact: true,
      });
      await hours.screenshot({ path: shot(`settings-hours-phone-${lang}`) });
      const es = lang === 'es';
      await page
        .getByRole('form', { name: es ? 'Reglas de reserva' : 'Booking rules' })
        .screenshot({ path: shot(`settings-rules-phone-${lang}`) });
      await page
        .getByRole('region', { name: es ? 'Ausencias' : 'Time off' })
        .screenshot({ path: shot(`settings-time-off-phone-${lang}`) });
      await form.screenshot({ path: shot(`settings-price-phone-${lang}`) });
      if (lang === 'es') {
        const { page: desk } = await newPage(browser, app.url, DESKTOP);
        await signIn(desk, 'es');
        await desk.locator('.clinic-settings').screenshot({ path: shot('settings-desktop-es') });
      }
    }, 120_000);
  }

  for (const lang of ['en', 'es'] as const) {
    it(`a patient (${lang}) reads the rules on /care and, inside the cut-off, whom to call`, async ({
      browser,
    }) => {
      const clinic = await api(`/api/clinics/${clinicId}`);
      const acupuncture = clinic.services.find((s: { slug: string }) => s.slug === 'acupuncture');
      const today = new Date().toISOString().slice(0, 10);
      const later = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);
      const { slots } = await api(
        `/api/clinics/${clinicId}/availability?serviceId=${acupuncture.id}&from=${today}&to=${later}`,
      );
      const slot = slots[lang === 'en' ? 0 : 1];
      const { page } = await newPage(browser, app.url, PHONE);
      await page.goto('/care');
      const res = await page.request.post(`/api/clinics/${clinicId}/bookings`, {
        data: {
          serviceId: acupuncture.id,
          practitionerId: slot.practitionerId,
          start: slot.start,
          idempotencyKey: `settings-e2e-${lang}-${Date.now()}`,
          patient: { name: 'Policy Reader', email: `policy.${lang}@example.com`, phone: '+1 604 555 0199' },
        },
      });
      const made = await res.json();
      expect(made.booking?.id, JSON.stringify(made)).toBeTruthy();
      // A cut-off of a week puts any booking of the next days inside it.
      const admin = await newPage(browser, app.url, DESKTOP);
      await signIn(admin.page, 'en');
      const rules = admin.page.getByRole('form', { name: 'Booking rules' });
      await rules.getByLabel('Cancel or change online until').fill('168');
      await rules.getByRole('button', { name: 'Save booking rules' }).click();
      await rules.getByText('Booking rules saved.').waitFor();

      await page.reload();
      if (lang === 'es') await page.getByRole('button', { name: 'Español' }).click();
      const policy =
        lang === 'en'
          ? 'You can cancel or change your appointment online until 7 days before it starts.'
          : 'Puedes cancelar o cambiar tu cita en línea hasta 7 días antes de que empiece.';
      await page.getByText(policy, { exact: false }).waitFor();
      await page.locator('.care-policy a[href^="tel:"]').waitFor();

      await page.goto(`/care/booking/${made.booking.id}?token=${encodeURIComponent(made.cancelToken)}`);
      const tooLate =
        lang === 'en'
          ? 'It is too late to cancel or change this appointment online.'
          : 'Ya no puedes cancelar ni cambiar esta cita en línea.';
      await page.getByText(tooLate, { exact: false }).waitFor();
      expect(await page.getByRole('link', { name: '+1 604 555 0142' }).getAttribute('href')).toBe(
        'tel:+16045550142',
      );
      expect(
        await page
          .getByRole('button', { name: lang === 'en' ? 'Cancel this booking' : 'Cancelar esta cita' })
          .count(),
      ).toBe(0);
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await page.screenshot({ path: shot(`manage-too-late-phone-${lang}`) });

      await rules.getByLabel('Cancel or change online until').fill('2');
      await rules.getByRole('button', { name: 'Save booking rules' }).click();
      await rules.getByText('Booking rules saved.').waitFor();
    }, 120_000);
  }
});
