import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { addDays, isoWeekday, localDate } from '../../src/domain/time/index.js';
import { freePort } from '../../src/server/db/embedded.js';
import { startTestSmtp, type TestSmtp } from '../../src/server/notifications/test-smtp.js';
import { cleanDataDir, type RunningApp, startApp } from './support/app.js';
import { DESKTOP, newPage, PHONE, screenshotDir, seriousAccessibilityViolations } from './support/browser.js';
import { it } from './support/fixtures.js';

const ZONE = 'America/Vancouver';

interface Made {
  booking: { id: string; start: string };
  cancelToken: string;
}

describe('waitlist in the browser', () => {
  let app: RunningApp;
  let smtp: TestSmtp;
  let clinicId: string;
  let acupuncture: string;
  let mei: { id: string; displayName: string };
  let fullDay: string;
  let taken: Made[];

  const json = async (url: string, init?: { method: string; body: unknown }) => {
    const res = await fetch(`${app.url}${url}`, {
      method: init?.method ?? 'GET',
      headers: init ? { 'content-type': 'application/json' } : {},
      body: init ? JSON.stringify(init.body) : undefined,
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };
  /** Other patients book every free acupuncture time of Mei's on the day. */
  async function fillDay(date: string): Promise<Made[]> {
    const made: Made[] = [];
    for (;;) {
      const q = new URLSearchParams({ serviceId: acupuncture, practitionerId: mei.id, from: date, to: date });
      const { body } = await json(`/api/clinics/${clinicId}/availability?${q}`);
      const slots = body.slots as { start: string }[];
      if (slots.length === 0) return made;
      const res = await json(`/api/clinics/${clinicId}/bookings`, {
        method: 'POST',
        body: {
          serviceId: acupuncture,
          practitionerId: mei.id,
          start: slots[0]!.start,
          idempotencyKey: crypto.randomUUID(),
          patient: {
            name: `Other ${made.length}`,
            email: `other${made.length}@example.com`,
            phone: '+1 604 555 0188',
          },
        },
      });
      expect(res.status).toBe(201);
      made.push(res.body as unknown as Made);
    }
  }
  const cancel = async (m: Made) =>
    expect(
      (await json(`/api/bookings/${m.booking.id}/cancel`, { method: 'POST', body: { token: m.cancelToken } }))
        .status,
    ).toBe(200);
  async function offerLinkFor(email: string): Promise<string> {
    const [mail] = await smtp.waitFor(
      1,
      (m) => m.to.includes(email) && /free|libre/i.test(m.subject),
      30_000,
    );
    const link = /(http:\/\/127\.0\.0\.1:\d+\/care\/waitlist\/offer\/[0-9a-f-]{36}\?token=[\w%-]+)/.exec(
      mail!.decoded,
    )?.[1];
    expect(link).toBeDefined();
    expect(mail!.decoded).toMatch(/\/care\/waitlist\/leave\/[0-9a-f-]{36}\?token=/);
    return link!;
  }
  async function leaveLinkFor(email: string): Promise<string> {
    const [mail] = await smtp.waitFor(
      1,
      // Every waitlist mail carries the leave link (a Spanish subject arrives MIME-encoded).
      (m) => m.to.includes(email) && m.decoded.includes('/care/waitlist/leave/'),
      30_000,
    );
    const link = /(http:\/\/127\.0\.0\.1:\d+\/care\/waitlist\/leave\/[0-9a-f-]{36}\?token=[\w%-]+)/.exec(
      mail!.decoded,
    )?.[1];
    expect(link).toBeDefined();
    return link!;
  }
  async function join(page: Page, lang: 'en' | 'es', email: string) {
    const words = {
      en: {
        title: 'Book a visit at a clinic',
        open: 'Tell me if a time frees up',
        first: 'First day',
        name: 'Full name',
        email: 'Email',
        phone: 'Phone',
        join: 'Put me on the waitlist',
        done: 'You are on the waitlist',
      },
      es: {
        title: 'Reserva una visita en una clínica',
        open: 'Avísame si se libera una hora',
        first: 'Primer día',
        name: 'Nombre completo',
        email: 'Correo electrónico',
        phone: 'Teléfono',
        join: 'Apúntame a la lista de espera',
        done: 'Estás en la lista de espera',
      },
    }[lang];
    await page.goto('/care');
    if (lang === 'es') await page.getByRole('button', { name: 'Español' }).click();
    await page.getByRole('heading', { level: 1, name: words.title }).waitFor();
    await page.locator('.care-option', { hasText: lang === 'en' ? /^Acupuncture/ : /^Acupuntura/ }).click();
    await page.locator('.care-option', { hasText: mei.displayName }).click();
    await page.locator('.care-times .care-slot').first().waitFor();
    await page.getByRole('button', { name: words.open }).click();
    // The form opens with focus on its heading.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('waitlist-title');
    await page.getByLabel(words.first).fill(fullDay);
    await page.getByLabel(words.name, { exact: true }).fill(`Waiting ${lang}`);
    await page.getByLabel(words.email, { exact: true }).fill(email);
    await page.getByLabel(words.phone, { exact: true }).fill('+1 604 555 0144');
    return words;
  }

  beforeAll(async () => {
    smtp = await startTestSmtp();
    const port = await freePort();
    app = await startApp({ port, env: { SMTP_URL: smtp.url, PSOAS_PUBLIC_URL: `http://127.0.0.1:${port}` } });
    const [first] = (await (await fetch(`${app.url}/api/clinics`)).json()) as { id: string }[];
    clinicId = first!.id;
    const clinic = (await (await fetch(`${app.url}/api/clinics/${clinicId}`)).json()) as {
      services: { id: string; slug: string }[];
      practitioners: { id: string; displayName: string }[];
    };
    acupuncture = clinic.services.find((s) => s.slug === 'acupuncture')!.id;
    mei = clinic.practitioners.find((p) => p.displayName.startsWith('Mei'))!;
    // A weekday a few days ahead, made full by other patients.
    fullDay = addDays(localDate(new Date(), ZONE), 3);
    while (isoWeekday(fullDay) > 5) fullDay = addDays(fullDay, 1);
    taken = await fillDay(fullDay);
    expect(taken.length).toBeGreaterThan(3);
  }, 180_000);
  afterAll(async () => {
    await app?.stop();
    if (app) await cleanDataDir(app.dataDir);
    await smtp?.close();
  }, 180_000);

  it('a guest joins the waitlist for a full day, a cancellation emails the offer, and one press books it', async ({
    browser,
  }) => {
    const { context, page } = await newPage(browser, app.url, DESKTOP);
    // The full day cannot be chosen in the day strip: it says so.
    const email = 'waiting.desktop@example.com';
    const words = await join(page, 'en', email);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(screenshotDir, 'waitlist-form-desktop-en.png'), fullPage: true });
    await page.getByRole('button', { name: words.join }).click();
    await page.getByRole('heading', { name: words.done }).waitFor();
    const said = await page.getByRole('status').filter({ hasText: email }).innerText();
    expect(said).toContain(
      `We will email ${email} if a time for Acupuncture with ${mei.displayName} frees up on`,
    );
    await smtp.waitFor(1, (m) => m.to.includes(email) && m.subject.includes('waitlist'), 30_000);

    // Another patient cancels: the offer comes by email.
    await cancel(taken[0]!);
    const link = await offerLinkFor(email);
    await page.goto(link);
    await page.getByRole('heading', { level: 1, name: 'A time has freed up' }).waitFor();
    await page.getByText(mei.displayName, { exact: true }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({
      path: path.join(screenshotDir, 'waitlist-offer-desktop-en.png'),
      fullPage: true,
    });
    await page.getByRole('button', { name: 'Book this time' }).click();
    const booked = page.getByRole('heading', { name: 'You are booked' });
    await booked.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('You are booked');
    await smtp.waitFor(1, (m) => m.to.includes(email) && m.subject.startsWith('Booked:'), 30_000);
    // The booking page agrees on the time.
    await page.getByRole('link', { name: 'See or cancel this booking' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your booking' }).waitFor();
    await page.getByText('Booked', { exact: true }).waitFor();
    await context.close();
  }, 180_000);

  for (const lang of ['en', 'es'] as const) {
    it(`on a phone (${lang}), joining is in view, and a time someone else took says so with the next free times`, async ({
      browser,
    }) => {
      const { context, page } = await newPage(browser, app.url, PHONE);
      const email = `waiting.phone.${lang}@example.com`;
      const words = await join(page, lang, email);
      await page.screenshot({ path: path.join(screenshotDir, `waitlist-form-phone-${lang}.png`) });
      await page.getByRole('button', { name: words.join }).click();
      await page.getByRole('heading', { name: words.done }).waitFor();
      await page.screenshot({ path: path.join(screenshotDir, `waitlist-joined-phone-${lang}.png`) });

      const freed = taken[lang === 'en' ? 1 : 2]!;
      await cancel(freed);
      const link = await offerLinkFor(email);
      await page.goto(link);
      const book = lang === 'en' ? 'Book this time' : 'Reservar esta hora';
      await page.getByRole('button', { name: book }).waitFor();
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await page.screenshot({ path: path.join(screenshotDir, `waitlist-offer-phone-${lang}.png`) });
      // Someone else books the time first (straight from /care).
      const other = await json(`/api/clinics/${clinicId}/bookings`, {
        method: 'POST',
        body: {
          serviceId: acupuncture,
          practitionerId: mei.id,
          start: freed.booking.start,
          idempotencyKey: crypto.randomUUID(),
          patient: { name: 'Quick', email: `quick.${lang}@example.com`, phone: '+1 604 555 0199' },
        },
      });
      expect(other.status).toBe(201);
      await page.getByRole('button', { name: book }).click();
      const lost = page.getByRole('heading', {
        name: lang === 'en' ? 'Someone else took this time' : 'Otra persona ha reservado esta hora',
      });
      await lost.waitFor();
      await page
        .getByText(lang === 'en' ? 'You stay on the waitlist' : 'Sigues en la lista de espera', {
          exact: false,
        })
        .waitFor();
      expect(await page.locator('.care-confirmed li').count()).toBeGreaterThan(0);
      await page.screenshot({
        path: path.join(screenshotDir, `waitlist-taken-phone-${lang}.png`),
        fullPage: true,
      });

      // The leave link of the first email takes one press, and says so.
      await page.goto(await leaveLinkFor(email));
      const leave = lang === 'en' ? 'Leave the waitlist' : 'Salir de la lista de espera';
      await page.getByRole('button', { name: leave }).waitFor();
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await page.screenshot({ path: path.join(screenshotDir, `waitlist-leave-phone-${lang}.png`) });
      await page.getByRole('button', { name: leave }).click();
      await page
        .getByRole('status')
        .getByText(lang === 'en' ? 'You have left the waitlist.' : 'Has salido de la lista de espera.', {
          exact: false,
        })
        .waitFor();
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.getAttribute('role')))
        .toBe('status');
      await context.close();
    }, 180_000);
  }

  it('on a desktop in Spanish, the form, the offer and the leave page read in Spanish', async ({
    browser,
  }) => {
    const { context, page } = await newPage(browser, app.url, DESKTOP);
    const email = 'esperando.escritorio@example.com';
    const words = await join(page, 'es', email);
    await page.screenshot({ path: path.join(screenshotDir, 'waitlist-form-desktop-es.png'), fullPage: true });
    await page.getByRole('button', { name: words.join }).click();
    await page.getByRole('heading', { name: words.done }).waitFor();
    expect(await page.getByRole('status').filter({ hasText: email }).innerText()).toContain(
      `Te escribiremos a ${email} si se libera una hora de Acupuntura con ${mei.displayName}`,
    );
    // Everyone who joined before has booked or left: the next freed time reaches this person.
    await cancel(taken[3]!);
    await page.goto(await offerLinkFor(email));
    await page.getByRole('button', { name: 'Reservar esta hora' }).waitFor();
    await page.screenshot({
      path: path.join(screenshotDir, 'waitlist-offer-desktop-es.png'),
      fullPage: true,
    });
    await page.goto(await leaveLinkFor(email));
    await page.getByRole('button', { name: 'Salir de la lista de espera' }).waitFor();
    await page.screenshot({
      path: path.join(screenshotDir, 'waitlist-leave-desktop-es.png'),
      fullPage: true,
    });
    await context.close();
  }, 180_000);
});
