import type { clinicSchema } from '../../../../contract/clinics.js';
import { formatLocale, toLanguage } from '../../../../domain/i18n.js';
import { api } from '../../../api.js';
import type { ClinicView } from '../../care/care-api.js';

/** A settings change: the clinic as the server now has it (the staff view, time off included). */
export type SaveSettings = (path: string, method: string, body?: unknown) => Promise<ClinicView>;

export const saveSettings =
  (clinicId: string): SaveSettings =>
  (path, method, body) =>
    api<typeof clinicSchema>(`/api/staff/clinics/${clinicId}${path}`, { method, body });

export const localeOf = (language: string) => formatLocale(toLanguage(language));

/** The weekday's name (ISO: 1 = Monday) in the reader's language. */
export const weekdayName = (day: number, language: string) =>
  new Intl.DateTimeFormat(localeOf(language), { weekday: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2024, 0, day)),
  );

/** A local date 'YYYY-MM-DD' in words: "Friday, December 25, 2026". */
export const dateInWords = (date: string, language: string) =>
  new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'full', timeZone: 'UTC' }).format(
    new Date(`${date}T12:00:00Z`),
  );
