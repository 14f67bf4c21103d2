import { and, asc, eq, inArray, type SQL } from 'drizzle-orm';
import type { Localized } from '../../../domain/i18n.js';
import type {
  ClinicSchedule,
  PractitionerSchedule,
  ServiceSpec,
  WeeklyHours,
} from '../../../domain/schedule/index.js';
import type { Db } from '../database.js';
import {
  clinicDateOverrides,
  clinicServices,
  clinicStaff,
  clinics,
  practitionerServices,
  practitioners,
  practitionerTimeOff,
  type WeeklyHoursJson,
} from '../schema.js';
import { audit } from './audit.js';
import type { Tx } from './outbox.js';

export type Clinic = typeof clinics.$inferSelect;
export type ClinicService = typeof clinicServices.$inferSelect;
export type Practitioner = typeof practitioners.$inferSelect;
export type DateOverrideRow = typeof clinicDateOverrides.$inferSelect;

export interface PractitionerWithDetails extends Practitioner {
  serviceIds: string[];
  timeOff: { id: string; start: string; end: string; reason: string | null }[];
}

/** Everything the schedule engine needs about one clinic. */
export interface ClinicContext {
  clinic: Clinic;
  overrides: DateOverrideRow[];
  services: ClinicService[];
  practitioners: PractitionerWithDetails[];
}

export const toWeeklyHours = (h: WeeklyHoursJson): WeeklyHours =>
  Object.fromEntries(Object.entries(h).map(([d, r]) => [Number(d), r])) as WeeklyHours;
export const fromWeeklyHours = (h: WeeklyHours): WeeklyHoursJson =>
  Object.fromEntries(Object.entries(h).map(([d, r]) => [String(d), r])) as WeeklyHoursJson;

export async function listClinics(db: Db): Promise<Clinic[]> {
  return db.select().from(clinics).orderBy(asc(clinics.name));
}

export async function findClinic(db: Db, idOrSlug: string): Promise<Clinic | undefined> {
  const isUuid = /^[0-9a-f-]{36}$/i.test(idOrSlug);
  const [row] = await db
    .select()
    .from(clinics)
    .where(isUuid ? eq(clinics.id, idOrSlug) : eq(clinics.slug, idOrSlug))
    .limit(1);
  return row;
}

// What a ClinicContext holds, as drizzle relations (tables/clinics.ts). A relational query nests
// the related rows as JSON in one statement: one round trip however big the clinic.
const contextWith = {
  overrides: { orderBy: () => [asc(clinicDateOverrides.date)] },
  services: { orderBy: () => [asc(clinicServices.durationMinutes), asc(clinicServices.slug)] },
  practitioners: {
    orderBy: () => [asc(practitioners.displayName)],
    with: {
      services: { columns: { serviceId: true } },
      timeOff: {
        columns: { id: true, startAt: true, endAt: true, reason: true },
        orderBy: () => [asc(practitionerTimeOff.startAt)],
      },
    },
  },
} as const;

const findContextRow = (db: Tx, where: SQL) =>
  db.query.clinics.findFirst({
    where,
    with: contextWith,
  });

type ContextRow = NonNullable<Awaited<ReturnType<typeof findContextRow>>>;

function toContext({ overrides, services, practitioners: staff, ...clinic }: ContextRow): ClinicContext {
  return {
    clinic,
    overrides,
    services,
    practitioners: staff.map(({ services: given, timeOff, ...p }) => ({
      ...p,
      serviceIds: given.map((g) => g.serviceId),
      timeOff: timeOff.map((t) => ({
        id: t.id,
        start: t.startAt.toISOString(),
        end: t.endAt.toISOString(),
        reason: t.reason,
      })),
    })),
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The clinic (by id or slug) with everything the schedule engine needs, in one round trip:
 * every booking request needs it, so it is worth one query instead of five.
 */
export async function loadClinicContext(db: Tx, idOrSlug: string): Promise<ClinicContext | undefined> {
  const row = await findContextRow(
    db,
    UUID.test(idOrSlug) ? eq(clinics.id, idOrSlug) : eq(clinics.slug, idOrSlug),
  );
  return row && toContext(row);
}

export function clinicSchedule(ctx: ClinicContext): ClinicSchedule {
  const c = ctx.clinic;
  return {
    timeZone: c.timeZone,
    openingHours: toWeeklyHours(c.openingHours),
    overrides: ctx.overrides.map((o) => ({
      date: o.date,
      ranges: o.ranges,
      ...(o.reason ? { reason: o.reason } : {}),
    })),
    rules: {
      minNoticeMinutes: c.minNoticeMinutes,
      maxDaysAhead: c.maxDaysAhead,
      slotIntervalMinutes: c.slotIntervalMinutes,
    },
  };
}

export function practitionerSchedules(ctx: ClinicContext): PractitionerSchedule[] {
  return ctx.practitioners
    .filter((p) => p.active)
    .map((p) => ({
      id: p.id,
      workingHours: toWeeklyHours(p.workingHours),
      timeOff: p.timeOff.map((t) => ({ start: t.start, end: t.end })),
      serviceIds: p.serviceIds,
    }));
}

export const serviceSpec = (s: ClinicService): ServiceSpec => ({
  id: s.id,
  durationMinutes: s.durationMinutes,
  bufferBeforeMinutes: s.bufferBeforeMinutes,
  bufferAfterMinutes: s.bufferAfterMinutes,
});

export interface StaffMembership {
  clinicId: string;
  role: 'practitioner' | 'clinic_admin' | 'reception';
  practitionerId: string | null;
}

/** A staff member's membership of one clinic, with the clinic's context: one query, or undefined. */
export async function findStaffClinic(
  db: Db,
  userId: string,
  clinicId: string,
): Promise<{ membership: StaffMembership; ctx: ClinicContext } | undefined> {
  const row = await db.query.clinicStaff.findFirst({
    columns: { clinicId: true, role: true, practitionerId: true },
    where: and(eq(clinicStaff.userId, userId), eq(clinicStaff.clinicId, clinicId)),
    with: {
      clinic: { with: contextWith },
    },
  });
  if (!row) return undefined;
  const { clinic, ...membership } = row;
  return { membership, ctx: toContext(clinic) };
}

/** The clinics a staff member works at, with their names, in one query. */
export async function staffClinicList(
  db: Db,
  userId: string,
): Promise<(StaffMembership & { clinicName: string })[]> {
  return db
    .select({
      clinicId: clinicStaff.clinicId,
      role: clinicStaff.role,
      practitionerId: clinicStaff.practitionerId,
      clinicName: clinics.name,
    })
    .from(clinicStaff)
    .innerJoin(clinics, eq(clinics.id, clinicStaff.clinicId))
    .where(eq(clinicStaff.userId, userId))
    .orderBy(asc(clinics.name));
}

export async function addStaff(db: Tx, m: StaffMembership & { userId: string }): Promise<void> {
  await db
    .insert(clinicStaff)
    .values(m)
    .onConflictDoUpdate({
      target: [clinicStaff.userId, clinicStaff.clinicId],
      set: { role: m.role, practitionerId: m.practitionerId },
    });
}

export async function setOpeningHours(db: Db, clinicId: string, hours: WeeklyHours): Promise<void> {
  await db
    .update(clinics)
    .set({ openingHours: fromWeeklyHours(hours) })
    .where(eq(clinics.id, clinicId));
}

export async function setBookingRules(
  db: Db,
  clinicId: string,
  rules: {
    minNoticeMinutes: number;
    maxDaysAhead: number;
    slotIntervalMinutes: number;
    changeCutoffMinutes?: number;
  },
): Promise<void> {
  await db.update(clinics).set(rules).where(eq(clinics.id, clinicId));
}

export async function upsertDateOverride(
  db: Db,
  clinicId: string,
  o: { date: string; ranges: { start: string; end: string }[]; reason?: string | null },
): Promise<void> {
  await db
    .insert(clinicDateOverrides)
    .values({ clinicId, date: o.date, ranges: o.ranges, reason: o.reason ?? null })
    .onConflictDoUpdate({
      target: [clinicDateOverrides.clinicId, clinicDateOverrides.date],
      set: { ranges: o.ranges, reason: o.reason ?? null },
    });
}

export async function deleteDateOverride(db: Db, clinicId: string, date: string): Promise<boolean> {
  const rows = await db
    .delete(clinicDateOverrides)
    .where(and(eq(clinicDateOverrides.clinicId, clinicId), eq(clinicDateOverrides.date, date)))
    .returning({ id: clinicDateOverrides.id });
  return rows.length > 0;
}

export interface ServiceChange {
  name?: Localized;
  durationMinutes?: number;
  bufferBeforeMinutes?: number;
  bufferAfterMinutes?: number;
  priceCents?: number;
  active?: boolean;
  practitionerIds?: string[];
}

/** Updates a service of the clinic (and who gives it); false when the clinic has no such service. */
export async function updateService(
  db: Db,
  clinicId: string,
  serviceId: string,
  change: ServiceChange,
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const { practitionerIds, ...fields } = change;
    const [row] = await tx
      .select({ id: clinicServices.id })
      .from(clinicServices)
      .where(and(eq(clinicServices.id, serviceId), eq(clinicServices.clinicId, clinicId)))
      .for('update');
    if (!row) return false;
    if (Object.keys(fields).length)
      await tx.update(clinicServices).set(fields).where(eq(clinicServices.id, serviceId));
    if (practitionerIds) {
      const own = practitionerIds.length
        ? await tx
            .select({ id: practitioners.id })
            .from(practitioners)
            .where(and(eq(practitioners.clinicId, clinicId), inArray(practitioners.id, practitionerIds)))
        : [];
      await tx.delete(practitionerServices).where(eq(practitionerServices.serviceId, serviceId));
      if (own.length)
        await tx.insert(practitionerServices).values(own.map((p) => ({ practitionerId: p.id, serviceId })));
    }
    return true;
  });
}

/**
 * Replaces a practitioner's weekly working hours and audits it in the same transaction; false
 * when the clinic has no such practitioner. The practitioners trigger raises the clinic's version,
 * so cached contexts and availability answers of every instance are dropped on their next read.
 */
export async function setWorkingHours(
  db: Db,
  clinicId: string,
  practitionerId: string,
  hours: WeeklyHours,
  actorUserId: string,
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const rows = await tx
      .update(practitioners)
      .set({ workingHours: fromWeeklyHours(hours) })
      .where(and(eq(practitioners.id, practitionerId), eq(practitioners.clinicId, clinicId)))
      .returning({ id: practitioners.id });
    if (rows.length === 0) return false;
    await audit(tx, {
      actorUserId,
      action: 'practitioner.working_hours_changed',
      resourceType: 'practitioner',
      resourceId: practitionerId,
    });
    return true;
  });
}

/** Time off of one of the clinic's practitioners; undefined when the practitioner is not the clinic's. */
export async function addTimeOff(
  db: Db,
  clinicId: string,
  t: { practitionerId: string; startAt: Date; endAt: Date; reason: string | null },
): Promise<string | undefined> {
  const prac = await db.query.practitioners.findFirst({
    columns: { id: true },
    where: and(eq(practitioners.id, t.practitionerId), eq(practitioners.clinicId, clinicId)),
  });
  if (!prac) return undefined;
  const [row] = await db.insert(practitionerTimeOff).values(t).returning({ id: practitionerTimeOff.id });
  return row!.id;
}

/** Removes time off of one of the clinic's practitioners; false when there is no such time off there. */
export async function deleteTimeOff(db: Db, clinicId: string, timeOffId: string): Promise<boolean> {
  const ofClinic = db
    .select({ id: practitioners.id })
    .from(practitioners)
    .where(eq(practitioners.clinicId, clinicId));
  const rows = await db
    .delete(practitionerTimeOff)
    .where(and(eq(practitionerTimeOff.id, timeOffId), inArray(practitionerTimeOff.practitionerId, ofClinic)))
    .returning({ id: practitionerTimeOff.id });
  return rows.length > 0;
}
