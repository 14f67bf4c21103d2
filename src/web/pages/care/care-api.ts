import type { z } from 'zod';
import type {
  bookingSeriesSchema,
  newSeriesBody,
  seriesCancelledSchema,
  seriesCreatedSchema,
  seriesPreviewSchema,
  seriesSchema,
} from '../../../contract/booking-series.js';
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
import { formatLocale, toLanguage } from '../../../domain/i18n.js';
import { formatInZone } from '../../../domain/time/index.js';

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
/** What the server answers to a booking: the booking and the token that lets a guest manage it. */
export type Booked = z.infer<typeof bookingCreatedSchema>;

// i18next's language (possibly a region tag) as the locale of dates and prices.
const locale = (language: string) => formatLocale(toLanguage(language));

// Times "in the clinic's zone" come from the domain's zone rules, the server's too: the browser's
// own zone data (newer or older than the server's) never decides which hour a person sees.
export const formatTime = (instant: string, timeZone: string, language: string) =>
  formatInZone(instant, timeZone, locale(language), { hour: '2-digit', minute: '2-digit' });

export const formatDay = (date: string, language: string) =>
  new Intl.DateTimeFormat(locale(language), {
    timeZone: 'UTC',
    weekday: 'long',
    month: 'long',
    day: 'numeric',
  }).format(new Date(`${date}T12:00:00Z`));

/** A day in the day strip: short weekday and day number on the button, the full date for readers. */
export const formatDayShort = (date: string, language: string) => {
  const d = new Date(`${date}T12:00:00Z`);
  const part = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(locale(language), { timeZone: 'UTC', ...options }).format(d);
  return {
    weekday: part({ weekday: 'short' }),
    day: part({ day: 'numeric' }),
    long: formatDay(date, language),
  };
};

/** The month (or months) a run of days falls in, e.g. "December 2026" or "December 2026 – January 2027". */
export const formatMonth = (first: string, last: string, language: string) => {
  const month = (date: string) =>
    new Intl.DateTimeFormat(locale(language), { timeZone: 'UTC', month: 'long', year: 'numeric' }).format(
      new Date(`${date}T12:00:00Z`),
    );
  const a = month(first);
  const b = month(last);
  return a === b ? a : `${a} – ${b}`;
};

export const formatWhen = (instant: string, timeZone: string, language: string) =>
  formatInZone(instant, timeZone, locale(language), {
    weekday: 'long',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });

export const formatPrice = (cents: number, currency: string, language: string) =>
  new Intl.NumberFormat(locale(language), { style: 'currency', currency }).format(cents / 100);

/** A fresh key per booking attempt: a retried request (same key) books once. */
export const newIdempotencyKey = () =>
  typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}-${Math.random().toString(36).slice(2)}`;

// A course of visits (contract/booking-series.ts): types only, the page pulls no zod.
export type {
  bookingSeriesSchema,
  newSeriesBody,
  seriesCancelledSchema,
  seriesCreatedSchema,
  seriesPreviewSchema,
};
export type SeriesPreview = z.infer<typeof seriesPreviewSchema>;
export type SeriesView = z.infer<typeof seriesSchema>;
export type SeriesBooked = z.infer<typeof seriesCreatedSchema>;
export type RepeatRule = SeriesView['repeat'];
