import { and, eq } from 'drizzle-orm';
import type { Localized } from '../../domain/i18n.js';
import { validateClinicSchedule, validatePractitionerSchedule } from '../../domain/schedule/index.js';
import type { Db } from '../db/database.js';
import { addStaff, toWeeklyHours } from '../db/repos/clinics.js';
import { createUser, findUserByEmail } from '../db/repos/users.js';
import {
  clinicDateOverrides,
  clinicServices,
  clinics,
  practitionerServices,
  practitioners,
  type WeeklyHoursJson,
} from '../db/schema.js';
import type { DemoSeeder } from './index.js';

type Day = '1' | '2' | '3' | '4' | '5' | '6' | '7';
const weekdays = (
  ranges: { start: string; end: string }[],
  days: readonly Day[] = ['1', '2', '3', '4', '5'],
): WeeklyHoursJson => Object.fromEntries(days.map((d) => [d, ranges]));

export interface ClinicSpec {
  slug: string;
  name: string;
  address: string;
  phone: string;
  email: string;
  timeZone: string;
  openingHours: WeeklyHoursJson;
  rules: { minNoticeMinutes: number; maxDaysAhead: number; slotIntervalMinutes: number };
  closures: { date: string; reason: string }[];
  services: {
    slug: string;
    name: Localized;
    durationMinutes: number;
    bufferBeforeMinutes: number;
    bufferAfterMinutes: number;
    priceCents: number;
  }[];
  practitioners: {
    slug: string;
    displayName: string;
    profession: string;
    licenceNumber: string;
    workingHours: WeeklyHoursJson;
    services: string[];
  }[];
  staff: {
    email: string;
    password: string;
    displayName: string;
    role: 'practitioner' | 'clinic_admin' | 'reception';
    practitioner?: string;
  }[];
}

/** British Columbia's statutory holidays, 2026 and 2027: the demo clinic closes on each. */
export const BC_HOLIDAYS_2026_2027: { date: string; reason: string }[] = [
  { date: '2026-01-01', reason: "New Year's Day" },
  { date: '2026-02-16', reason: 'Family Day' },
  { date: '2026-04-03', reason: 'Good Friday' },
  { date: '2026-05-18', reason: 'Victoria Day' },
  { date: '2026-07-01', reason: 'Canada Day' },
  { date: '2026-08-03', reason: 'B.C. Day' },
  { date: '2026-09-07', reason: 'Labour Day' },
  { date: '2026-09-30', reason: 'National Day for Truth and Reconciliation' },
  { date: '2026-10-12', reason: 'Thanksgiving Day' },
  { date: '2026-11-11', reason: 'Remembrance Day' },
  { date: '2026-12-25', reason: 'Christmas Day' },
  { date: '2027-01-01', reason: "New Year's Day" },
  { date: '2027-02-15', reason: 'Family Day' },
  { date: '2027-03-26', reason: 'Good Friday' },
  { date: '2027-05-24', reason: 'Victoria Day' },
  { date: '2027-07-01', reason: 'Canada Day' },
  { date: '2027-08-02', reason: 'B.C. Day' },
  { date: '2027-09-06', reason: 'Labour Day' },
  { date: '2027-09-30', reason: 'National Day for Truth and Reconciliation' },
  { date: '2027-10-11', reason: 'Thanksgiving Day' },
  { date: '2027-11-11', reason: 'Remembrance Day' },
  { date: '2027-12-25', reason: 'Christmas Day' },
];

/** Passwords of the demo staff accounts (documented in docs/clinics.md and the README). */
export const DEMO_STAFF_PASSWORD = 'psoas-demo-staff';
/** The demo front desk: every calendar, no clinical data (password DEMO_STAFF_PASSWORD). */
export const DEMO_RECEPTION_EMAIL = 'demo.reception@psoas.example';
export const DEMO_ADMIN_PASSWORD = 'psoas-demo-admin';

/**
 * The demo clinic: hours as the Vancouver acupuncture clinic of the source article "Back pain?
 * Your "psoas" is stressed!" states them (Monday to Friday 9:30–19:00, closed weekends and
 * holidays). Names, licence numbers and prices are invented.
 */
export const vancouverDemoClinic: ClinicSpec = {
  slug: 'false-creek-back-care',
  name: 'False Creek Back Care (demo)',
  address: '1200 West Broadway, Vancouver, BC V6H 1G6',
  phone: '+1 604 555 0142',
  email: 'frontdesk@falsecreek.example',
  timeZone: 'America/Vancouver',
  openingHours: weekdays([{ start: '09:30', end: '19:00' }]),
  rules: { minNoticeMinutes: 120, maxDaysAhead: 60, slotIntervalMinutes: 15 },
  closures: BC_HOLIDAYS_2026_2027,
  services: [
    {
      slug: 'acupuncture',
      name: { en: 'Acupuncture', es: 'Acupuntura' },
      durationMinutes: 60,
      bufferBeforeMinutes: 0,
      bufferAfterMinutes: 10,
      priceCents: 11000,
    },
    {
      slug: 'electro-acupuncture',
      name: { en: 'Electro-acupuncture', es: 'Electroacupuntura' },
      durationMinutes: 60,
      bufferBeforeMinutes: 0,
      bufferAfterMinutes: 10,
      priceCents: 12000,
    },
    {
      slug: 'cupping',
      name: { en: 'Cupping', es: 'Ventosas' },
      durationMinutes: 30,
      bufferBeforeMinutes: 0,
      bufferAfterMinutes: 10,
      priceCents: 7000,
    },
    {
      slug: 'massage',
      name: { en: 'Massage therapy', es: 'Masaje terapéutico' },
      durationMinutes: 60,
      bufferBeforeMinutes: 5,
      bufferAfterMinutes: 10,
      priceCents: 12500,
    },
    {
      slug: 'chiropractic-adjustment',
      name: { en: 'Chiropractic adjustment', es: 'Ajuste quiropráctico' },
      durationMinutes: 30,
      bufferBeforeMinutes: 0,
      bufferAfterMinutes: 5,
      priceCents: 8500,
    },
    {
      slug: 'osteopathic-treatment',
      name: { en: 'Osteopathic manual treatment', es: 'Tratamiento osteopático manual' },
      durationMinutes: 60,
      bufferBeforeMinutes: 0,
      bufferAfterMinutes: 10,
      priceCents: 13000,
    },
    {
      slug: 'physiotherapy-assessment',
      name: { en: 'Physiotherapy assessment', es: 'Valoración de fisioterapia' },
      durationMinutes: 45,
      bufferBeforeMinutes: 0,
      bufferAfterMinutes: 15,
      priceCents: 12000,
    },
  ],
  practitioners: [
    {
      slug: 'mei-lin',
      displayName: 'Mei Lin, R.Ac',
      profession: 'registered-acupuncturist',
      licenceNumber: 'CTCMA-R.Ac-004417 (demo)',
      workingHours: weekdays([
        { start: '09:30', end: '13:00' },
        { start: '14:00', end: '19:00' },
      ]),
      services: ['acupuncture', 'electro-acupuncture', 'cupping'],
    },
    {
      slug: 'daniel-okafor',
      displayName: 'Daniel Okafor, RMT',
      profession: 'registered-massage-therapist; osteopathic-manual-practitioner',
      licenceNumber: 'CMTBC-M07731 (demo)',
      workingHours: weekdays([{ start: '11:00', end: '19:00' }], ['1', '2', '4', '5']),
      services: ['massage', 'osteopathic-treatment', 'cupping'],
    },
    {
      slug: 'sofia-herrera',
      displayName: 'Dr. Sofia Herrera, DC, PT',
      profession: 'chiropractor; physiotherapist',
      licenceNumber: 'CCBC-4821 / CPTBC-10937 (demo)',
      workingHours: weekdays([
        { start: '09:30', end: '12:30' },
        { start: '13:30', end: '17:00' },
      ]),
      services: ['chiropractic-adjustment', 'physiotherapy-assessment'],
    },
  ],
  staff: [
    {
      email: 'admin@falsecreek.example',
      password: DEMO_ADMIN_PASSWORD,
      displayName: 'Front desk (admin)',
      role: 'clinic_admin',
    },
    {
      email: 'mei.lin@falsecreek.example',
      password: DEMO_STAFF_PASSWORD,
      displayName: 'Mei Lin',
      role: 'practitioner',
      practitioner: 'mei-lin',
    },
    {
      email: 'daniel.okafor@falsecreek.example',
      password: DEMO_STAFF_PASSWORD,
      displayName: 'Daniel Okafor',
      role: 'practitioner',
      practitioner: 'daniel-okafor',
    },
    {
      email: 'sofia.herrera@falsecreek.example',
      password: DEMO_STAFF_PASSWORD,
      displayName: 'Sofia Herrera',
      role: 'practitioner',
      practitioner: 'sofia-herrera',
    },
    {
      email: DEMO_RECEPTION_EMAIL,
      password: DEMO_STAFF_PASSWORD,
      displayName: 'Riley (reception)',
      role: 'reception',
    },
  ],
};

/** Creates or updates a clinic from a spec; loading the same spec twice changes nothing. */
export async function seedClinic(db: Db, spec: ClinicSpec): Promise<{ clinicId: string }> {
  const schedule = {
    timeZone: spec.timeZone,
    openingHours: toWeeklyHours(spec.openingHours),
    overrides: spec.closures.map((c) => ({ date: c.date, ranges: [] })),
    rules: spec.rules,
  };
  const problems = [
    ...validateClinicSchedule(schedule),
    ...spec.practitioners.flatMap((p) =>
      validatePractitionerSchedule(
        { id: p.slug, workingHours: toWeeklyHours(p.workingHours), timeOff: [], serviceIds: p.services },
        schedule,
      ),
    ),
  ];
  if (problems.length) throw new Error(`clinic ${spec.slug}: ${problems.join('; ')}`);
  const staffIds: { userId: string; s: ClinicSpec['staff'][number] }[] = [];
  // Password hashing is slow; do it before the transaction so locks are held briefly.
  for (const s of spec.staff) {
    const existing = await findUserByEmail(db, s.email);
    const userId =
      existing?.id ??
      (
        await createUser(db, {
          email: s.email,
          password: s.password,
          role: s.role,
          displayName: s.displayName,
        })
      ).id;
    staffIds.push({ userId, s });
  }
  return db.transaction(async (tx) => {
    const fields = {
      name: spec.name,
      address: spec.address,
      phone: spec.phone,
      email: spec.email,
      timeZone: spec.timeZone,
      openingHours: spec.openingHours,
      ...spec.rules,
    };
    const [clinic] = await tx
      .insert(clinics)
      .values({ slug: spec.slug, ...fields })
      .onConflictDoUpdate({ target: clinics.slug, set: fields })
      .returning({ id: clinics.id });
    const clinicId = clinic!.id;
    for (const c of spec.closures) {
      await tx
        .insert(clinicDateOverrides)
        .values({ clinicId, date: c.date, ranges: [], reason: c.reason })
        .onConflictDoUpdate({
          target: [clinicDateOverrides.clinicId, clinicDateOverrides.date],
          set: { ranges: [], reason: c.reason },
        });
    }
    const serviceIds = new Map<string, string>();
    for (const s of spec.services) {
      const { slug, ...rest } = s;
      const [row] = await tx
        .insert(clinicServices)
        .values({ clinicId, slug, ...rest, currency: 'CAD' })
        .onConflictDoUpdate({ target: [clinicServices.clinicId, clinicServices.slug], set: rest })
        .returning({ id: clinicServices.id });
      serviceIds.set(slug, row!.id);
    }
    const pracIds = new Map<string, string>();
    for (const p of spec.practitioners) {
      const { slug, services, ...rest } = p;
      const [row] = await tx
        .insert(practitioners)
        .values({ clinicId, slug, ...rest })
        .onConflictDoUpdate({ target: [practitioners.clinicId, practitioners.slug], set: rest })
        .returning({ id: practitioners.id });
      pracIds.set(slug, row!.id);
      await tx.delete(practitionerServices).where(eq(practitionerServices.practitionerId, row!.id));
      await tx
        .insert(practitionerServices)
        .values(services.map((s) => ({ practitionerId: row!.id, serviceId: serviceIds.get(s)! })));
    }
    for (const { userId, s } of staffIds) {
      await addStaff(tx, {
        userId,
        clinicId,
        role: s.role,
        practitionerId: s.practitioner ? pracIds.get(s.practitioner)! : null,
      });
    }
    return { clinicId };
  });
}

export async function demoClinicId(db: Db, slug = vancouverDemoClinic.slug): Promise<string | undefined> {
  const [row] = await db
    .select({ id: clinics.id })
    .from(clinics)
    .where(and(eq(clinics.slug, slug)))
    .limit(1);
  return row?.id;
}

export const clinicDemo: DemoSeeder = {
  name: 'clinic (Vancouver, three practitioners, staff accounts)',
  load: async (db) => {
    await seedClinic(db, vancouverDemoClinic);
  },
};
