import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { localDate } from '../../src/domain/time/index.js';
import { freePort } from '../../src/server/db/embedded.js';
import { startTestSmtp, type TestSmtp } from '../../src/server/notifications/test-smtp.js';
import { cleanDataDir, type RunningApp, startApp } from './support/app.js';
import { DESKTOP, newPage, PHONE, screenshotDir, seriousAccessibilityViolations } from './support/browser.js';
import { showWeekOf } from './support/clinic-calendar.js';
import { it } from './support/fixtures.js';

const texts = {
  en: {
    title: 'Book a visit at a clinic',
    service: /^Acupuncture/,
    weekly: 'Every week',
    count: 'How many visits?',
    allFree: 'All 4 dates are free.',
    book: 'Book 4 visits',
    booked: 'Your 4 visits are booked',
    manage: 'See or cancel these visits',
    course: 'Your course: 4 visits, every week',
  },
  es: {
    title: 'Reserva una visita en una clínica',
    service: /^Acupuntura/,
    weekly: 'Cada semana',
    count: '¿Cuántas sesiones?',
    allFree: 'Las 4 fechas están libres.',
    book: 'Reservar 4 sesiones',
    booked: 'Tus 4 sesiones están reservadas',
    manage: 'Ver o cancelar estas sesiones',
    course: 'Tus sesiones: 4, cada semana',
  },
};

/**
 * Chooses Acupuncture with Mei Lin, every week × 4, then the first time whose four weeks are
 * all free (the demo calendar is partly booked): the list under the time says so in words.
 */
async function chooseFreeCourse(page: Page, lang: 'en' | 'es') {
  const x = texts[lang];
  await page.locator('.care-option', { hasText: x.service }).click();
  await page.locator('.care-option', { hasText: 'Mei Lin' }).click();
  const slots = page.locator('.care-times .care-slot');
  await slots.first().waitFor();
  const days = page.locator('.care-daybutton:not([disabled])');
  const dayCount = await days.count();
  let chosenRepeat = false;
  for (let d = 0; d < dayCount; d++) {
    if (d > 0) {
      await days.nth(d).click();
      await slots.first().waitFor();
    }
    const n = await slots.count();
    for (let i = 0; i < n; i++) {
      await slots.nth(i).click();
      const course = page.locator('.care-series');
      if (!chosenRepeat) {
        await course.getByRole('radio', { name: x.weekly }).check({ force: true });
        await page.getByLabel(x.count).selectOption('4');
        chosenRepeat = true;
      }
      const list = course.locator('.care-series-list li');
      await list.nth(3).waitFor();
      await expect.poll(() => list.count()).toBe(4);
      const verdict = course.locator('p[aria-live]');
      await verdict.waitFor();
      if ((await verdict.innerText()) === x.allFree) return;
    }
  }
  throw new Error('no time with four free weeks');
}

/** A mail header's RFC 2047 encoded words ("=?UTF-8?Q?…?=") as text. */
const decodeHeader = (h: string) =>
  h
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?UTF-8\?Q\?(.*?)\?=/gi, (_, q: string) =>
      decodeURIComponent(q.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, '%$1')),
    );

describe('a course of visits in the browser', () => {
  let app: RunningApp;
  let smtp: TestSmtp;
  /** The course the first test books: its manage link and the third visit's local date. */
  let course: { manage: string; thirdDay: string } | undefined;

  // An app of its own: the file books many times of the demo calendar.
  beforeAll(async () => {
    smtp = await startTestSmtp();
    const port = await freePort();
    app = await startApp({ port, env: { SMTP_URL: smtp.url, PSOAS_PUBLIC_URL: `http://127.0.0.1:${port}` } });
  }, 180_000);
  afterAll(async () => {
    await app?.stop();
    if (app) await cleanDataDir(app.dataDir);
    await smtp?.close();
  }, 180_000);

  it('a guest books 4 weekly visits, sees them on the manage page and cancels one', async ({ browser }) => {
    const { context, page } = await newPage(browser, app.url, DESKTOP);
    await page.goto('/care');
    await page.getByRole('heading', { level: 1, name: texts.en.title }).waitFor();
    await chooseFreeCourse(page, 'en');
    const dates = (await page.locator('.care-series-list .care-series-when').allInnerTexts()).map((s) =>
      s.trim(),
    );
    expect(dates).toHaveLength(4);
    // The same weekday and time each week, every one said to be free.
    const times = dates.map((d) => d.split(' at ')[1]);
    expect(new Set(times).size).toBe(1);
    expect(await page.locator('.care-series-list .care-series-state').allInnerTexts()).toEqual([
      'Free',
      'Free',
      'Free',
      'Free',
    ]);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    const email = 'course.guest@example.com';
    await page.getByLabel('Full name').fill('Course Guest');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Phone').fill('+1 604 555 0177');
    await page.getByRole('button', { name: texts.en.book }).click();
    await page.getByRole('heading', { level: 1, name: texts.en.booked }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('confirmed-title');
    const confirmedDates = (await page.locator('.care-series-list li').allInnerTexts()).map((s) => s.trim());
    expect(confirmedDates).toEqual(dates);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // One email, with every date and one calendar file holding all four.
    const [mail] = await smtp.waitFor(1, (m) => m.to.includes(email), 30_000);
    expect(decodeHeader(mail!.subject)).toBe('Booked: 4 × Acupuncture at False Creek Back Care (demo)');
    expect(mail!.raw.match(/BEGIN:VEVENT/g)?.length ?? 0).toBeGreaterThanOrEqual(4);

    // The manage page lists the course; cancelling the second visit leaves the other three.
    const manage = (await page.getByRole('link', { name: texts.en.manage }).getAttribute('href'))!;
    await page.getByRole('link', { name: texts.en.manage }).click();
    await page.getByRole('heading', { level: 2, name: texts.en.course }).waitFor();
    const items = page.locator('.care-series .care-series-list li');
    await expect.poll(() => items.count()).toBe(4);
    expect(await items.nth(1).innerText()).toContain('Visit 2 of 4');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await items
      .nth(1)
      .getByRole('button', { name: /^Cancel the visit of / })
      .click();
    await items
      .nth(1)
      .getByRole('button', { name: /^Yes, cancel / })
      .click();
    await page
      .locator('.care-series')
      .getByRole('status')
      .getByText('That visit is cancelled. The others stay booked.')
      .waitFor();
    await expect.poll(() => items.nth(1).locator('.care-series-state').innerText()).toBe('Cancelled');
    expect(await items.locator('.care-series-state').allInnerTexts()).toEqual([
      'Booked',
      'Cancelled',
      'Booked',
      'Booked',
    ]);
    // The page's own booking (the first visit) is still booked.
    await page.getByRole('heading', { level: 2, name: 'Acupuncture' }).waitFor();
    const api = (await (
      await fetch(`${app.url}/api${manage.replace('/care/booking/', '/bookings/').replace('?', '/series?')}`)
    ).json()) as {
      series: { bookings: { start: string }[] };
    };
    course = { manage, thirdDay: localDate(api.series.bookings[2]!.start, 'America/Vancouver') };
    await context.close();
  }, 240_000);

  it('staff see "Visit 3 of 4" in the appointment dialog and cancel the rest of the course', async ({
    browser,
  }) => {
    expect(course).toBeDefined();
    const { context, page } = await newPage(browser, app.url, DESKTOP);
    await page.goto('/clinic');
    await page.getByLabel('Email').fill('admin@falsecreek.example');
    await page.getByLabel('Password').fill('psoas-demo-admin');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Calendar' }).waitFor();
    await page.getByRole('button', { name: 'Week' }).click();
    await showWeekOf(page, course!.thirdDay);
    await page
      .getByRole('button', { name: /Course Guest/ })
      .first()
      .click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Visit 3 of 4 in a weekly course').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(screenshotDir, 'calendar-series-desktop-en.png') });
    await dialog.getByRole('button', { name: /^Cancel the \d remaining visits of the course$/ }).click();
    await dialog
      .getByRole('button', { name: /^Yes, cancel all \d remaining visits of Course Guest$/ })
      .click();
    await expect.poll(() => dialog.count()).toBe(0);
    const after = (await (
      await fetch(
        `${app.url}/api${course!.manage.replace('/care/booking/', '/bookings/').replace('?', '/series?')}`,
      )
    ).json()) as { series: { bookings: { status: string; start: string }[] } };
    // Every visit that had not started is cancelled now (the second one already was).
    expect(
      after.series.bookings
        .filter((b) => Date.parse(b.start) > Date.now())
        .every((b) => b.status === 'cancelled'),
    ).toBe(true);
    await context.close();
  }, 240_000);

  for (const lang of ['en', 'es'] as const) {
    for (const [device, options] of [
      ['phone', PHONE],
      ['desktop', DESKTOP],
    ] as const) {
      it(`screenshots of the course on ${device} (${lang})`, async ({ browser }) => {
        const { context, page } = await newPage(browser, app.url, options);
        await page.goto('/care');
        if (lang === 'es') await page.getByRole('button', { name: 'Español' }).click();
        await page.getByRole('heading', { level: 1, name: texts[lang].title }).waitFor();
        await chooseFreeCourse(page, lang);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        await page.locator('.care-series').scrollIntoViewIfNeeded();
        await page.screenshot({ path: path.join(screenshotDir, `care-series-${device}-${lang}.png`) });
        await page.getByLabel(lang === 'en' ? 'Full name' : 'Nombre completo').fill('Ana Ruiz');
        await page
          .getByLabel(lang === 'en' ? 'Email' : 'Correo electrónico')
          .fill(`shot.${device}.${lang}@example.com`);
        await page.getByLabel(lang === 'en' ? 'Phone' : 'Teléfono').fill('+1 604 555 0178');
        await page.getByRole('button', { name: texts[lang].book }).click();
        await page.getByRole('heading', { level: 1, name: texts[lang].booked }).waitFor();
        await page.getByRole('link', { name: texts[lang].manage }).click();
        await page.getByRole('heading', { level: 2, name: texts[lang].course }).waitFor();
        await page.locator('.care-series').scrollIntoViewIfNeeded();
        await page.screenshot({
          path: path.join(screenshotDir, `care-series-manage-${device}-${lang}.png`),
          fullPage: true,
        });
        await context.close();
      }, 240_000);
    }
  }
});
