import path from 'node:path';
import { describe, expect } from 'vitest';
import { DESKTOP, newPage, PHONE, screenshotDir, seriousAccessibilityViolations } from './support/browser.js';
import { it } from './support/fixtures.js';

const shot = (name: string) => path.join(screenshotDir, `${name}.png`);
const RECEPTION = { email: 'demo.reception@psoas.example', password: 'psoas-demo-staff' };
const PRACTITIONER = { email: 'sofia.herrera@falsecreek.example', password: 'psoas-demo-staff' };
const PRACTITIONERS = ['Daniel Okafor, RMT', 'Dr. Sofia Herrera, DC, PT', 'Mei Lin, R.Ac'];

/**
 * The demo front desk (README, docs/clinics.md): signs in with the documented password, works
 * every practitioner's calendar, and meets no clinical data: no way to "My patients", and a
 * patient's review page is missing for it, as for someone outside the clinic.
 */
describe('the demo reception account', () => {
  it('sees every calendar and no way to patients', async ({ app, browser }) => {
    for (const [device, name] of [
      [PHONE, 'phone'],
      [DESKTOP, 'desktop'],
    ] as const) {
      const { context, page } = await newPage(browser, app.url, device);
      await page.goto('/clinic');
      await page.locator('input[type="email"]').fill(RECEPTION.email);
      await page.locator('input[type="password"]').fill(RECEPTION.password);
      await page.locator('form button[type="submit"]').click();
      await page.getByRole('heading', { name: 'Calendar' }).waitFor();

      // Every practitioner of the clinic (other tests may have added some to the shared demo).
      const [{ id }] = await (await page.request.get('/api/clinics')).json();
      const all = (await (await page.request.get(`/api/clinics/${id}`)).json()).practitioners.map(
        (p: { displayName: string }) => p.displayName,
      );
      expect(all).toEqual(expect.arrayContaining(PRACTITIONERS));
      const who = page.getByLabel('Practitioner', { exact: true }).first();
      expect(await who.locator('option').allInnerTexts()).toEqual(['All practitioners', ...all]);
      // The day view has a column per practitioner; a phone shows the day as one agenda list
      // (every practitioner's, the picker above lists them all).
      await page.getByRole('button', { name: 'Day', exact: true }).click();
      if (device === DESKTOP)
        for (const p of PRACTITIONERS)
          await page.getByRole('heading', { level: 4, name: p, exact: true }).first().waitFor();
      else await page.locator('.cal-agenda-booking, .cal-agenda-free, .cal-agenda-off').first().waitFor();
      // Booking for callers is there; patients and settings are not.
      await page.getByRole('heading', { name: 'Book for a caller' }).waitFor();
      expect(await page.getByRole('link', { name: 'My patients' }).count()).toBe(0);
      expect(await page.getByRole('heading', { name: 'Clinic settings' }).count()).toBe(0);
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await page.screenshot({ path: shot(`clinic-reception-${name}-en`) });
      await context.close();
    }
  });

  it("gets a patient's review as missing, with nothing of the patient on the page", async ({
    app,
    browser,
  }) => {
    // A patient who shares everything with the demo clinic, as a practitioner finds them.
    const staff = await newPage(browser, app.url, DESKTOP);
    await staff.page.goto('/');
    expect((await staff.page.request.post('/api/account/signin', { data: PRACTITIONER })).status()).toBe(200);
    const [clinic] = await (await staff.page.request.get('/api/staff/clinics')).json();
    const list = await (
      await staff.page.request.get(`/api/staff/clinics/${clinic.clinicId}/patients`)
    ).json();
    const dana = list.patients.find((p: { name: string }) => p.name === 'Dana Demo');
    expect(dana).toBeDefined();
    await staff.context.close();

    const { page } = await newPage(browser, app.url, PHONE);
    await page.goto('/');
    expect((await page.request.post('/api/account/signin', { data: RECEPTION })).status()).toBe(200);
    const review = `/api/staff/clinics/${clinic.clinicId}/patients/${dana.personId}/programme`;
    const answered = page.waitForResponse((r) => r.url().endsWith(review));
    await page.goto(`/clinic/review/${clinic.clinicId}/${dana.personId}`);
    expect((await answered).status()).toBe(404);
    await page
      .getByText('This patient does not share their programme with your clinic, or has none yet.')
      .waitFor();
    expect(await page.locator('body').textContent()).not.toContain('Dana');
    // The patients list and the patient's progress answer the same way.
    expect((await page.request.get(`/api/staff/clinics/${clinic.clinicId}/patients`)).status()).toBe(404);
    // Reception is not among the progress read's roles: the 403 a patient gets.
    expect((await page.request.get(`/api/staff/patients/${dana.personId}/progress`)).status()).toBe(403);
  });
});
