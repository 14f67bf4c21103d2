import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { exerciseById } from '../../src/domain/content/index.js';
import type { StoredProgramme } from '../../src/domain/programme/types.js';
import { cleanDataDir, type RunningApp, startApp } from './support/app.js';
import { DESKTOP, PHONE, screenshotDir, seriousAccessibilityViolations } from './support/browser.js';
import { it } from './support/fixtures.js';

const shot = (name: string) => path.join(screenshotDir, `${name}.png`);
const STAFF = { email: 'sofia.herrera@falsecreek.example', password: 'psoas-demo-staff' };
const PATIENT = { email: 'demo.patient@psoas.example', password: 'psoas-demo-patient' };

interface ReviewView {
  fromDate: string;
  programme: StoredProgramme;
}

async function signIn(page: Page, who: { email: string; password: string }) {
  await page.goto('/');
  const res = await page.request.post('/api/account/signin', { data: who });
  expect(res.status()).toBe(200);
  return (await res.json()) as { personId: string };
}

describe('a practitioner reviews the demo patient’s programme', () => {
  // An app of its own: the review changes the demo patient's programme, which other files read.
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app?.stop();
    if (app) await cleanDataDir(app.dataDir);
  });

  it('edits a dose on the phone; the patient sees who reviewed it and the player plays the new dose', async ({
    browser,
  }) => {
    const patientContext = await browser.newContext({ ...PHONE, baseURL: app.url });
    const patientPage = await patientContext.newPage();
    const { personId } = await signIn(patientPage, PATIENT);
    const [clinic] = (await (await fetch(`${app.url}/api/clinics`)).json()) as { id: string }[];
    const reviewUrl = `/clinic/review/${clinic!.id}/${personId}`;

    const staffContext = await browser.newContext({ ...PHONE, baseURL: app.url });
    const staff = await staffContext.newPage();
    await signIn(staff, STAFF);
    const view = (await (
      await staff.request.get(`/api/staff/clinics/${clinic!.id}/patients/${personId}/programme`)
    ).json()) as ReviewView;
    const session = view.programme.sessions.find((s) => s.date >= view.fromDate)!;
    const block = session.blocks.find((b) => b.phase === 'stretch' || b.phase === 'strengthen')!;
    const sets = block.dose.sets === 4 ? 5 : 4;
    const name = exerciseById(block.exerciseId)!.name.en;

    await staff.goto(reviewUrl);
    await staff.getByRole('heading', { name: 'Review the programme' }).waitFor();
    // The demo review is there: by the demo physiotherapist.
    await staff.getByText(/Reviewed by Sofia Herrera on/).waitFor();
    await staff.screenshot({ path: shot('review-phone-en'), fullPage: false });
    expect(await seriousAccessibilityViolations(staff)).toEqual([]);

    const card = staff.getByRole('article', { name, exact: true });
    // By keyboard: open "Change or remove" with Enter.
    await card.getByText('Change or remove').focus();
    await staff.keyboard.press('Enter');
    const setsField = card.getByLabel('Sets');
    // By keyboard: focus the field, type, and save with Enter.
    await setsField.focus();
    await setsField.fill(String(sets));
    await staff.keyboard.press('Enter');
    const saved = card.getByText("Saved. The patient's plan is updated.");
    await saved.waitFor();
    expect(await saved.isVisible()).toBe(true);
    const outcome = card.getByRole('status');
    expect(await outcome.evaluate((el) => el === document.activeElement)).toBe(true);
    const box = await outcome.boundingBox();
    expect(box && box.y >= 0 && box.y + box.height <= PHONE.viewport.height).toBe(true);
    await staff.screenshot({ path: shot('review-saved-phone-en') });

    // A contraindication-free library: a ruled-out exercise (if any) says why, not just "no".
    const ruledOut = staff.getByRole('heading', { name: 'Not for this patient' });
    if (await ruledOut.count())
      expect(await staff.locator('.review-ruled-out li').count()).toBeGreaterThan(0);

    // The patient's programme page says who reviewed it, with the notes.
    await patientPage.goto('/programme');
    const reviewed = patientPage.getByRole('region', { name: 'Reviewed by your practitioner' });
    await reviewed.waitFor();
    await reviewed.getByText(/Reviewed by Sofia Herrera \(.+\) on/).waitFor();
    await reviewed.getByText(/Keep the walks going/).waitFor();
    await patientPage.screenshot({ path: shot('review-patient-phone-en') });

    // The session player plays the edited dose.
    const current = (await (
      await patientPage.request.get('/api/programmes/current')
    ).json()) as StoredProgramme;
    const played = current.sessions.find((s) => s.id === session.id)!;
    const target = played.blocks.findIndex((b) => b.exerciseId === block.exerciseId);
    expect(played.blocks[target]!.dose.sets).toBe(sets);
    await patientPage.goto(`/programme/session/${session.id}?speed=50`);
    await patientPage.getByRole('button', { name: 'Start' }).click();
    for (let i = 0; i < target; i++) {
      await patientPage.locator('body').press('n');
      await patientPage.waitForTimeout(150);
    }
    await patientPage.getByText(`Set 1 of ${sets}`).waitFor({ timeout: 60_000 });

    // The printable handout: the clinic's name as letterhead, a figure and the dose per exercise.
    await staff.goto(`${reviewUrl}/handout`);
    await staff.getByRole('heading', { name: 'Your home exercise programme' }).waitFor();
    await staff.emulateMedia({ media: 'print' });
    await staff.getByText('False Creek Back Care (demo)').waitFor();
    expect(await staff.getByRole('button', { name: 'Print or save as PDF' }).isVisible()).toBe(false);
    expect(await staff.locator('.handout-exercise svg').count()).toBeGreaterThan(0);
    await staff.getByRole('heading', { name, exact: true }).waitFor();
    await staff.setViewportSize({ width: 794, height: 1123 });
    await staff.screenshot({ path: shot('review-handout-print-page1') });
    await patientPage.goto('/programme/handout');
    await patientPage.getByText('False Creek Back Care (demo)').waitFor();
    await patientPage.screenshot({ path: shot('review-handout-patient-phone-en') });

    // Screenshots: desktop, and Spanish on both.
    for (const [device, label] of [
      [DESKTOP, 'desktop'],
      [PHONE, 'phone'],
    ] as const) {
      for (const lang of ['en', 'es'] as const) {
        if (device === PHONE && lang === 'en') continue;
        const ctx = await browser.newContext({ ...device, baseURL: app.url });
        await ctx.addInitScript((l) => localStorage.setItem('psoas.language', l), lang);
        const page = await ctx.newPage();
        await signIn(page, STAFF);
        await page.goto(reviewUrl);
        await page
          .getByRole('heading', { name: lang === 'en' ? 'Review the programme' : 'Revisar el programa' })
          .waitFor();
        await page.getByRole('heading', { name: lang === 'en' ? 'Exercises' : 'Ejercicios' }).waitFor();
        await page.screenshot({ path: shot(`review-${label}-${lang}`) });
        const patient = await browser.newContext({ ...device, baseURL: app.url });
        await patient.addInitScript((l) => localStorage.setItem('psoas.language', l), lang);
        const pp = await patient.newPage();
        await signIn(pp, PATIENT);
        await pp.goto('/programme');
        await pp
          .getByRole('region', {
            name: lang === 'en' ? 'Reviewed by your practitioner' : 'Revisado por tu profesional',
          })
          .waitFor();
        await pp.screenshot({ path: shot(`review-patient-${label}-${lang}`) });
        await ctx.close();
        await patient.close();
      }
    }
  }, 240_000);
});
