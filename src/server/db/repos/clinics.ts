import { and, asc, eq, inArray, sql } from 'drizzle-orm';
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

interface ContextRow {
  clinic: Record<string, unknown>;
  overrides:
    | {
        id: string;
        clinic_id: string;
        date: string;
        ranges: { start: string; end: string }[];
        reason: string | null;
      }[]
    | null;
  services: Record<string, unknown>[] | null;
  practitioners:
    | (Record<string, unknown> & {
        service_ids: string[] | null;
        time_off: { start: string; end: string }[] | null;
      })[]
    | null;
}

/**
 * The clinic (by id or slug) with everything the schedule engine needs, in one round trip:
 * every booking request needs it, so it is worth one query instead of five.
 */
export async function loadClinicContext(db: Tx, idOrSlug: string): Promise<ClinicContext | undefined> {
  const isUuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(idOrSlug);
  const where = isUuid ? sql`c.id = ${idOrSlug}::uuid` : sql`c.slug = ${idOrSlug}`;
  const result = await db.execute(sql`
    select row_to_json(c) as clinic,
      (select json_agg(o order by o.date) from clinic_date_overrides o where o.clinic_id = c.id) as overrides,
      (select json_agg(s order by s.duration_minutes, s.slug) from clinic_services s where s.clinic_id = c.id) as services,
      (select json_agg(p order by p.display_name) from (
         select p.*,
           (select json_agg(ps.service_id) from practitioner_services ps where ps.practitioner_id = p.id) as service_ids,
           (select json_agg(json_build_object('start', t.start_at, 'end', t.end_at) order by t.start_at)
              from practitioner_time_off t where t.practitioner_id = p.id) as time_off
         from practitioners p where p.clinic_id = c.id) p) as practitioners
    from clinics c where ${where}`);
  const row = result.rows[0] as ContextRow | undefined;
  if (!row) return undefined;
  const c = row.clinic;
  const iso = (v: string) => new Date(v).toISOString();
  return {
    clinic: {
      id: c.id as string,
      slug: c.slug as string,
      name: c.name as string,
      address: c.address as string,
      phone: c.phone as string,
      email: c.email as string,
      timeZone: c.time_zone as string,
      openingHours: c.opening_hours as WeeklyHoursJson,
      minNoticeMinutes: c.min_notice_minutes as number,
      maxDaysAhead: c.max_days_ahead as number,
      slotIntervalMinutes: c.slot_interval_minutes as number,
      createdAt: new Date(c.created_at as string),
    },
    overrides: (row.overrides ?? []).map((o) => ({
      id: o.id,
      clinicId: o.clinic_id,
      date: o.date,
      ranges: o.ranges,
      reason: o.reason,
    })),
    services: (row.services ?? []).map((s) => ({
      id: s.id as string,
      clinicId: s.clinic_id as string,
      slug: s.slug as string,
      name: s.name as { en: string; es: string },
      durationMinutes: s.duration_minutes as number,
      bufferBeforeMinutes: s.buffer_before_minutes as number,
      bufferAfterMinutes: s.buffer_after_minutes as number,
      priceCents: s.price_cents as number,
      currency: s.currency as string,
      active: s.active as boolean,
    })),
    practitioners: (row.practitioners ?? []).map((p) => ({
      id: p.id as string,
      clinicId: p.clinic_id as string,
      slug: p.slug as string,
      displayName: p.display_name as string,
      profession: p.profession as string,
      licenceNumber: p.licence_number as string,
      workingHours: p.working_hours as WeeklyHoursJson,
      active: p.active as boolean,
      serviceIds: p.service_ids ?? [],
      timeOff: (p.time_off ?? []).map((t) => ({ start: iso(t.start), end: iso(t.end) })),
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
