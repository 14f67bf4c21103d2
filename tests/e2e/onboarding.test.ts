import path from 'node:path';
import pg from 'pg';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import en from '../../src/web/i18n/locales/en/onboarding.json' with { type: 'json' };
import es from '../../src/web/i18n/locales/es/onboarding.json' with { type: 'json' };
import { embeddedServerOf } from '../support/launch-app.mjs';
import { cleanDataDir, type RunningApp, startApp } from './support/app.js';
import { DESKTOP, newPage, PHONE, screenshotDir, seriousAccessibilityViolations } from './support/browser.js';
import { it } from './support/fixtures.js';

const TEXTS = { en, es } as const;
type Lang = keyof typeof TEXTS;

/** The name as it reads in the step heading ("Step 2 of 5: Opening hours"). */
const stepHeading = (x: (typeof TEXTS)[Lang], n: number, name: string) =>
  `${x.stepOf.replace('{{n}}', String(n)).replace('{{total}}', '5')} ${name}`;

const focusedLabel = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    return el?.labels?.[0]?.textContent ?? el?.textContent ?? null;
  });

const inViewport = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight;
    });

/**
 * Walks the first run as a clinic owner would, screenshot at every step; submits when told to.
 * Every step is reached with the keyboard's Enter key on the form (no mouse needed).
 */
async function walkFirstRun(page: Page, lang: Lang, device: 'phone' | 'desktop', submit: boolean) {
  const x = TEXTS[lang];
  const shot = (step: string) =>
    page.screenshot({
      path: path.join(screenshotDir, `onboarding-${step}-${device}-${lang}.png`),
      fullPage: true,
    });
  await page.goto('/clinic');
  if (lang === 'es') await page.getByRole('button', { name: 'Español' }).click();
  await page.getByRole('heading', { level: 1, name: stepHeading(x, 1, x.steps.clinic) }).waitFor();

  // A step sent empty: the mistake is next to the first field, which has focus and is in view.
  await page.getByRole('button', { name: x.next }).click();
  await page.getByText(x.errors.required).first().waitFor();
  await expect.poll(() => focusedLabel(page)).toBe(x.clinic.name);
  expect(await inViewport(page, '[aria-invalid="true"]')).toBe(true);
  await shot('1-clinic-mistake');

  await page.getByLabel(x.clinic.name).fill(lang === 'es' ? 'Clínica Añil' : 'Harbour Physio');
  await page.getByLabel(x.clinic.address).fill('1 Harbour Rd, Halifax');
  await page.getByLabel(x.clinic.phone).fill('+1 902 555 0100');
  await page.getByLabel(x.clinic.email).fill('desk@harbour.example');
  await page.getByLabel(x.clinic.timeZone).selectOption('America/Halifax');
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await shot('1-clinic');
  await page.getByLabel(x.clinic.email).press('Enter');

  const hours = page.getByRole('heading', { level: 1, name: stepHeading(x, 2, x.steps.hours) });
  await hours.waitFor();
  await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
  await shot('2-hours');
  await page.getByRole('button', { name: x.next }).click();

  await page.getByRole('heading', { level: 1, name: stepHeading(x, 3, x.steps.services) }).waitFor();
  await page.getByLabel(x.services.name).fill(lang === 'es' ? 'Fisioterapia' : 'Physiotherapy');
  await page.getByLabel(x.services.price).fill('abc');
  await page.getByRole('button', { name: x.next }).click();
  await page.getByText(x.errors.price).waitFor();
  await page.getByLabel(x.services.price).fill(lang === 'es' ? '85,50' : '85.50');
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await shot('3-services');
  await page.getByRole('button', { name: x.next }).click();

  await page.getByRole('heading', { level: 1, name: stepHeading(x, 4, x.steps.practitioners) }).waitFor();
  await page.getByLabel(x.practitioners.name).fill('Sam Lee');
  await page
    .getByLabel(x.practitioners.profession)
    .fill(lang === 'es' ? 'Fisioterapeuta' : 'Physiotherapist');
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await shot('4-practitioners');
  await page.getByRole('button', { name: x.next }).click();

  await page.getByRole('heading', { level: 1, name: stepHeading(x, 5, x.steps.admin) }).waitFor();
  await page.getByLabel(x.admin.name).fill('Robin Hale');
  await page.getByLabel(x.admin.email).fill('robin@harbour.example');
  await page.getByLabel(x.admin.password).fill('harbour admin password');
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await shot('5-admin');
  if (!submit) return;
  await page.getByRole('button', { name: x.create }).click();
  const done = page.getByRole('heading', { level: 1, name: x.done.title });
  await done.waitFor();
  await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
  await shot('6-done');
}

// Four walks through five steps with accessibility checks take a few minutes on two cores.
describe('a fresh installation without demo data', { timeout: 240_000 }, () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp({ demo: false });
  });
  afterAll(async () => {
    await app?.stop();
    if (app) await cleanDataDir(app.dataDir);
  });

  async function outboxToken(email: string) {
    const client = new pg.Client({ connectionString: (await embeddedServerOf(app.dataDir)).url });
    await client.connect();
    try {
      const { rows } = await client.query(
        `select payload->>'text' as text from outbox where kind = 'staff_invite' and payload->>'to' = $1 order by id desc limit 1`,
        [email],
      );
      return /#token=([\w-]+)/.exec(rows[0].text)![1]!;
    } finally {
      await client.end();
    }
  }

  it('shows every first-run step in both languages, on a phone and a desktop', async ({ browser }) => {
    for (const [lang, device] of [
      ['es', 'phone'],
      ['es', 'desktop'],
      ['en', 'phone'],
    ] as const) {
      const { context, page } = await newPage(browser, app.url, device === 'phone' ? PHONE : DESKTOP);
      await walkFirstRun(page, lang, device, false);
      // Nothing was sent: the installation still waits for its first run.
      expect(await page.evaluate(async () => (await fetch('/api/setup')).json())).toEqual({ needed: true });
      await context.close();
    }
  });

  it('goes from first run to a practitioner a guest can book, without SQL', async ({ browser }) => {
    const { page } = await newPage(browser, app.url, DESKTOP);
    await walkFirstRun(page, 'en', 'desktop', true);
    await page.getByRole('button', { name: en.done.open }).click();
    await page.getByRole('heading', { name: 'Calendar' }).waitFor();

    const guest = await newPage(browser, app.url, PHONE);
    await guest.page.goto('/care');
    await guest.page.locator('.care-option', { hasText: /^Physiotherapy/ }).click();
    await guest.page.locator('.care-option', { hasText: 'Sam Lee' }).click();
    await guest.page.locator('.care-times .care-slot').first().waitFor();
    expect(await guest.page.locator('.care-times .care-slot').count()).toBeGreaterThan(0);

    // A second first run is refused now: /clinic is the staff sign-in.
    const late = await newPage(browser, app.url, DESKTOP);
    await late.page.goto('/clinic');
    await late.page.getByRole('heading', { name: 'Staff sign-in' }).waitFor();
    expect(await late.page.getByRole('heading', { name: stepHeading(en, 1, en.steps.clinic) }).count()).toBe(
      0,
    );
  });

  it('lets the admin invite reception, who joins with a one-time link', async ({ browser }) => {
    const { page } = await newPage(browser, app.url, DESKTOP);
    await page.goto('/clinic');
    await page.getByLabel('Email').fill('robin@harbour.example');
    await page.getByLabel('Password').fill('harbour admin password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('link', { name: en.invite.open }).click();
    await page.getByRole('heading', { level: 1, name: en.invite.title }).waitFor();
    await page.getByLabel(en.invite.email).fill('front@harbour.example');
    await page.getByLabel(en.invite.role).selectOption('reception');
    await page.getByRole('button', { name: en.invite.send }).click();
    const status = page.getByRole('status').getByText(/Invitation sent to front@harbour.example/);
    await status.waitFor();
    await page.screenshot({ path: path.join(screenshotDir, 'onboarding-invite-desktop-en.png') });

    const token = await outboxToken('front@harbour.example');
    for (const [lang, device] of [
      ['es', PHONE],
      ['en', DESKTOP],
    ] as const) {
      const joiner = await newPage(browser, app.url, device);
      await joiner.page.goto(`/clinic/join#token=${token}`);
      if (lang === 'es') await joiner.page.getByRole('button', { name: 'Español' }).click();
      await joiner.page.getByRole('heading', { level: 1, name: TEXTS[lang].join.title }).waitFor();
      await joiner.page.getByText('front@harbour.example', { exact: false }).waitFor();
      expect(await seriousAccessibilityViolations(joiner.page)).toEqual([]);
      await joiner.page.screenshot({
        path: path.join(
          screenshotDir,
          `onboarding-join-${device === PHONE ? 'phone' : 'desktop'}-${lang}.png`,
        ),
      });
      if (lang === 'es') await joiner.context.close();
      else {
        await joiner.page.getByLabel(en.join.name).fill('Alex Front');
        await joiner.page.getByLabel(en.join.password).fill('front desk password');
        await joiner.page.getByRole('button', { name: en.join.submit }).click();
        await joiner.page.getByRole('heading', { level: 1, name: en.join.doneTitle }).waitFor();
        await joiner.page.getByRole('link', { name: en.join.open }).click();
        await joiner.page.getByRole('heading', { name: 'Calendar' }).waitFor();
      }
    }
    // The link worked once.
    const again = await newPage(browser, app.url, PHONE);
    await again.page.goto(`/clinic/join#token=${token}`);
    await again.page.getByRole('alert').getByText(en.join.invalid).waitFor();
  });
});
