import type { Language } from '../i18n.js';
import type { WeeklyHours } from '../schedule/types.js';
import { validateClinicSchedule, validatePractitionerSchedule } from '../schedule/validate.js';

/** What a first run (the setup form or `psoas clinic create`) says about the new clinic. */
export interface SetupPlanInput {
  clinic: {
    name: string;
    timeZone: string;
    languages: Language[];
    openingHours: WeeklyHours;
  };
  services: {
    name: string;
    durationMinutes: number;
    bufferBeforeMinutes: number;
    bufferAfterMinutes: number;
  }[];
  practitioners: { displayName: string; workingHours: WeeklyHours; services: number[] }[];
}

export interface SetupPlan {
  clinicSlug: string;
  serviceSlugs: string[];
  practitionerSlugs: string[];
}

/** Defaults a new clinic starts with; the admin changes them in the settings. */
export const NEW_CLINIC_RULES = { minNoticeMinutes: 120, maxDaysAhead: 60, slotIntervalMinutes: 15 } as const;

/**
 * A URL-safe slug: lower-case ASCII letters, digits and single hyphens, accents folded
 * ("Clínica Añil" → "clinica-anil"); `fallback` when nothing is left.
 */
export function slugify(name: string, fallback = 'item'): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/g, '');
  return slug || fallback;
}

/** Slugs for the names, unique within the list ("massage", "massage-2", …). */
export function uniqueSlugs(names: string[], fallback: string): string[] {
  const taken = new Set<string>();
  return names.map((n) => {
    const base = slugify(n, fallback);
    let slug = base;
    for (let i = 2; taken.has(slug); i++) slug = `${base}-${i}`;
    taken.add(slug);
    return slug;
  });
}

/**
 * Checks a first run and names its parts. Problems are plain sentences, keyed by the field they
 * belong to (`clinic.openingHours`, `practitioners.0.workingHours`, …) so a form can show each
 * next to its field. A clinic needs at least one service and one practitioner who gives it, or
 * nobody could book.
 */
export function planSetup(input: SetupPlanInput): {
  plan: SetupPlan;
  problems: { field: string; message: string }[];
} {
  const problems: { field: string; message: string }[] = [];
  const schedule = {
    timeZone: input.clinic.timeZone,
    openingHours: input.clinic.openingHours,
    overrides: [],
    rules: NEW_CLINIC_RULES,
  };
  for (const message of validateClinicSchedule(schedule))
    problems.push({
      field: message.startsWith('time zone') ? 'clinic.timeZone' : 'clinic.openingHours',
      message,
    });
  if (Object.values(input.clinic.openingHours).every((r) => !r || r.length === 0))
    problems.push({ field: 'clinic.openingHours', message: 'the clinic must be open on at least one day' });
  if (input.clinic.languages.length === 0)
    problems.push({ field: 'clinic.languages', message: 'choose at least one language' });
  if (input.services.length === 0) problems.push({ field: 'services', message: 'add at least one service' });
  if (input.practitioners.length === 0)
    problems.push({ field: 'practitioners', message: 'add at least one practitioner' });
  input.practitioners.forEach((p, i) => {
    const field = `practitioners.${i}`;
    for (const message of validatePractitionerSchedule(
      { id: p.displayName, workingHours: p.workingHours, timeOff: [], serviceIds: [] },
      schedule,
    ))
      problems.push({ field: `${field}.workingHours`, message });
    if (p.services.length === 0)
      problems.push({ field: `${field}.services`, message: 'choose at least one service' });
    for (const s of p.services)
      if (!Number.isInteger(s) || s < 0 || s >= input.services.length)
        problems.push({ field: `${field}.services`, message: `service #${s + 1} does not exist` });
  });
  return {
    plan: {
      clinicSlug: slugify(input.clinic.name, 'clinic'),
      serviceSlugs: uniqueSlugs(
        input.services.map((s) => s.name),
        'service',
      ),
      practitionerSlugs: uniqueSlugs(
        input.practitioners.map((p) => p.displayName),
        'practitioner',
      ),
    },
    problems,
  };
}
