import path from 'node:path';
import pg from 'pg';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { embeddedServerOf } from '../support/launch-app.mjs';
import { cleanDataDir, type RunningApp, startApp } from './support/app.js';
import { DESKTOP, newPage, PHONE, screenshotDir, seriousAccessibilityViolations } from './support/browser.js';
import { it } from './support/fixtures.js';

const account = (page: Page) =>
  page.evaluate(async () => (await fetch('/api/account', { credentials: 'same-origin' })).json());

describe('accounts in the browser', () => {
  // An app of its own: these tests change the demo patient's sharing, which
  // clinic-progress.test.ts reads on the shared app.
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app?.stop();
    if (app) await cleanDataDir(app.dataDir);
  });

  /** Sign-up mails a link (the outbox holds it while mail is off); the person opens it here. */
  async function openVerificationLink(page: Page, email: string) {
    await page.getByRole('heading', { name: 'Check your email' }).waitFor();
    const client = new pg.Client({ connectionString: (await embeddedServerOf(app.dataDir)).url });
    await client.connect();
    try {
      const { rows } = await client.query(
        `select payload->>'text' as text from outbox where kind = 'email_verification' and payload->>'to' = $1 order by id desc limit 1`,
        [email],
      );
      const token = /#token=([\w-]+)/.exec(rows[0].text)![1];
      await page.goto(`/account/verify#token=${token}`);
    } finally {
      await client.end();
    }
    await page.getByText('Your account is ready and you are signed in.').waitFor();
    await page.goto('/account');
  }

  it('a guest who signs up keeps their identity; signing out and in again returns to it', async ({
    browser,
  }) => {
    const { context, page } = await newPage(browser, app.url, DESKTOP);
    await page.goto('/');
    const guest = await page.evaluate(async () => {
      const res = await fetch('/api/me', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      });
      return res.json();
    });
    await page.goto('/account');
    await page.getByRole('heading', { level: 1, name: 'Your account' }).waitFor();
    await page.getByText('kept on this device only').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    const signUp = page.getByRole('region', { name: 'Create an account' });
    await signUp.getByLabel('Your name').fill('Gina Guest');
    await signUp.getByLabel('Email').fill('gina@example.org');
    await signUp.getByLabel('Password').fill('short');
    await signUp.getByRole('button', { name: 'Create account' }).click();
    // The browser's own check stops a short password before the server sees it.
    expect(await signUp.getByLabel('Password').evaluate((el: HTMLInputElement) => el.validity.valid)).toBe(
      false,
    );
    await signUp.getByLabel('Password').fill('gina walks every morning');
    await signUp.getByRole('button', { name: 'Create account' }).click();
    await openVerificationLink(page, 'gina@example.org');
    await page.getByText('Signed in as Gina Guest (gina@example.org).').waitFor();
    expect((await account(page)).personId).toBe(guest.id);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // A write with the session cookie: only works because api.ts sends the CSRF token.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    expect((await account(page)).kind).not.toBe('user');

    const signIn = page.getByRole('region', { name: 'Sign in' });
    await signIn.getByLabel('Email').fill('gina@example.org');
    await signIn.getByLabel('Password').fill('wrong password');
    await signIn.getByRole('button', { name: 'Sign in' }).click();
    await signIn.getByRole('alert').filter({ hasText: 'The email or password is not right.' }).waitFor();
    await signIn.getByLabel('Password').fill('gina walks every morning');
    await signIn.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('Signed in as Gina Guest').waitFor();
    expect((await account(page)).personId).toBe(guest.id);
    await context.close();
  });

  it('signs in on another browser, changes the password by keyboard, and erases everything after confirmation', async ({
    browser,
  }) => {
    const first = await newPage(browser, app.url, DESKTOP);
    await first.page.goto('/account');
    const signUp = first.page.getByRole('region', { name: 'Create an account' });
    await signUp.getByLabel('Your name').fill('Kim Keys');
    await signUp.getByLabel('Email').fill('kim@example.org');
    await signUp.getByLabel('Password').fill('kim likes long walks');
    await signUp.getByRole('button', { name: 'Create account' }).click();
    await openVerificationLink(first.page, 'kim@example.org');
    await first.page.getByText('Signed in as Kim Keys').waitFor();
    const personId = (await account(first.page)).personId;

    const { context, page } = await newPage(browser, app.url, PHONE);
    await page.goto('/account');
    const signIn = page.getByRole('region', { name: 'Sign in' });
    await signIn.getByLabel('Email').focus();
    await page.keyboard.type('kim@example.org');
    await page.keyboard.press('Tab');
    await page.keyboard.type('kim likes long walks');
    await page.keyboard.press('Enter');
    await page.getByText('Signed in as Kim Keys').waitFor();
    expect((await account(page)).personId).toBe(personId);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    const change = page.getByRole('region', { name: 'Change your password' });
    await change.getByLabel('Current password').fill('kim likes long walks');
    await change.getByLabel('New password').fill('kim now runs instead');
    await change.getByRole('button', { name: 'Change password' }).click();
    await page.getByRole('status').filter({ hasText: 'Password changed' }).waitFor();
    // The other browser was signed out.
    expect((await account(first.page)).kind).not.toBe('user');
    await first.context.close();

    const erase = page.getByRole('region', { name: 'Delete everything' });
    await erase.getByRole('button', { name: 'Delete my data…' }).click();
    const confirmHeading = erase.getByRole('heading', { name: 'Are you sure?' });
    await confirmHeading.waitFor();
    expect(await confirmHeading.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await erase.getByRole('button', { name: 'Keep my data' }).click();
    expect((await account(page)).kind).toBe('user');

    await erase.getByRole('button', { name: 'Delete my data…' }).click();
    await erase.getByLabel('Type your password to confirm').fill('kim now runs instead');
    await erase.getByRole('button', { name: 'Yes, delete everything' }).click();
    await page.getByRole('status').filter({ hasText: 'Everything was deleted.' }).waitFor();
    expect((await account(page)).kind).toBe('anonymous');
    const again = await page.evaluate(async () => {
      const res = await fetch('/api/account/signin', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'kim@example.org', password: 'kim now runs instead' }),
      });
      return res.status;
    });
    expect(again).toBe(401);
    await context.close();
  });

  it('speaks Spanish and offers the reset link form', async ({ browser }) => {
    const { context, page } = await newPage(browser, app.url, PHONE);
    await page.goto('/account');
    await page.getByRole('button', { name: 'Español' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tu cuenta' }).waitFor();
    const forgot = page.getByRole('region', { name: '¿Has olvidado la contraseña?' });
    await forgot.getByLabel('Correo electrónico').fill('nadie@example.org');
    await forgot.getByRole('button', { name: 'Enviarme un enlace' }).click();
    await forgot.getByText('Si hay una cuenta con esa dirección').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await page.goto('/account/reset');
    await page.getByText('Esta página necesita el enlace del correo.').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await context.close();
  });

  it('signs in the documented demo patient, who stops and restarts sharing with a clinic', async ({
    browser,
  }) => {
    const { context, page } = await newPage(browser, app.url, DESKTOP);
    await page.goto('/account');
    const signIn = page.getByRole('region', { name: 'Sign in' });
    await signIn.getByLabel('Email').fill('demo.patient@psoas.example');
    await signIn.getByLabel('Password').fill('psoas-demo-patient');
    await signIn.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('Signed in as Dana Demo').waitFor();
    await page.getByRole('heading', { name: 'Sharing with clinics' }).waitFor();
    const sharing = page.getByRole('region', { name: 'Sharing with clinics' });
    await sharing.getByRole('button', { name: /^Stop sharing/ }).click();
    await sharing.getByText(/Withdrawn on/).waitFor();
    expect(await sharing.getByRole('button', { name: /^Stop sharing/ }).count()).toBe(0);
    const clinic = sharing.getByLabel('Clinic', { exact: true });
    await clinic.selectOption({ index: 1 });
    // Opt-in: nothing is ticked; each box says who sees what until when and how to stop.
    const boxes = sharing.locator('.account-scopes input[type="checkbox"]');
    await expect(boxes.count()).resolves.toBe(3);
    for (let i = 0; i < 3; i++) await expect(boxes.nth(i).isChecked()).resolves.toBe(false);
    const clinicName = (await clinic.locator('option:checked').textContent())!.trim();
    const plan = sharing.getByLabel(/your exercise plan/);
    await expect(
      sharing
        .locator('.account-scopes label')
        .nth(1)
        .textContent()
        .then((x) => x?.trim()),
    ).resolves.toBe(
      `Staff at ${clinicName} will see your exercise plan and the sessions you do until you press “Stop sharing” on this page.`,
    );
    await sharing.screenshot({ path: path.join(screenshotDir, 'account-sharing-desktop-en.png') });
    await sharing.getByLabel(/your self-assessment/).check();
    await plan.check();
    await sharing.getByRole('button', { name: 'Share', exact: true }).click();
    await sharing.getByRole('button', { name: /^Stop sharing/ }).waitFor();
    await sharing
      .getByRole('listitem')
      .filter({ hasText: /Shares: self-assessment, programme since/ })
      .waitFor();
    expect(await sharing.getByRole('listitem').count()).toBe(2);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await context.close();
  });
});
