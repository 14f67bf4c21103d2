/** Shapes of the clinic and booking API as the pages use them, and time formatting helpers. */
export interface Service {
  id: string;
  slug: string;
  name: { en: string; es: string };
  durationMinutes: number;
  priceCents: number;
  currency: string;
  active: boolean;
  practitionerIds: string[];
}
export interface Practitioner {
  id: string;
  displayName: string;
  profession: string;
  serviceIds: string[];
}
export interface TimeRange {
  start: string;
  end: string;
}
export interface ClinicView {
  id: string;
  slug: string;
  name: string;
  address: string;
  phone: string;
  timeZone: string;
  openingHours: Partial<Record<string, TimeRange[]>>;
  closures: { date: string; ranges: TimeRange[]; reason: string | null }[];
  rules: { minNoticeMinutes: number; maxDaysAhead: number; slotIntervalMinutes: number };
  services: Service[];
  practitioners: Practitioner[];
}
export interface Slot {
  practitionerId: string;
  serviceId: string;
  start: string;
  end: string;
}
export type BookingStatus = 'active' | 'cancelled' | 'no_show' | 'completed';
export interface BookingView {
  id: string;
  clinicId: string;
  clinicName: string;
  timeZone: string;
  serviceId: string;
  serviceName: { en: string; es: string };
  practitionerId: string;
  practitionerName: string;
  start: string;
  end: string;
  status: BookingStatus;
  patient: { name: string; email: string; phone: string };
  assessmentId: string | null;
  shareAssessment: boolean;
}

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
