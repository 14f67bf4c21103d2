import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import type { StoredProgramme } from '../../src/domain/programme/types.js';
import { cleanDataDir, type RunningApp, startApp } from './support/app.js';
import { DESKTOP, newPage, PHONE, screenshotDir, seriousAccessibilityViolations } from './support/browser.js';
import { it } from './support/fixtures.js';

const shot = (name: string) => path.join(screenshotDir, `${name}.png`);
const PATIENT = { email: 'demo.patient@psoas.example', password: 'psoas-demo-patient' };
const STAFF = { email: 'sofia.herrera@falsecreek.example', password: 'psoas-demo-staff' };

async function signIn(page: Page, who: { email: string; password: string }) {
  await page.goto('/');
  expect((await page.request.post('/api/account/signin', { data: who })).status()).toBe(200);
}

describe('messages between a patient and their clinic', () => {
  it('the patient writes, the practitioner reads and answers, the patient sees the answer', async ({
    app,
    browser,
  }) => {
    const question = `Is it normal that my hip clicks during the bridge? (${Date.now()})`;
    const answer = `A painless click is common; keep going and tell me if it starts to hurt. (${Date.now()})`;

    // The patient finds messages where sharing is set up, on a phone.
    const patient = await newPage(browser, app.url, PHONE);
    await signIn(patient.page, PATIENT);
    await patient.page.goto('/account');
    await patient.page.getByRole('link', { name: /Messages with your clinics/ }).click();
    await patient.page.getByRole('heading', { name: 'Messages', level: 1 }).waitFor();
    await patient.page.getByRole('link', { name: 'False Creek Back Care (demo)' }).click();
    await patient.page
      .getByRole('heading', { level: 1, name: 'Messages with False Creek Back Care (demo)' })
      .waitFor();
    // The demo conversation is there, Sofia's answer named as hers.
    await expect(patient.page.locator('.messages-list').textContent()).resolves.toContain(
      'Sofia Herrera, False Creek Back Care (demo)',
    );
    const box = patient.page.getByLabel('Your message to False Creek Back Care (demo)');
    await box.fill(question);
    await patient.page.getByRole('button', { name: 'Send' }).click();
    await patient.page.getByText('Sent.').waitFor();
    await expect(box.inputValue()).resolves.toBe('');
    const mine = patient.page.locator('.message-mine').last();
    await expect(mine.textContent()).resolves.toContain(question);
    await expect(mine.textContent()).resolves.toContain('You');

    // The practitioner sees an unread message on "My patients" and answers on the patient's page.
    const staff = await newPage(browser, app.url, DESKTOP);
    await signIn(staff.page, STAFF);
    await staff.page.goto('/clinic/patients');
    const dana = staff.page.locator('.patient-card', { hasText: 'Dana Demo' });
    const unread = dana.getByRole('link', { name: /unread message/ });
    await unread.waitFor();
    await expect(unread.textContent()).resolves.toMatch(/^\d+ unread messages?$/);
    await unread.click();
    const thread = staff.page.locator('#messages');
    await thread.getByText(question).waitFor();
    expect(await seriousAccessibilityViolations(staff.page)).toEqual([]);
    await staff.page.getByLabel('Your answer to Dana Demo').fill(answer);
    await thread.getByRole('button', { name: 'Send' }).click();
    await thread.getByText('Sent.').waitFor();
    await expect(thread.locator('.message-mine').last().textContent()).resolves.toContain(answer);
    await staff.page.screenshot({ path: shot('messages-clinic-answered-desktop-en'), fullPage: true });
    // Read: the list no longer says there is something unread.
    await staff.page.goto('/clinic/patients');
    await staff.page.locator('.patient-card', { hasText: 'Dana Demo' }).waitFor();
    await expect(dana.getByRole('link', { name: /unread message/ }).count()).resolves.toBe(0);

    // The patient sees the answer, as Sofia's, after their question.
    await patient.page.goto('/messages');
    await expect(patient.page.locator('.unread-badge').first().textContent()).resolves.toBe('1 new');
    await patient.page.getByRole('link', { name: 'False Creek Back Care (demo)' }).click();
    const last = patient.page.locator('.message').last();
    await last.getByText(answer).waitFor();
    await expect(last.textContent()).resolves.toContain('Sofia Herrera');
    expect(await seriousAccessibilityViolations(patient.page)).toEqual([]);
  });

  const looks = [
    [PHONE, 'phone', 'en'],
    [PHONE, 'phone', 'es'],
    [DESKTOP, 'desktop', 'en'],
    [DESKTOP, 'desktop', 'es'],
  ] as const;
  for (const [device, deviceName, lang] of looks) {
    it(`both sides on a ${deviceName} in ${lang === 'en' ? 'English' : 'Spanish'}`, async ({
      app,
      browser,
    }) => {
      const patient = await newPage(browser, app.url, device);
      await patient.context.addInitScript((l) => localStorage.setItem('psoas.language', l), lang);
      await signIn(patient.page, PATIENT);
      await patient.page.goto('/messages');
      await patient.page.locator('.thread-link').first().click();
      await patient.page.locator('.messages-list').waitFor();
      await patient.page.locator('.compose textarea').waitFor();
      await expect(patient.page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
        lang === 'en'
          ? 'Messages with False Creek Back Care (demo)'
          : 'Mensajes con False Creek Back Care (demo)',
      );
      await patient.page.screenshot({
        path: shot(`messages-patient-${deviceName}-${lang}`),
        fullPage: true,
      });

      const staff = await newPage(browser, app.url, device);
      await staff.context.addInitScript((l) => localStorage.setItem('psoas.language', l), lang);
      await signIn(staff.page, STAFF);
      await staff.page.goto('/clinic/patients');
      await staff.page
        .locator('.patient-card', { hasText: 'Dana Demo' })
        .getByRole('link', { name: 'Dana Demo' })
        .click();
      await staff.page.locator('#messages .messages-list').waitFor();
      await expect(staff.page.locator('#patient-messages').textContent()).resolves.toBe(
        lang === 'en' ? 'Messages' : 'Mensajes',
      );
      await staff.page.screenshot({ path: shot(`messages-clinic-${deviceName}-${lang}`), fullPage: true });
      await patient.context.close();
      await staff.context.close();
    });
  }
});

describe('"this hurts" to the clinic with one tap', () => {
  // An app of its own: the session under way is kept on the server, which the player and
  // programme tests on the shared app would see for the demo patient.
  let own: RunningApp;
  beforeAll(async () => {
    own = await startApp();
  });
  afterAll(async () => {
    await own?.stop();
    if (own) await cleanDataDir(own.dataDir);
  });

  it('shows the patient what will be sent, sends it with one tap, and the clinic reads it', async ({
    browser,
  }) => {
    const { page } = await newPage(browser, own.url, PHONE);
    await signIn(page, PATIENT);
    const current = await page.request.get('/api/programmes/current');
    const programme = (await current.json()) as StoredProgramme;
    const session = programme.sessions[0]!;
    await page.goto(`/programme/session/${session.id}?speed=50`);
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('button', { name: 'This hurts' }).click();
    await page.getByLabel('Lower back').check();
    await page
      .getByRole('radiogroup', { name: /How strong is the pain/ })
      .locator('label', { hasText: /^6$/ })
      .click();
    await page.getByRole('button', { name: 'Note it and go on' }).click();

    const offer = page.getByTestId('hurt-to-clinic');
    const send = offer.getByRole('button', { name: 'Send to False Creek Back Care (demo)' });
    await send.waitFor();
    const preview = await offer.locator('blockquote').textContent();
    expect(preview).toMatch(/^This hurts during “.+”: 6 out of 10\. Where: Lower back\.$/);
    await send.scrollIntoViewIfNeeded();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: shot('messages-hurt-offer-phone-en'), fullPage: true });
    await send.click();
    await offer.getByText('Sent to False Creek Back Care (demo).').waitFor();
    await expect(send.count()).resolves.toBe(0);

    // The practitioner reads exactly what the patient saw, marked as a "this hurts" report.
    const staff = await newPage(browser, own.url, DESKTOP);
    await signIn(staff.page, STAFF);
    await staff.page.goto('/clinic/patients');
    await staff.page
      .locator('.patient-card', { hasText: 'Dana Demo' })
      .getByRole('link', { name: /unread/ })
      .click();
    const last = staff.page.locator('#messages .message').last();
    await last.getByText(preview!).waitFor();
    await expect(last.locator('.message-hurt').textContent()).resolves.toBe(
      '“This hurts” report: 6 out of 10',
    );
  });
});
