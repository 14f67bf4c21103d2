import type { z } from 'zod';
import type {
  bookingCreatedSchema,
  bookingListSchema,
  bookingSchema,
  bookingStatusSchema,
  newBookingBody,
} from '../../../contract/bookings.js';
import type {
  availabilitySchema,
  clinicListSchema,
  clinicSchema,
  practitionerSchema,
  serviceSchema,
  slotSchema,
  timeRangeSchema,
} from '../../../contract/clinics.js';

/** Shapes of the clinic and booking API (src/contract), and time formatting helpers. */
export type {
  availabilitySchema,
  bookingCreatedSchema,
  bookingListSchema,
  bookingSchema,
  clinicListSchema,
  clinicSchema,
  newBookingBody,
};
export type Service = z.infer<typeof serviceSchema>;
export type Practitioner = z.infer<typeof practitionerSchema>;
export type TimeRange = z.infer<typeof timeRangeSchema>;
export type ClinicView = z.infer<typeof clinicSchema>;
export type Slot = z.infer<typeof slotSchema>;
export type BookingStatus = z.infer<typeof bookingStatusSchema>;
export type BookingView = z.infer<typeof bookingSchema>;
export type NewBooking = z.input<typeof newBookingBody>;

export const lang = (language: string): 'en' | 'es' => (language.startsWith('es') ? 'es' : 'en');
const locale = (language: string) => (lang(language) === 'es' ? 'es-CA' : 'en-CA');

/** The local date (YYYY-MM-DD) of an instant in a zone. */
export function localDate(instant: string | Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(new Date(instant));
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

export const addDays = (date: string, n: number) =>
  new Date(Date.parse(`${date}T12:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** Monday of the week holding `date`. */
export function mondayOf(date: string): string {
  const weekday = (new Date(`${date}T12:00:00Z`).getUTCDay() + 6) % 7;
  return addDays(date, -weekday);
}

export const formatTime = (instant: string, timeZone: string, language: string) =>
  new Intl.DateTimeFormat(locale(language), { timeZone, hour: '2-digit', minute: '2-digit' }).format(
    new Date(instant),
  );

export const formatDay = (date: string, language: string) =>
  new Intl.DateTimeFormat(locale(language), {
    timeZone: 'UTC',
    weekday: 'long',
    month: 'long',
    day: 'numeric',
  }).format(new Date(`${date}T12:00:00Z`));

export const formatWhen = (instant: string, timeZone: string, language: string) =>
  new Intl.DateTimeFormat(locale(language), {
    timeZone,
    weekday: 'long',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(instant));

export const formatPrice = (cents: number, currency: string, language: string) =>
  new Intl.NumberFormat(locale(language), { style: 'currency', currency }).format(cents / 100);

/** A fresh key per booking attempt: a retried request (same key) books once. */
export const newIdempotencyKey = () =>
  typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}-${Math.random().toString(36).slice(2)}`;
