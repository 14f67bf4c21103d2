import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { plainBackPain } from '../../src/domain/assessment/vignettes/plain-back-pain.js';
import type { StoredProgramme } from '../../src/domain/programme/types.js';
import { DESKTOP, newPage, PHONE, screenshotDir, seriousAccessibilityViolations } from './support/browser.js';
import { it } from './support/fixtures.js';

const STAFF = { email: 'sofia.herrera@falsecreek.example', password: 'psoas-demo-staff' };
const NOTE =
  'Keep your pelvis level and breathe out as you go into it. If the front of the hip pinches, make the movement smaller rather than stopping.';

/** A new guest with a programme from today, shared with the demo clinic (programme only: not on "My patients"). */
async function sharedProgramme(page: Page): Promise<StoredProgramme> {
  await page.goto('/');
  const today = await page.evaluate(() => {
    const d = new Date();
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  });
  const timeZone = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
  const assessment = await page.request.post('/api/assessments', {
    data: { language: 'en', answers: plainBackPain.answers },
  });
  expect(assessment.status()).toBe(201);
  const made = await page.request.post('/api/programmes', {
    data: {
      assessmentId: ((await assessment.json()) as { id: string }).id,
      preferences: {
        minutesPerSession: 15,
        daysPerWeek: 7,
        equipment: ['mat'],
        startDate: today,
        timeZone,
        language: 'en',
      },
    },
  });
  expect(made.status()).toBe(201);
  return (await made.json()) as StoredProgramme;
}

describe('the practitioner’s note in the session player', () => {
  it('shows the note with its exercise, from the 3-2-1 on, with the figure, the count and the controls still in view (phone and desktop, en and es)', async ({
    app,
    browser,
  }) => {
    const [clinic] = (await (await fetch(`${app.url}/api/clinics`)).json()) as { id: string }[];
    const staff = await newPage(browser, app.url, DESKTOP);
    expect((await staff.page.request.post('/api/account/signin', { data: STAFF })).status()).toBe(200);
    const csrf = (await staff.context.cookies()).find((c) => c.name === 'psoas_csrf')!.value;

    for (const [device, deviceName] of [
      [PHONE, 'phone'],
      [DESKTOP, 'desktop'],
    ] as const) {
      for (const lang of ['en', 'es'] as const) {
        const { context, page } = await newPage(browser, app.url, device);
        await context.addInitScript((l) => localStorage.setItem('psoas.language', l), lang);
        const programme = await sharedProgramme(page);
        const consent = await page.request.post('/api/consents', {
          data: { clinicId: clinic!.id, scopes: ['programme'] },
        });
        expect(consent.status()).toBe(201);
        const personId = ((await (await page.request.get('/api/me')).json()) as { id: string }).id;
        const session = programme.sessions[0]!;
        const index = session.blocks.findIndex((b) => b.phase === 'stretch' || b.phase === 'strengthen');
        const exerciseId = session.blocks[index]!.exerciseId;
        const saved = await staff.page.request.put(
          `/api/staff/clinics/${clinic!.id}/patients/${personId}/programme`,
          {
            data: { exercises: [{ kind: 'change', exerciseId, note: NOTE }] },
            headers: { 'x-csrf-token': decodeURIComponent(csrf) },
          },
        );
        expect(saved.status()).toBe(200);

        await page.goto(`/programme/session/${session.id}?speed=20`);
        await page.getByRole('button', { name: lang === 'en' ? 'Start' : 'Empezar' }).click();
        // Not on the warm-up walk: the note belongs to its exercise.
        expect(await page.getByTestId('practitioner-note').count()).toBe(0);
        for (let i = 0; i < index; i++) {
          await page.locator('body').press('n');
          await page.waitForTimeout(150);
        }
        const note = page.getByTestId('practitioner-note');
        await note.waitFor();
        // Shown before the exercise (its 3-2-1) and while it runs.
        const who = lang === 'en' ? 'Note from Sofia Herrera' : 'Nota de Sofia Herrera';
        expect(await note.textContent()).toContain(who);
        expect(await note.textContent()).toContain(NOTE);
        await page.locator('.player-timer:not([data-step="get-ready"])').waitFor({ timeout: 20_000 });
        expect(await note.isVisible()).toBe(true);
        await page.getByRole('button', { name: lang === 'en' ? 'Pause' : 'Pausa' }).click();
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.screenshot({ path: path.join(screenshotDir, `player-note-${deviceName}-${lang}.png`) });

        const viewport = page.viewportSize()!;
        for (const selector of [
          '.player-figure svg',
          '[data-testid="player-count"]',
          '.player-controls .button.primary',
          '.player-controls .button.danger',
        ]) {
          const box = await page.locator(selector).first().boundingBox();
          expect(box, selector).not.toBeNull();
          expect(
            box!.y >= 0 &&
              box!.x >= 0 &&
              box!.y + box!.height <= viewport.height &&
              box!.x + box!.width <= viewport.width,
            `${selector} in view on ${deviceName} ${lang}`,
          ).toBe(true);
        }
        // On a desktop the note is in view beside the figure; on a phone right under the controls.
        const noteBox = (await note.boundingBox())!;
        const controls = (await page.locator('.player-controls').boundingBox())!;
        if (deviceName === 'desktop') expect(noteBox.y + noteBox.height).toBeLessThanOrEqual(viewport.height);
        else expect(noteBox.y).toBeGreaterThanOrEqual(controls.y + controls.height);
        expect(await seriousAccessibilityViolations(page)).toEqual([]);
        await context.close();
      }
    }
    await staff.context.close();
  }, 240_000);
});
