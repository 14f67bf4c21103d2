import { addDays, daysBetween, isPlainDate } from '../time/index.js';

/**
 * The waitlist: a patient asks to hear when a time frees up for a service (with one practitioner
 * or anyone) on a day or a range of days. When a booking is cancelled or moved away, its time is
 * offered to the matching wishes in the order people joined.
 *
 * The choice: the first OFFERS_AT_ONCE matching wishes are emailed at once and the first to press
 * "Book this time" gets it; the database's exclusion constraint decides a tie. One-at-a-time offers
 * with an expiry would leave a freed time unbooked for the length of the expiry, often until it is
 * too late to fill; emailing everyone would send most people a link that is already gone. Three
 * keeps the order of joining meaningful (the first to join is told first, never later than
 * anyone) while a time still finds a taker when the first person is at work.
 */
export const OFFERS_AT_ONCE = 3;
/** The longest range a wish may cover, in days (first and last included). */
export const MAX_WAITLIST_DAYS = 14;

export interface WaitlistWish {
  id: string;
  serviceId: string;
  /** null: any practitioner who gives the service. */
  practitionerId: string | null;
  /** First and last local date (clinic zone), both included. */
  from: string;
  to: string;
  /** When the person joined (ISO instant): the order of offers. */
  joinedAt: string;
}

/** A time that has just become free: the cancelled (or moved) booking's own slot. */
export interface FreedTime {
  serviceId: string;
  practitionerId: string;
  /** ISO instant of the start, and its local date in the clinic's zone. */
  start: string;
  date: string;
}

/** Whether a wish wants this freed time: same service, the practitioner or anyone, its date inside the range. */
export function wishMatches(wish: WaitlistWish, freed: FreedTime): boolean {
  return (
    wish.serviceId === freed.serviceId &&
    (wish.practitionerId === null || wish.practitionerId === freed.practitionerId) &&
    wish.from <= freed.date &&
    freed.date <= wish.to
  );
}

/** Order of joining; the id breaks a tie so the order never depends on how rows were read. */
export const joinOrder = (a: WaitlistWish, b: WaitlistWish): number =>
  Date.parse(a.joinedAt) - Date.parse(b.joinedAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Whom to email about a freed time: the matching wishes in order of joining, the first `atOnce`.
 * Nobody when the time starts before `earliestStart` (now + the clinic's minimum notice: it could
 * not be booked anyway). A wish whose range ended before `today` has expired and never matches,
 * which the date check already implies for a freed time on or after today.
 */
export function whomToOffer(
  wishes: readonly WaitlistWish[],
  freed: FreedTime,
  earliestStart: string,
  atOnce = OFFERS_AT_ONCE,
): WaitlistWish[] {
  if (Date.parse(freed.start) < Date.parse(earliestStart)) return [];
  return wishes
    .filter((w) => wishMatches(w, freed))
    .sort(joinOrder)
    .slice(0, Math.max(0, atOnce));
}

export type WaitlistRangeProblem = 'bad_date' | 'reversed' | 'in_past' | 'too_long' | 'beyond_window';

/**
 * Checks a requested range against the clinic's booking window: from today (clinic zone) to
 * today + maxDaysAhead, at most MAX_WAITLIST_DAYS days long. Null when fine.
 */
export function waitlistRangeProblem(
  from: string,
  to: string,
  today: string,
  maxDaysAhead: number,
): WaitlistRangeProblem | null {
  if (!isPlainDate(from) || !isPlainDate(to)) return 'bad_date';
  if (to < from) return 'reversed';
  if (from < today) return 'in_past';
  if (daysBetween(from, to) + 1 > MAX_WAITLIST_DAYS) return 'too_long';
  if (to > addDays(today, maxDaysAhead)) return 'beyond_window';
  return null;
}
