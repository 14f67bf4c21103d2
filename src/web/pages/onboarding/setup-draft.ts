import type { z } from 'zod';
import type { setupBody } from '../../../contract/onboarding.js';
import type { Language } from '../../../domain/i18n.js';
import { toMinorUnits } from '../../../domain/onboarding/money.js';

export type SetupBody = z.input<typeof setupBody>;
export type Day = '1' | '2' | '3' | '4' | '5' | '6' | '7';
export const DAYS: Day[] = ['1', '2', '3', '4', '5', '6', '7'];

export interface ServiceDraft {
  name: string;
  duration: string;
  bufferAfter: string;
  price: string;
}
export interface PractitionerDraft {
  displayName: string;
  profession: string;
  services: number[];
  days: Day[];
}
/** The first run as typed so far; kept in this browser (never the password) until it is sent. */
export interface SetupDraft {
  step: number;
  clinic: {
    name: string;
    address: string;
    phone: string;
    email: string;
    timeZone: string;
    languages: Language[];
  };
  hours: Partial<Record<Day, { start: string; end: string }>>;
  services: ServiceDraft[];
  practitioners: PractitionerDraft[];
  admin: { displayName: string; email: string };
}

const KEY = 'psoas.setup-draft';
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

export function emptyDraft(language: Language): SetupDraft {
  const day = { start: '09:00', end: '17:00' };
  return {
    step: 0,
    clinic: { name: '', address: '', phone: '', email: '', timeZone: browserZone(), languages: [language] },
    hours: { '1': day, '2': day, '3': day, '4': day, '5': day },
    services: [{ name: '', duration: '45', bufferAfter: '0', price: '' }],
    practitioners: [{ displayName: '', profession: '', services: [0], days: ['1', '2', '3', '4', '5'] }],
    admin: { displayName: '', email: '' },
  };
}

export function loadDraft(language: Language): SetupDraft {
  try {
    const raw = localStorage.getItem(KEY);
    if (raw) return { ...emptyDraft(language), ...(JSON.parse(raw) as SetupDraft) };
  } catch {
    // A broken or unreadable draft starts over.
  }
  return emptyDraft(language);
}
export function saveDraft(d: SetupDraft): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(d));
  } catch {
    // Private windows may refuse storage: the form still works, only without resuming.
  }
}
export const forgetDraft = () => {
  try {
    localStorage.removeItem(KEY);
  } catch {
    // Nothing kept, nothing to forget.
  }
};

/** Problems the browser can see before sending, as message keys per field. */
export type Problems = Record<string, string>;

const minutes = (v: string, min: number, max: number) => {
  const n = Number(v);
  return Number.isInteger(n) && n >= min && n <= max;
};

export function stepProblems(d: SetupDraft, step: number): Problems {
  const p: Problems = {};
  if (step === 0) {
    if (!d.clinic.name.trim()) p['clinic.name'] = 'errors.required';
    if (!d.clinic.address.trim()) p['clinic.address'] = 'errors.required';
    if (d.clinic.phone.trim().length < 3) p['clinic.phone'] = 'errors.phone';
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(d.clinic.email.trim())) p['clinic.email'] = 'errors.email';
    if (d.clinic.languages.length === 0) p['clinic.languages'] = 'errors.languages';
  }
  if (step === 1) {
    const open = DAYS.filter((day) => d.hours[day]);
    if (open.length === 0) p.hours = 'errors.noDay';
    for (const day of open)
      if (d.hours[day]!.start >= d.hours[day]!.end) p[`hours.${day}`] = 'errors.closesBeforeOpens';
  }
  if (step === 2)
    d.services.forEach((s, i) => {
      if (!s.name.trim()) p[`services.${i}.name`] = 'errors.required';
      if (!minutes(s.duration, 5, 480)) p[`services.${i}.duration`] = 'errors.duration';
      if (!minutes(s.bufferAfter, 0, 120)) p[`services.${i}.bufferAfter`] = 'errors.buffer';
      if (toMinorUnits(s.price) === null) p[`services.${i}.price`] = 'errors.price';
    });
  if (step === 3)
    d.practitioners.forEach((x, i) => {
      if (!x.displayName.trim()) p[`practitioners.${i}.displayName`] = 'errors.required';
      if (!x.profession.trim()) p[`practitioners.${i}.profession`] = 'errors.required';
      if (x.services.length === 0) p[`practitioners.${i}.services`] = 'errors.pickService';
      if (x.days.filter((day) => d.hours[day]).length === 0) p[`practitioners.${i}.days`] = 'errors.pickDay';
    });
  return p;
}

/** The draft as the body of POST /api/setup; a practitioner works the clinic's hours on their days. */
export function toBody(d: SetupDraft, password: string): SetupBody {
  const openingHours = Object.fromEntries(
    DAYS.filter((day) => d.hours[day]).map((day) => [day, [d.hours[day]!]]),
  );
  return {
    clinic: { ...d.clinic, openingHours },
    admin: { ...d.admin, password },
    services: d.services.map((s) => ({
      name: s.name,
      durationMinutes: Number(s.duration),
      bufferBeforeMinutes: 0,
      bufferAfterMinutes: Number(s.bufferAfter),
      priceMinor: toMinorUnits(s.price) ?? 0,
    })),
    practitioners: d.practitioners.map((x) => ({
      displayName: x.displayName,
      profession: x.profession,
      services: x.services.filter((i) => i < d.services.length),
      workingHours: Object.fromEntries(
        x.days.filter((day) => d.hours[day]).map((day) => [day, [d.hours[day]!]]),
      ),
    })),
  };
}
