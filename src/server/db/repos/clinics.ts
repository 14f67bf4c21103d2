import { and, asc, eq, inArray } from 'drizzle-orm';
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
import type { Tx } from './outbox.js';

export type Clinic = typeof clinics.$inferSelect;
export type ClinicService = typeof clinicServices.$inferSelect;
export type Practitioner = typeof practitioners.$inferSelect;
export type DateOverrideRow = typeof clinicDateOverrides.$inferSelect;

export interface PractitionerWithDetails extends Practitioner {
  serviceIds: string[];
  timeOff: { start: string; end: string }[];
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

export async function loadClinicContext(db: Tx, clinic: Clinic): Promise<ClinicContext> {
  const [overrides, services, pracs] = await Promise.all([
    db
      .select()
      .from(clinicDateOverrides)
      .where(eq(clinicDateOverrides.clinicId, clinic.id))
      .orderBy(asc(clinicDateOverrides.date)),
    db
      .select()
      .from(clinicServices)
      .where(eq(clinicServices.clinicId, clinic.id))
      .orderBy(asc(clinicServices.durationMinutes), asc(clinicServices.slug)),
    db
      .select()
      .from(practitioners)
      .where(eq(practitioners.clinicId, clinic.id))
      .orderBy(asc(practitioners.displayName)),
  ]);
  const ids = pracs.map((p) => p.id);
  const [links, offs] = ids.length
    ? await Promise.all([
        db.select().from(practitionerServices).where(inArray(practitionerServices.practitionerId, ids)),
        db.select().from(practitionerTimeOff).where(inArray(practitionerTimeOff.practitionerId, ids)),
      ])
    : [[], []];
  return {
    clinic,
    overrides,
    services,
    practitioners: pracs.map((p) => ({
      ...p,
      serviceIds: links.filter((l) => l.practitionerId === p.id).map((l) => l.serviceId),
      timeOff: offs
        .filter((o) => o.practitionerId === p.id)
        .map((o) => ({ start: o.startAt.toISOString(), end: o.endAt.toISOString() })),
    })),
  };
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
      timeOff: p.timeOff,
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
  role: 'practitioner' | 'clinic_admin';
  practitionerId: string | null;
}

export async function staffMemberships(db: Db, userId: string): Promise<StaffMembership[]> {
  return db
    .select({
      clinicId: clinicStaff.clinicId,
      role: clinicStaff.role,
      practitionerId: clinicStaff.practitionerId,
    })
    .from(clinicStaff)
    .where(eq(clinicStaff.userId, userId));
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
  rules: { minNoticeMinutes: number; maxDaysAhead: number; slotIntervalMinutes: number },
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
  name?: { en: string; es: string };
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
