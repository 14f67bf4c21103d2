import { MINUTE_MS } from './calendar.js';

/**
 * A clinic's booking policy as the patient meets it: how early a booking must be made (minimum
 * notice), how far ahead it may be made (maximum days ahead), and until when a patient may cancel
 * or move it online (the change cut-off); inside the cut-off they call the clinic.
 * Minimum notice and days ahead filter the engine's slots (`availability.ts`); this file holds
 * the cut-off, which concerns a booking that already exists.
 */
export interface ChangePolicy {
  /** Minutes before the start after which the patient can no longer cancel or move online. */
  changeCutoffMinutes: number;
}

/** The last instant (ISO) at which the patient may still cancel or move the booking online. */
export function changeDeadline(start: string, policy: ChangePolicy): string {
  return new Date(Date.parse(start) - policy.changeCutoffMinutes * MINUTE_MS).toISOString();
}

/** Whether a patient may cancel or move a booking starting at `start` online at `now` (ISO instants). */
export function patientMayChange(start: string, now: string, policy: ChangePolicy): boolean {
  return Date.parse(now) <= Date.parse(changeDeadline(start, policy));
}

/** The largest cut-off and minimum notice a clinic may set: one week. */
export const MAX_POLICY_MINUTES = 10_080;
