import type { Page } from 'playwright-core';

/**
 * Pages the staff week view forward until the day's heading shows, as a person would, instead
 * of counting weeks from the test's own clock: the browser's time-zone data can put the clinic's
 * "today" on another date than Node's does (tzdata 2026 moved British Columbia to permanent
 * UTC−7; an older ICU still says UTC−8), so a count of "Next" presses from Node's today can land
 * a week past the booking.
 */
export async function showWeekOf(page: Page, day: string, maxWeeks = 12): Promise<void> {
  const label = new Intl.DateTimeFormat('en-US', {
    timeZone: 'UTC',
    weekday: 'long',
    month: 'long',
    day: 'numeric',
  }).format(new Date(`${day}T12:00:00Z`));
  const heading = page.getByRole('heading', { name: label, exact: true });
  // The first day heading tells which week is showing once the calendar has drawn.
  await page.locator('.clinic-calendar h3').first().waitFor();
  for (let i = 0; i < maxWeeks; i++) {
    if (await heading.isVisible()) return;
    await page.getByRole('button', { name: 'Next' }).click();
  }
  await heading.waitFor({ timeout: 2_000 });
}
