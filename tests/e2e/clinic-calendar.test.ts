import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { addDays, isoWeekday, localDate } from '../../src/domain/time/index.js';
import { freePort } from '../../src/server/db/embedded.js';
import { type ReceivedMail, startTestSmtp, type TestSmtp } from '../../src/server/notifications/test-smtp.js';
import { formatDay } from '../../src/web/pages/care/care-api.js';
import { cleanDataDir, type RunningApp, startApp } from './support/app.js';
import { DESKTOP, newPage, PHONE, screenshotDir, seriousAccessibilityViolations } from './support/browser.js';
import { it } from './support/fixtures.js';

const ADMIN = { email: 'admin@falsecreek.example', password: 'psoas-demo-admin' };
const shot = (name: string) => path.join(screenshotDir, `${name}.png`);
const TEXT = {
  en: { next: 'Next', week: 'Week', calendar: 'Calendar' },
  es: { next: 'Siguiente', week: 'Semana', calendar: 'Agenda' },
} as const;

interface Booking {
  id: string;
  start: string;
  end: string;
  status: string;
  serviceId: string;
  practitionerId: string;
  patient: { name: string; email: string };
}
interface Clinic {
  id: string;
  timeZone: string;
  practitioners: {
    id: string;
    displayName: string;
    timeOff?: { from: string; to: string; reason: string | null }[];
  }[];
}

/** Signs the page in as the front desk and opens the calendar in the language. */
async function openCalendar(page: Page, lang: 'en' | 'es' = 'en') {
  await page.context().addInitScript((l) => localStorage.setItem('psoas.language', l), lang);
  await page.goto('/');
  expect((await page.request.post('/api/account/signin', { data: ADMIN })).status()).toBe(200);
  await page.goto('/clinic');
  await page.getByRole('heading', { name: TEXT[lang].calendar, exact: true }).waitFor();
}

/** Presses "Next" in the day view until the day's heading shows, as a person would. */
async function showDay(page: Page, day: string, lang: 'en' | 'es' = 'en') {
  const heading = page.locator('.cal-dayhead h3');
  await heading.waitFor();
  const want = formatDay(day, lang);
  for (let i = 0; i < 21 && (await heading.textContent()) !== want; i++)
    await page.getByRole('button', { name: TEXT[lang].next, exact: true }).click();
  await expect.poll(() => heading.textContent()).toBe(want);
}

describe('the staff calendar: time off, drag to move, the phone agenda', () => {
  let app: RunningApp;
  let smtp: TestSmtp;
  let clinic: Clinic;
  let today: string;
  const bookingsOf = async (page: Page, from: string, to: string) =>
    (await (
      await page.request.get(`/api/staff/clinics/${clinic.id}/bookings?from=${from}&to=${to}`)
    ).json()) as Booking[];

  // An app of its own, mailing this file's SMTP server, so moves here touch no other test.
  beforeAll(async () => {
    smtp = await startTestSmtp();
    const port = await freePort();
    app = await startApp({ port, env: { SMTP_URL: smtp.url, PSOAS_PUBLIC_URL: `http://127.0.0.1:${port}` } });
    const [first] = (await (await fetch(`${app.url}/api/clinics`)).json()) as { id: string }[];
    clinic = await (await fetch(`${app.url}/api/clinics/${first!.id}`)).json();
    today = localDate(new Date().toISOString(), clinic.timeZone);
  });
  afterAll(async () => {
    await app?.stop();
    if (app) await cleanDataDir(app.dataDir);
    await smtp?.close();
  }, 180_000);

  it("shades a practitioner's time off in their column, at their working rows, named for everyone", async ({
    browser,
  }) => {
    const { context, page } = await newPage(browser, app.url, DESKTOP);
    await openCalendar(page);
    const staffClinic = (await (await page.request.get(`/api/staff/clinics/${clinic.id}`)).json()) as Clinic;
    // The demo gives Daniel a day off ("Course") on his next working day.
    const daniel = staffClinic.practitioners.find((p) => p.displayName.startsWith('Daniel'))!;
    const off = daniel.timeOff?.[0];
    expect(off).toMatchObject({ reason: 'Course' });
    await showDay(page, off!.from);

    const column = (name: string) => page.getByRole('region', { name, exact: true });
    const shade = column(daniel.displayName).locator('.cal-off');
    await expect(shade.count()).resolves.toBe(1);
    await expect(shade.textContent()).resolves.toBe('Time off: Course');
    // From his first working hour (11:00) to closing (19:00), on those rows of the time axis.
    const row = async (time: string) =>
      (await page.locator(`.cal-times [data-time="${time}"]`).boundingBox())!;
    const box = (await shade.boundingBox())!;
    const eleven = await row('11:00');
    const last = await row('18:45');
    expect(Math.abs(box.y - eleven.y)).toBeLessThanOrEqual(1.5);
    expect(Math.abs(box.y + box.height - (last.y + last.height))).toBeLessThanOrEqual(1.5);
    // The others work that day as usual, and no open time is offered in Daniel's column.
    for (const p of staffClinic.practitioners.filter((p) => p.id !== daniel.id))
      await expect(column(p.displayName).locator('.cal-off').count()).resolves.toBe(0);
    await expect(column(daniel.displayName).locator('.cal-cell').count()).resolves.toBe(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.locator('.clinic-calendar').screenshot({ path: shot('calendar-timeoff-day-desktop-en') });

    // The week of everyone names him on that day.
    await page.getByRole('button', { name: 'Week', exact: true }).click();
    const head = page.locator('.cal-head', {
      has: page.getByRole('heading', { name: formatDay(off!.from, 'en'), exact: true }),
    });
    await head.getByText(`Time off: ${daniel.displayName} (Course)`).waitFor();
    await context.close();
  }, 180_000);

  it('drags a booking to a free time: asks, moves it, and the patient gets one new invite; dropped elsewhere it goes back', async ({
    browser,
  }) => {
    const { context, page } = await newPage(browser, app.url, { viewport: { width: 1280, height: 1150 } });
    await openCalendar(page);
    const mei = clinic.practitioners.find((p) => p.displayName.startsWith('Mei'))!;
    // One of Mei's appointments from tomorrow on (the demo books this week and next).
    const all = await bookingsOf(page, addDays(today, 1), addDays(today, 13));
    const booking = all.find((b) => b.practitionerId === mei.id && b.status === 'active')!;
    expect(booking).toBeDefined();
    const day = localDate(booking.start, clinic.timeZone);
    await showDay(page, day);
    const block = page.locator(`.cal-block[data-block="${booking.id}"]`);
    await block.scrollIntoViewIfNeeded();
    const from = (await block.boundingBox())!;

    // Pick the block up: the free times of the availability engine light up while it is held.
    await page.mouse.move(from.x + from.width / 2, from.y + 8);
    await page.mouse.down();
    await page.mouse.move(from.x + from.width / 2 + 12, from.y + 20, { steps: 4 });
    await expect
      .poll(() => page.locator('.cal-cell.is-move').count(), { timeout: 15_000 })
      .toBeGreaterThan(0);
    await page
      .getByRole('status')
      .getByText(/Drop .+ on a green time/)
      .waitFor();
    const view = page.viewportSize()!;
    const targets = await page.locator('.cal-cell.is-move').evaluateAll(
      (els, height) =>
        els
          .map((e) => ({ start: (e as HTMLElement).dataset.start!, rect: e.getBoundingClientRect() }))
          .filter((c) => c.rect.top >= 0 && c.rect.bottom <= height)
          .map((c) => ({ start: c.start, x: c.rect.x + c.rect.width / 2, y: c.rect.y + c.rect.height / 2 })),
      view.height,
    );
    const target = targets.find((c) => Math.abs(c.y - (from.y + 8)) > 60)!;
    expect(target).toBeDefined();
    // The free times are all Mei's (her column), from the same API the patient books with.
    const q = new URLSearchParams({
      serviceId: booking.serviceId,
      practitionerId: mei.id,
      from: day,
      to: day,
    });
    const free = (
      (await (await fetch(`${app.url}/api/clinics/${clinic.id}/availability?${q}`)).json()) as {
        slots: { start: string }[];
      }
    ).slots.map((s) => Date.parse(s.start));
    expect(free).toContain(Date.parse(target.start));
    await page.mouse.move(target.x, target.y, { steps: 10 });
    await expect
      .poll(() => page.locator(`.cal-cell.is-move.is-over[data-start="${target.start}"]`).count())
      .toBe(1);
    await page.screenshot({ path: shot('calendar-drag-desktop-en') });
    await page.mouse.up();

    const confirm = page.getByRole('alertdialog');
    await confirm
      .getByRole('heading', { name: new RegExp(`^Move ${booking.patient.name} to .+\\?$`) })
      .waitFor();
    await confirm.getByRole('button', { name: 'Move appointment' }).click();
    await page.getByRole('status').getByText('Booking moved.').waitFor();
    const moved = (await bookingsOf(page, day, day)).find((b) => b.id === booking.id)!;
    expect(Date.parse(moved.start)).toBe(Date.parse(target.start));
    const newTime = (m: ReceivedMail) =>
      m.to.includes(booking.patient.email) && /^(New time|Nueva hora):/.test(m.subject);
    await smtp.waitFor(1, newTime, 30_000);
    await new Promise((r) => setTimeout(r, 1_500));
    expect(smtp.messages.filter(newTime)).toHaveLength(1);
    expect(smtp.messages.find(newTime)!.decoded).toContain('text/calendar');

    // Dropped on the time axis (not a free time): no question, the block is back, nothing moved.
    const again = page.locator(`.cal-block[data-block="${booking.id}"]`);
    await again.scrollIntoViewIfNeeded();
    const before = (await again.boundingBox())!;
    const axis = (await page.locator('.cal-times').boundingBox())!;
    await page.mouse.move(before.x + before.width / 2, before.y + 8);
    await page.mouse.down();
    await page.mouse.move(before.x + before.width / 2 + 12, before.y + 20, { steps: 4 });
    await expect
      .poll(() => page.locator('.cal-cell.is-move').count(), { timeout: 15_000 })
      .toBeGreaterThan(0);
    await page.mouse.move(axis.x + axis.width / 2, before.y + 40, { steps: 6 });
    await page.mouse.up();
    await expect.poll(() => page.locator('.cal-cell.is-move').count()).toBe(0);
    await expect(page.getByRole('alertdialog').count()).resolves.toBe(0);
    await expect(page.getByRole('dialog').count()).resolves.toBe(0);
    const after = (await again.boundingBox())!;
    expect(Math.abs(after.y - before.y)).toBeLessThanOrEqual(1);
    expect(Math.abs(after.x - before.x)).toBeLessThanOrEqual(1);
    const still = (await bookingsOf(page, day, day)).find((b) => b.id === booking.id)!;
    expect(still.start).toBe(moved.start);
    // A plain click still opens the appointment.
    await again.click();
    await page.getByRole('dialog').getByRole('heading', { name: booking.patient.name }).waitFor();
    await context.close();
  }, 180_000);

  it('on a touch screen, a held block is dragged onto a free time; "Keep the old time" leaves it', async ({
    browser,
  }) => {
    // A tablet: wide enough for the grid, driven by a finger.
    const tablet = { ...PHONE, viewport: { width: 1000, height: 1150 }, deviceScaleFactor: 1 };
    const { context, page } = await newPage(browser, app.url, tablet);
    await openCalendar(page);
    const mei = clinic.practitioners.find((p) => p.displayName.startsWith('Mei'))!;
    const all = await bookingsOf(page, addDays(today, 1), addDays(today, 13));
    const booking = all.find((b) => b.practitionerId === mei.id && b.status === 'active')!;
    const day = localDate(booking.start, clinic.timeZone);
    await showDay(page, day);
    const block = page.locator(`.cal-block[data-block="${booking.id}"]`);
    await block.scrollIntoViewIfNeeded();
    const from = (await block.boundingBox())!;
    const cdp = await context.newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number, y: number) =>
      cdp.send('Input.dispatchTouchEvent', {
        type,
        touchPoints: type === 'touchEnd' ? [] : [{ x, y, id: 1 }],
      });
    const x0 = from.x + from.width / 2;
    const y0 = from.y + 8;
    // A finger held still picks the block up; the free times light up.
    await touch('touchStart', x0, y0);
    await expect
      .poll(() => page.locator('.cal-cell.is-move').count(), { timeout: 15_000 })
      .toBeGreaterThan(0);
    const target = (
      await page.locator('.cal-cell.is-move').evaluateAll(
        (els, height) =>
          els
            .map((e) => ({ start: (e as HTMLElement).dataset.start!, r: e.getBoundingClientRect() }))
            .filter((c) => c.r.top >= 0 && c.r.bottom <= height)
            .map((c) => ({ start: c.start, x: c.r.x + c.r.width / 2, y: c.r.y + c.r.height / 2 })),
        page.viewportSize()!.height,
      )
    ).find((c) => Math.abs(c.y - y0) > 60)!;
    expect(target).toBeDefined();
    const scrollBefore = await page.evaluate(() => window.scrollY);
    for (let i = 1; i <= 10; i++)
      await touch('touchMove', x0 + ((target.x - x0) * i) / 10, y0 + ((target.y - y0) * i) / 10);
    await expect
      .poll(() => page.locator(`.cal-cell.is-move.is-over[data-start="${target.start}"]`).count())
      .toBe(1);
    // The finger dragged the block, not the page.
    expect(await page.evaluate(() => window.scrollY)).toBe(scrollBefore);
    await touch('touchEnd', target.x, target.y);
    const confirm = page.getByRole('alertdialog');
    await confirm
      .getByRole('heading', { name: new RegExp(`^Move ${booking.patient.name} to .+\\?$`) })
      .waitFor();
    await confirm.getByRole('button', { name: 'Keep the old time' }).click();
    await expect.poll(() => page.locator('.cal-cell.is-move').count()).toBe(0);
    const still = (await bookingsOf(page, day, day)).find((b) => b.id === booking.id)!;
    expect(still.start).toBe(booking.start);
    await context.close();
  }, 180_000);

  for (const lang of ['en', 'es'] as const) {
    it(`on a 360 px phone (${lang}) the day is an agenda in time order, no sideways scroll; a gap books a caller${lang === 'en' ? ', Move lists the free times' : ''}`, async ({
      browser,
    }) => {
      const { context, page } = await newPage(browser, app.url, PHONE);
      await openCalendar(page, lang);
      // The first weekday from tomorrow on that has appointments.
      const list = await bookingsOf(page, addDays(today, 1), addDays(today, 13));
      const day = list
        .map((b) => localDate(b.start, clinic.timeZone))
        .filter((d) => isoWeekday(d) <= 5)
        .sort()[0]!;
      await showDay(page, day, lang);
      const agenda = page.locator('.cal-agenda');
      await agenda.waitFor();
      await expect(page.locator('.cal-grid').count()).resolves.toBe(0);
      const expected = list
        .filter((b) => localDate(b.start, clinic.timeZone) === day && b.status !== 'cancelled')
        .sort((a, b) => Date.parse(a.start) - Date.parse(b.start))
        .map((b) => b.patient.name);
      expect(expected.length).toBeGreaterThan(0);
      await expect.poll(() => agenda.locator('.cal-agenda-name').allTextContents()).toEqual(expected);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await page.locator('.clinic-calendar').screenshot({ path: shot(`calendar-agenda-day-phone-${lang}`) });

      // A free gap's "Book" fills in "Book for a caller" with that practitioner and time.
      const book = agenda.locator('.cal-agenda-free button').first();
      await book.click();
      const prefill = lang === 'en' ? /^Time chosen on the calendar:/ : /^Hora elegida en la agenda:/;
      await page.locator('.cal-prefill').getByText(prefill).first().waitFor();

      // Tapping an appointment opens the same dialog as on the grid.
      await agenda.locator('.cal-agenda-booking').first().click();
      await page.getByRole('dialog').getByRole('heading', { name: expected[0]! }).waitFor();
      if (lang === 'es') {
        await page.keyboard.press('Escape');
        await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
      } else {
        // "Move" from the dialog lists the free times as buttons; one is asked about, then moved.
        await page.getByRole('dialog').getByRole('button', { name: 'Move to another time' }).click();
        const time = agenda.locator('.cal-agenda-times .cal-cell').first();
        await time.waitFor({ timeout: 15_000 });
        const start = (await time.getAttribute('data-start'))!;
        // The first free time has focus (the appointment that had it is no longer listed).
        await expect
          .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-start')))
          .toBe(start);
        expect(
          await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
        ).toBeLessThanOrEqual(0);
        await page.locator('.clinic-calendar').screenshot({ path: shot('calendar-agenda-move-phone-en') });
        await time.click();
        await page.getByRole('alertdialog').getByRole('button', { name: 'Move appointment' }).click();
        await page.getByRole('status').getByText('Booking moved.').waitFor();
        const first = list.find(
          (b) => b.patient.name === expected[0] && localDate(b.start, clinic.timeZone) === day,
        )!;
        const moved = (await bookingsOf(page, day, addDays(day, 13))).find((b) => b.id === first.id)!;
        expect(Date.parse(moved.start)).toBe(Date.parse(start));
      }

      // The week is the same agenda, a heading per day.
      await page.getByRole('button', { name: TEXT[lang].week, exact: true }).click();
      await agenda.locator('h3').first().waitFor();
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
      ).toBeLessThanOrEqual(0);
      await page.locator('.clinic-calendar').screenshot({ path: shot(`calendar-agenda-week-phone-${lang}`) });
      await context.close();

      // The desktop in the same language: the grid, day and week.
      const desk = await newPage(browser, app.url, DESKTOP);
      await openCalendar(desk.page, lang);
      await showDay(desk.page, day, lang);
      await desk.page.locator('.cal-grid').waitFor();
      await desk.page
        .locator('.clinic-calendar')
        .screenshot({ path: shot(`calendar-grid-day-desktop-${lang}`) });
      await desk.page.getByRole('button', { name: TEXT[lang].week, exact: true }).click();
      await desk.page.locator('.cal-grid h3').first().waitFor();
      await desk.page
        .locator('.clinic-calendar')
        .screenshot({ path: shot(`calendar-grid-week-desktop-${lang}`) });
      await desk.context.close();
    }, 180_000);
  }
});
