import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { VIGNETTES } from '../../src/domain/assessment/vignettes/index.js';
import { addDays, localDate } from '../../src/domain/time/index.js';
import { freePort } from '../../src/server/db/embedded.js';
import { type ReceivedMail, startTestSmtp, type TestSmtp } from '../../src/server/notifications/test-smtp.js';
import { cleanDataDir, type RunningApp, startApp } from './support/app.js';
import { DESKTOP, newPage, PHONE, screenshotDir, seriousAccessibilityViolations } from './support/browser.js';
import { showWeekOf } from './support/clinic-calendar.js';
import { it } from './support/fixtures.js';

const ZONE = 'America/Vancouver';
const localDay = (iso: string) => localDate(iso, ZONE);

/** Whether the element's box lies inside the viewport (what a person sees without scrolling). */
async function inViewport(page: Page, target: Locator): Promise<boolean> {
  const box = await target.boundingBox();
  const view = page.viewportSize();
  if (!box || !view) return false;
  return box.y >= 0 && box.y + box.height <= view.height && box.x >= 0 && box.x + box.width <= view.width;
}

async function signInStaff(page: Page, email: string, password: string) {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Calendar' }).waitFor();
}

/**
 * The block sits in its day's column, its top on the row of its start time and its height that
 * many 15-minute rows: times read in the clinic's zone by the browser, as the grid shows them.
 */
async function expectAtItsRow(page: Page, block: Locator, start: string, minutes: number, day: string) {
  const time = await page.evaluate(
    ([iso, zone]) =>
      new Intl.DateTimeFormat('en-GB', {
        timeZone: zone,
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      }).format(new Date(iso!)),
    [start, ZONE],
  );
  const row = (await page.locator(`.cal-times [data-time="${time}"]`).boundingBox())!;
  const box = (await block.boundingBox())!;
  expect(Math.abs(box.y - row.y)).toBeLessThanOrEqual(1.5);
  expect(Math.abs(box.height - (minutes / 15) * row.height)).toBeLessThanOrEqual(1.5);
  const label = new Intl.DateTimeFormat('en-US', {
    timeZone: 'UTC',
    weekday: 'long',
    month: 'long',
    day: 'numeric',
  }).format(new Date(`${day}T12:00:00Z`));
  const head = (await page
    .locator('.cal-head', { has: page.getByRole('heading', { name: label, exact: true }) })
    .boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(head.x - 1);
  expect(box.x + box.width).toBeLessThanOrEqual(head.x + head.width + 1);
}

describe('clinic booking in the browser', () => {
  let app: RunningApp;
  let smtp: TestSmtp;
  let clinic: {
    id: string;
    name: string;
    services: { id: string; slug: string; durationMinutes: number }[];
    practitioners: { id: string; displayName: string }[];
  };
  const guestEmail = 'e2e.guest@example.com';
  let booking: { id: string; start: string; token: string };

  // An app of its own, mailing this file's SMTP server.
  beforeAll(async () => {
    smtp = await startTestSmtp();
    const port = await freePort();
    app = await startApp({ port, env: { SMTP_URL: smtp.url, PSOAS_PUBLIC_URL: `http://127.0.0.1:${port}` } });
    const [first] = (await (await fetch(`${app.url}/api/clinics`)).json()) as { id: string }[];
    clinic = await (await fetch(`${app.url}/api/clinics/${first!.id}`)).json();
  });
  afterAll(async () => {
    await app?.stop();
    if (app) await cleanDataDir(app.dataDir);
    await smtp?.close();
  }, 180_000);

  it('a guest books a free time and gets the confirmation email with an invite', async ({ browser }) => {
    const { context, page } = await newPage(browser, app.url, DESKTOP);
    // The guest took the self-assessment earlier in this browser.
    await page.goto('/');
    const desk = VIGNETTES.find((v) => v.id === 'desk-worker-supine')!;
    const assessed = await page.request.post('/api/assessments', {
      data: { language: 'en', answers: desk.answers },
    });
    expect(assessed.status()).toBe(201);
    await page.goto('/care');
    await page.getByRole('heading', { level: 1, name: 'Book a visit at a clinic' }).waitFor();
    const acupuncture = clinic.services.find((s) => s.slug === 'acupuncture')!;
    const mei = clinic.practitioners.find((p) => p.displayName.startsWith('Mei'))!;
    expect(acupuncture).toBeDefined();
    await page.locator('.care-option', { hasText: /^Acupuncture/ }).click();
    await page.locator('.care-option', { hasText: mei.displayName }).click();
    const firstSlot = page.locator('.care-times .care-slot').first();
    await firstSlot.waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // The time as the page shows it (the domain's zone rules, not Chromium's own zone data).
    const shownTime = (await firstSlot.innerText()).replace(/\s+/g, ' ').trim();
    // Every time shown lies in the clinic's hours (9:30–19:00, one hour long): a browser whose
    // zone data is an hour off the server's would show 10:30–19:00 and beyond.
    const minutesShown = (await page.locator('.care-times .care-slot').allInnerTexts()).map((text) => {
      const [, h, m, ap] = /(\d{1,2}):(\d{2})\s*([ap])/i.exec(text)!;
      return ((Number(h) % 12) + (ap!.toLowerCase() === 'p' ? 12 : 0)) * 60 + Number(m);
    });
    expect(Math.min(...minutesShown)).toBeGreaterThanOrEqual(9 * 60 + 30);
    expect(Math.max(...minutesShown)).toBeLessThanOrEqual(18 * 60);

    // Choose the time by keyboard: the details form comes into view with focus on its heading.
    await firstSlot.focus();
    await page.keyboard.press('Enter');
    expect(await firstSlot.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('details-title');
    await page.getByLabel('Full name').fill('Guest E2E');
    await page.getByLabel('Email').fill(guestEmail);
    await page.getByLabel('Phone').fill('+1 604 555 0123');
    // Opt-in: the box starts unticked and says, in its own words, who sees what until when.
    const share = page.getByLabel(/summary of your self-assessment/);
    await expect(share.isChecked()).resolves.toBe(false);
    const shareText = await page.locator('.care-share label').textContent();
    expect(shareText).toContain(`Staff at ${clinic.name}`);
    expect(shareText).toMatch(/until you cancel this booking or press “Stop sharing” in your account/);
    await share.check();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Book this time' }).click();

    await page.getByRole('heading', { name: 'You are booked' }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    const ics = page.getByRole('link', { name: 'Add to my calendar (.ics)' });
    const href = (await ics.getAttribute('href'))!;
    const match = /\/api\/bookings\/([0-9a-f-]{36})\/invite\.ics\?token=(.+)$/.exec(href)!;
    expect(match).not.toBeNull();
    const invite = await fetch(`${app.url}${href}`);
    expect(invite.headers.get('content-type')).toContain('text/calendar');
    expect(await invite.text()).toContain('BEGIN:VEVENT');
    const token = decodeURIComponent(match[2]!);
    const view = (await (
      await fetch(`${app.url}/api/bookings/${match[1]}?token=${encodeURIComponent(token)}`)
    ).json()) as {
      start: string;
      practitionerId: string;
    };
    expect(view.practitionerId).toBe(mei.id);
    booking = { id: match[1]!, start: view.start, token };

    const [mail] = await smtp.waitFor(1, (m) => m.to.includes(guestEmail), 30_000);
    expect(mail!.subject).toBe('Booked: Acupuncture at False Creek Back Care (demo)');
    expect(mail!.raw).toMatch(/text\/calendar/);
    // The email says the hour the page said: server and browser read one time-zone database.
    expect(mail!.decoded.replace(/\s+/g, ' ')).toContain(`, ${shownTime}–`);
    const link = /(http:\/\/127\.0\.0\.1:\d+\/care\/booking\/[0-9a-f-]{36}\?token=[\w%-]+)/.exec(
      mail!.decoded,
    )?.[1];
    expect(link).toBeDefined();

    // The link in the email opens the booking.
    await page.goto(link!);
    await page.getByRole('heading', { level: 1, name: 'Your booking' }).waitFor();
    await page.getByText('Booked', { exact: true }).waitFor();

    // The guest moves it to another free time from that page.
    await page.getByRole('button', { name: 'Choose another time' }).click();
    const newTime = page.getByLabel('New time');
    await newTime.waitFor();
    const times = await newTime
      .locator('option')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    const other =
      times.find((v) => v !== booking.start && localDay(v) === localDay(booking.start)) ?? times[0]!;
    await newTime.selectOption(other);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Move my booking' }).click();
    await page.getByRole('status').getByText('Your booking has a new time.', { exact: false }).waitFor();
    await smtp.waitFor(1, (m) => m.to.includes(guestEmail) && m.subject.startsWith('New time:'), 30_000);
    booking.start = new Date(other).toISOString();
    await context.close();
  }, 180_000);

  for (const lang of ['en', 'es'] as const) {
    it(`on a phone (${lang}), booking takes at most 8 taps from /care, and the form is in view after choosing a time`, async ({
      browser,
    }) => {
      const { context, page } = await newPage(browser, app.url, PHONE);
      await page.goto('/care');
      if (lang === 'es') await page.getByRole('button', { name: 'Español' }).click();
      const title = lang === 'en' ? 'Book a visit at a clinic' : 'Reserva una visita en una clínica';
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      let taps = 0;
      const tap = async (target: Locator) => {
        await target.tap();
        taps += 1;
      };
      const type = async (target: Locator, value: string) => {
        await tap(target);
        await target.fill(value);
      };
      const massage = lang === 'en' ? 'Massage therapy' : 'Masaje terapéutico';
      await tap(page.locator('.care-option', { hasText: massage }));
      // Professions read in the reader's language (stored as codes in the demo clinic).
      await expect(
        page.locator('.care-option', { hasText: 'Daniel Okafor' }).textContent(),
      ).resolves.toContain(
        lang === 'en'
          ? 'Registered massage therapist and osteopathic manual practitioner'
          : 'Masajista terapéutico colegiado y osteópata',
      );
      // "Anyone available" is already chosen, and so is the first day with free times.
      const firstTime = page.locator('.care-times .care-slot').first();
      await firstTime.waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await page.screenshot({
        path: path.join(screenshotDir, `care-times-phone-${lang}.png`),
        fullPage: true,
      });
      await firstTime.scrollIntoViewIfNeeded();
      await tap(firstTime);

      const form = page.locator('form.care-form');
      const heading = form.getByRole('heading', { level: 2 });
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('details-title');
      // The form's heading and first field are on screen once the scroll settles.
      await expect.poll(async () => inViewport(page, heading)).toBe(true);
      await expect.poll(async () => inViewport(page, form.locator('input').first())).toBe(true);
      await page.screenshot({ path: path.join(screenshotDir, `care-form-phone-${lang}.png`) });

      const email = `phone.${lang}@example.com`;
      await type(form.locator('input[autocomplete="name"]'), lang === 'en' ? 'Sam Lee' : 'Rosa Díaz');
      await type(form.locator('input[type="email"]'), email);
      await type(form.locator('input[type="tel"]'), '+1 604 555 0142');
      await tap(form.locator('button[type="submit"]'));
      const confirmed = lang === 'en' ? 'You are booked' : 'Tienes tu cita';
      await page.getByRole('heading', { level: 1, name: confirmed }).waitFor();
      expect(taps).toBeLessThanOrEqual(8);
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('confirmed-title');
      // The time reads as a person writes it: no doubled full stop after "a.m.".
      const summary = (await page.locator('.care-summary').textContent()) ?? '';
      expect(summary).toContain(massage);
      expect(summary).not.toMatch(/\.\./);
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await page.screenshot({ path: path.join(screenshotDir, `care-confirmed-phone-${lang}.png`) });
      await context.close();
    }, 180_000);

    it(`on a desktop (${lang}), the steps read side by side; a signed-in patient's details are filled in and no staff link shows`, async ({
      browser,
    }) => {
      const { context, page } = await newPage(browser, app.url, DESKTOP);
      const signin = await page.request.post('/api/account/signin', {
        data: { email: 'demo.patient@psoas.example', password: 'psoas-demo-patient' },
      });
      expect(signin.status()).toBeLessThan(300);
      await page.goto('/care');
      if (lang === 'es') await page.getByRole('button', { name: 'Español' }).click();
      const nav = page.getByRole('navigation');
      await nav.getByRole('link').first().waitFor();
      const staffName = lang === 'en' ? 'Clinic staff' : 'Personal de clínica';
      expect(await nav.getByRole('link', { name: staffName }).count()).toBe(0);
      await page.locator('.care-option').first().click();
      await page.locator('.care-times .care-slot').first().waitFor();
      await page.screenshot({
        path: path.join(screenshotDir, `care-times-desktop-${lang}.png`),
        fullPage: true,
      });
      await page.locator('.care-times .care-slot').first().click();
      await expect
        .poll(() => page.locator('form.care-form input[type="email"]').inputValue())
        .toBe('demo.patient@psoas.example');
      await context.close();
    }, 180_000);
  }

  it('staff see the booking on the week grid at its row, move it by keyboard, cancel it, and book a caller from a free cell', async ({
    browser,
  }) => {
    const { context, page } = await newPage(browser, app.url, DESKTOP);
    await page.goto('/clinic');
    await page.getByRole('heading', { name: 'Staff sign-in' }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await signInStaff(page, 'admin@falsecreek.example', 'psoas-demo-admin');
    // Signed in as staff, the navigation offers the clinic's pages.
    await page.getByRole('navigation').getByRole('link', { name: 'Clinic staff' }).waitFor();
    const acupuncture = clinic.services.find((s) => s.slug === 'acupuncture')!;
    const minutes = acupuncture.durationMinutes;

    await page.getByRole('button', { name: 'Week' }).click();
    await showWeekOf(page, localDay(booking.start));
    const block = page.getByRole('button', { name: /Guest E2E/ });
    await block.waitFor();
    await expectAtItsRow(page, block, booking.start, minutes, localDay(booking.start));
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(screenshotDir, 'calendar-week-desktop-en.png'), fullPage: true });

    // The block opens the appointment, with the assessment the patient shared.
    await block.click();
    const dialog = page.getByRole('dialog');
    const card = dialog.getByRole('article', { name: /Guest E2E/ });
    await card.waitFor();
    await card.getByRole('button', { name: 'Show the shared self-assessment' }).click();
    await card.getByText('tight-short').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // Move by keyboard: the free times light up and the first takes focus; arrow down, Enter.
    // (Escape first: the old time stays and the block has focus again.)
    const focusedCell = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return el?.classList.contains('is-move') ? (el.dataset.start ?? null) : null;
      });
    const focusedLabel = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
    await card.getByRole('button', { name: 'Move to another time' }).click();
    await expect.poll(focusedCell, { timeout: 10_000 }).not.toBeNull();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.cal-cell.is-move').count()).toBe(0);
    await expect.poll(focusedLabel).toMatch(/Guest E2E/);
    await page.keyboard.press('Enter');
    await dialog.getByRole('button', { name: 'Move to another time' }).click();
    await expect.poll(focusedCell, { timeout: 10_000 }).not.toBeNull();
    await page.screenshot({ path: path.join(screenshotDir, 'calendar-move-desktop-en.png') });
    await page.keyboard.press('ArrowDown');
    const target = (await focusedCell())!;
    expect(target).not.toBeNull();
    await page.keyboard.press('Enter');
    const confirm = page.getByRole('alertdialog');
    await confirm.getByRole('heading', { name: /Move Guest E2E to/ }).waitFor();
    await page.keyboard.press('Tab');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Move appointment');
    await page.keyboard.press('Enter');
    await page.getByRole('status').getByText('Booking moved.').waitFor();
    const moved = (await (
      await fetch(`${app.url}/api/bookings/${booking.id}?token=${encodeURIComponent(booking.token)}`)
    ).json()) as { start: string };
    expect(Date.parse(moved.start)).toBe(Date.parse(target));
    // The moved block has focus, at its new row; the patient gets one "New time" email for it.
    await expect.poll(focusedLabel).toMatch(/Guest E2E/);
    await expectAtItsRow(
      page,
      page.getByRole('button', { name: /Guest E2E/ }),
      target,
      minutes,
      localDay(target),
    );
    const newTime = (m: ReceivedMail) => m.to.includes(guestEmail) && m.subject.startsWith('New time:');
    await smtp.waitFor(2, newTime, 30_000); // the guest's own move earlier, and this one
    await new Promise((r) => setTimeout(r, 1_500));
    expect(smtp.messages.filter(newTime)).toHaveLength(2);

    // Cancel asks first; the safe answer has focus.
    await page.getByRole('button', { name: /Guest E2E/ }).click();
    await dialog.getByRole('button', { name: 'Cancel appointment' }).click();
    await dialog.getByText(/Cancel the appointment of Guest E2E on .+\? They get an email\./).waitFor();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Keep appointment');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(screenshotDir, 'calendar-cancel-desktop-en.png') });
    await dialog.getByRole('button', { name: 'Cancel appointment' }).click();
    await page.getByRole('status').getByText('Booking cancelled.').waitFor();
    // Cancelled bookings are hidden until asked for.
    await expect.poll(() => page.getByRole('button', { name: /Guest E2E/ }).count()).toBe(0);
    await page.getByRole('button', { name: 'Show cancelled' }).click();
    await page.getByRole('button', { name: /Guest E2E.*Cancelled/ }).waitFor();
    await smtp.waitFor(1, (m) => m.to.includes(guestEmail) && m.subject.startsWith('Cancelled:'), 30_000);
    const after = (await (
      await fetch(`${app.url}/api/bookings/${booking.id}?token=${encodeURIComponent(booking.token)}`)
    ).json()) as { status: string };
    expect(after.status).toBe('cancelled');

    // A patient calls: the front desk picks a free cell of Mei Lin's week; the form is filled in.
    const mei = clinic.practitioners.find((p) => p.displayName.startsWith('Mei'))!;
    await page.locator('.clinic-toolbar').getByLabel('Practitioner').selectOption(mei.id);
    await page.getByLabel('Treatment', { exact: true }).selectOption(acupuncture.id);
    const today = localDay(new Date().toISOString());
    const q = new URLSearchParams({
      serviceId: acupuncture.id,
      practitionerId: mei.id,
      from: today,
      to: addDays(today, 20),
    });
    const free = (
      (await (await fetch(`${app.url}/api/clinics/${clinic.id}/availability?${q}`)).json()) as {
        slots: { start: string }[];
      }
    ).slots.map((s) => Date.parse(s.start));
    let cell: string | undefined;
    for (let week = 0; week < 3 && !cell; week++) {
      if (week > 0) await page.getByRole('button', { name: 'Next' }).click();
      await page.locator('.cal-cell.is-book').first().waitFor();
      const starts = await page
        .locator('.cal-cell.is-book')
        .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.start!));
      cell = starts.find((s) => Date.parse(s) > Date.now() + 86_400_000 && free.includes(Date.parse(s)));
    }
    expect(cell).toBeDefined();
    await page.locator(`.cal-cell[data-start="${cell}"]`).click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Book for a caller');
    await page.getByText(/^Time chosen on the calendar:/).waitFor();
    await expect
      .poll(async () =>
        Date.parse((await page.getByLabel('Time', { exact: true }).inputValue()).split('|')[1] ?? ''),
      )
      .toBe(Date.parse(cell!));
    await page.getByLabel('Patient name').fill('Caller E2E');
    await page.getByLabel('Phone').fill('+1 604 555 0177');
    await page.getByLabel('Email').fill('caller.e2e@example.com');
    await page.getByRole('button', { name: 'Book', exact: true }).click();
    await page.getByRole('status').getByText('Booked for Caller E2E.').waitFor();
    await expectAtItsRow(
      page,
      page.getByRole('button', { name: /Caller E2E/ }),
      cell!,
      minutes,
      localDay(cell!),
    );
    await smtp.waitFor(
      1,
      (m) => m.to.includes('caller.e2e@example.com') && m.subject.startsWith('Booked:'),
      30_000,
    );
    await context.close();
  }, 180_000);

  for (const lang of ['en', 'es'] as const) {
    it(`the staff calendar fits a 360 px phone, and reads in ${lang} on a phone and a desktop`, async ({
      browser,
    }) => {
      for (const device of [PHONE, DESKTOP]) {
        const { context, page } = await newPage(browser, app.url, device);
        await page.goto('/clinic');
        if (lang === 'es') await page.getByRole('button', { name: 'Español' }).click();
        await page.locator('input[type="email"]').fill('mei.lin@falsecreek.example');
        await page.locator('input[type="password"]').fill('psoas-demo-staff');
        await page.locator('form button[type="submit"]').click();
        await page.getByRole('heading', { name: lang === 'en' ? 'Calendar' : 'Agenda' }).waitFor();
        // A phone shows the days as an agenda, a desktop as a grid.
        await page.locator(device === PHONE ? '.cal-agenda' : '.cal-grid').waitFor();
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        expect(await seriousAccessibilityViolations(page)).toEqual([]);
        const name = device === PHONE ? 'phone' : 'desktop';
        await page.screenshot({
          path: path.join(screenshotDir, `calendar-day-${name}-${lang}.png`),
          fullPage: true,
        });
        if (device === DESKTOP && lang === 'es') {
          await page.getByRole('button', { name: 'Semana' }).click();
          await page.locator('.cal-grid h3').first().waitFor();
          await page.screenshot({
            path: path.join(screenshotDir, 'calendar-week-desktop-es.png'),
            fullPage: true,
          });
        }
        if (device === PHONE) {
          // A block opens its appointment in a dialog that fits the screen.
          const block = page.locator('.cal-agenda-booking').first();
          if ((await block.count()) > 0) {
            await block.click();
            await page.getByRole('dialog').waitFor();
            expect(await seriousAccessibilityViolations(page)).toEqual([]);
            await page.screenshot({
              path: path.join(screenshotDir, `calendar-appointment-phone-${lang}.png`),
            });
          }
        }
        await context.close();
      }
    }, 180_000);
  }
});
