import { describe, expect } from 'vitest';
import { addDays, localDate } from '../../src/domain/time/index.js';
import { DESKTOP, newPage, seriousAccessibilityViolations } from './support/browser.js';
import { showWeekOf } from './support/clinic-calendar.js';
import { it } from './support/fixtures.js';

const ZONE = 'America/Vancouver';
const localDay = (iso: string) => localDate(iso, ZONE);

describe('staff see the progress a patient shares with the clinic', () => {
  it("shows the demo patient's progress on their booking, and 'not shared' for a guest", async ({
    app,
    browser,
  }) => {
    const [first] = (await (await fetch(`${app.url}/api/clinics`)).json()) as { id: string }[];
    const clinic = (await (await fetch(`${app.url}/api/clinics/${first!.id}`)).json()) as {
      id: string;
      services: { id: string; slug: string }[];
    };
    const acupuncture = clinic.services.find((s) => s.slug === 'acupuncture')!.id;
    const today = localDay(new Date().toISOString());
    const q = new URLSearchParams({ serviceId: acupuncture, from: today, to: addDays(today, 20) });
    const { slots } = (await (
      await fetch(`${app.url}/api/clinics/${clinic.id}/availability?${q}`)
    ).json()) as {
      slots: { start: string; practitionerId: string }[];
    };
    // Two times of one practitioner on one day, far enough apart that the first booking leaves the second free.
    const later = (s: (typeof slots)[number]) =>
      slots.find(
        (o) =>
          o.practitionerId === s.practitionerId &&
          localDay(o.start) === localDay(s.start) &&
          Date.parse(o.start) >= Date.parse(s.start) + 90 * 60_000,
      );
    const slot = slots.find((s) => later(s))!;
    const other = later(slot)!;

    // The demo patient (who shares everything with this clinic and has check-ins) books, signed in.
    const patient = await newPage(browser, app.url, DESKTOP);
    await patient.page.goto('/');
    const signedIn = await patient.page.request.post('/api/account/signin', {
      data: { email: 'demo.patient@psoas.example', password: 'psoas-demo-patient' },
    });
    expect(signedIn.status()).toBe(200);
    const csrf = (await patient.context.cookies()).find((c) => c.name === 'psoas_csrf')!.value;
    const bookAs = (
      request: typeof patient.page.request,
      at: { start: string; practitionerId: string },
      name: string,
      headers = {},
    ) =>
      request.post(`/api/clinics/${clinic.id}/bookings`, {
        headers,
        data: {
          serviceId: acupuncture,
          practitionerId: at.practitionerId,
          start: at.start,
          idempotencyKey: crypto.randomUUID(),
          patient: {
            name,
            email: `${name.replace(/\W/g, '.').toLowerCase()}@example.com`,
            phone: '+1 604 555 0144',
          },
        },
      });
    expect(
      (
        await bookAs(patient.page.request, slot, 'Dana Demo', {
          'x-csrf-token': decodeURIComponent(csrf),
        })
      ).status(),
    ).toBe(201);
    await patient.context.close();
    // A guest with no consent books the next time of the same practitioner.
    const guest = await newPage(browser, app.url, DESKTOP);
    await guest.page.goto('/');
    expect((await bookAs(guest.page.request, other, 'Walk In')).status()).toBe(201);
    await guest.context.close();

    const { context, page } = await newPage(browser, app.url, DESKTOP);
    await page.goto('/clinic');
    await page.getByLabel('Email').fill('admin@falsecreek.example');
    await page.getByLabel('Password').fill('psoas-demo-admin');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Calendar' }).waitFor();
    await page.getByRole('button', { name: 'Week' }).click();
    await showWeekOf(page, localDay(slot.start));

    // The booking's block on the grid opens the appointment.
    await page.getByRole('button', { name: /Dana Demo/ }).click();
    const card = page.getByRole('dialog').getByRole('article', { name: /Dana Demo/ });
    await card.waitFor();
    const show = card.getByRole('button', { name: 'Show the shared progress' });
    // By keyboard.
    await show.focus();
    await page.keyboard.press('Enter');
    const progress = card.locator('dl', { has: page.getByText('Last check-in') });
    await progress.waitFor();
    // biome-ignore lint/performance/useDomNodeTextContent: a Playwright locator, where innerText keeps the line breaks
    const text = await progress.innerText();
    expect(text).toMatch(/Pain, baseline → latest \(0–10\)\s+\d+(\.\d)? → \d+(\.\d)?: /);
    // The demo check-ins end yesterday (clinic zone), so the last check-in names a date, not "no data".
    expect(text).not.toMatch(/Last check-in\s*not enough data/);
    // The demo patient's programme began three weeks ago, with sessions done and missed.
    expect(text).toMatch(/Home sessions done\s+\d+ of \d+ planned so far \(\d+ %\)/);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: /Walk In/ }).click();
    const walkIn = page.getByRole('dialog').getByRole('article', { name: /Walk In/ });
    await walkIn.getByText('Progress: not shared with this clinic').waitFor();
    expect(await walkIn.getByRole('button', { name: 'Show the shared progress' }).count()).toBe(0);
    await context.close();
  }, 180_000);
});
