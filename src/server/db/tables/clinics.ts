import { relations, sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import type { Localized } from '../../../domain/i18n.js';
import { users } from './users.js';

/** 'HH:MM' wall-clock ranges per ISO weekday (1 = Monday); a gap between ranges is a break. */
export type WeeklyHoursJson = Partial<
  Record<'1' | '2' | '3' | '4' | '5' | '6' | '7', { start: string; end: string }[]>
>;

/**
 * A clinic with its time zone, weekly opening hours and booking rules. Hours are wall-clock
 * times in `time_zone`; the schedule engine turns them into instants per day, so daylight-saving
 * days come out right.
 */
export const clinics = pgTable('clinics', {
  id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  address: text('address').notNull(),
  phone: text('phone').notNull(),
  email: text('email').notNull(),
  timeZone: text('time_zone').notNull(),
  openingHours: jsonb('opening_hours').$type<WeeklyHoursJson>().notNull(),
  minNoticeMinutes: integer('min_notice_minutes').notNull().default(120),
  maxDaysAhead: integer('max_days_ahead').notNull().default(60),
  slotIntervalMinutes: integer('slot_interval_minutes').notNull().default(15),
  /** The languages the clinic works in (set at first run); the app's languages by default. */
  languages: text('languages').array().notNull().default(sql`'{en,es}'::text[]`),
  /** Patients cancel or move online only up to this many minutes before the start; later they call. */
  changeCutoffMinutes: integer('change_cutoff_minutes').notNull().default(120),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A date on which the clinic keeps other hours than usual; no ranges = closed (holiday). */
export const clinicDateOverrides = pgTable(
  'clinic_date_overrides',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    clinicId: uuid('clinic_id')
      .notNull()
      .references(() => clinics.id, { onDelete: 'cascade' }),
    date: date('date').notNull(),
    ranges: jsonb('ranges').$type<{ start: string; end: string }[]>().notNull(),
    reason: text('reason'),
  },
  (t) => [unique('clinic_date_overrides_clinic_date').on(t.clinicId, t.date)],
);

export const clinicServices = pgTable(
  'clinic_services',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    clinicId: uuid('clinic_id')
      .notNull()
      .references(() => clinics.id, { onDelete: 'cascade' }),
    slug: text('slug').notNull(),
    name: jsonb('name').$type<Localized>().notNull(),
    durationMinutes: integer('duration_minutes').notNull(),
    bufferBeforeMinutes: integer('buffer_before_minutes').notNull().default(0),
    bufferAfterMinutes: integer('buffer_after_minutes').notNull().default(0),
    priceCents: integer('price_cents').notNull(),
    currency: text('currency').notNull().default('CAD'),
    active: boolean('active').notNull().default(true),
  },
  (t) => [
    unique('clinic_services_clinic_slug').on(t.clinicId, t.slug),
    check(
      'clinic_services_minutes',
      sql`${t.durationMinutes} between 5 and 480 and ${t.bufferBeforeMinutes} between 0 and 120 and ${t.bufferAfterMinutes} between 0 and 120`,
    ),
    check('clinic_services_price', sql`${t.priceCents} >= 0`),
  ],
);

export const practitioners = pgTable(
  'practitioners',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    clinicId: uuid('clinic_id')
      .notNull()
      .references(() => clinics.id, { onDelete: 'cascade' }),
    slug: text('slug').notNull(),
    displayName: text('display_name').notNull(),
    profession: text('profession').notNull(),
    licenceNumber: text('licence_number').notNull(),
    workingHours: jsonb('working_hours').$type<WeeklyHoursJson>().notNull(),
    active: boolean('active').notNull().default(true),
  },
  (t) => [unique('practitioners_clinic_slug').on(t.clinicId, t.slug)],
);

/** Which practitioner gives which service. */
export const practitionerServices = pgTable(
  'practitioner_services',
  {
    practitionerId: uuid('practitioner_id')
      .notNull()
      .references(() => practitioners.id, { onDelete: 'cascade' }),
    serviceId: uuid('service_id')
      .notNull()
      .references(() => clinicServices.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.practitionerId, t.serviceId] })],
);

export const practitionerTimeOff = pgTable(
  'practitioner_time_off',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    practitionerId: uuid('practitioner_id')
      .notNull()
      .references(() => practitioners.id, { onDelete: 'cascade' }),
    startAt: timestamp('start_at', { withTimezone: true }).notNull(),
    endAt: timestamp('end_at', { withTimezone: true }).notNull(),
    reason: text('reason'),
  },
  (t) => [check('practitioner_time_off_order', sql`${t.endAt} > ${t.startAt}`)],
);

/**
 * Staff membership: which accounts work at which clinic. Staff routes look the clinic up through
 * this table, so staff of one clinic never reach another clinic's data.
 */
export const clinicStaff = pgTable(
  'clinic_staff',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    clinicId: uuid('clinic_id')
      .notNull()
      .references(() => clinics.id, { onDelete: 'cascade' }),
    role: text('role').$type<'practitioner' | 'clinic_admin' | 'reception'>().notNull(),
    practitionerId: uuid('practitioner_id').references(() => practitioners.id, { onDelete: 'set null' }),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.clinicId] }),
    check('clinic_staff_role', sql`${t.role} in ('practitioner', 'clinic_admin', 'reception')`),
  ],
);

// Relations for drizzle's relational queries (db.query.*): how a clinic's schedule data hangs
// together. They change no SQL schema; repos/clinics.ts loads a whole ClinicContext through them.
export const clinicsRelations = relations(clinics, ({ many }) => ({
  overrides: many(clinicDateOverrides),
  services: many(clinicServices),
  practitioners: many(practitioners),
  staff: many(clinicStaff),
}));

export const clinicDateOverridesRelations = relations(clinicDateOverrides, ({ one }) => ({
  clinic: one(clinics, { fields: [clinicDateOverrides.clinicId], references: [clinics.id] }),
}));

export const clinicServicesRelations = relations(clinicServices, ({ one, many }) => ({
  clinic: one(clinics, { fields: [clinicServices.clinicId], references: [clinics.id] }),
  practitioners: many(practitionerServices),
}));

export const practitionersRelations = relations(practitioners, ({ one, many }) => ({
  clinic: one(clinics, { fields: [practitioners.clinicId], references: [clinics.id] }),
  services: many(practitionerServices),
  timeOff: many(practitionerTimeOff),
}));

export const practitionerServicesRelations = relations(practitionerServices, ({ one }) => ({
  practitioner: one(practitioners, {
    fields: [practitionerServices.practitionerId],
    references: [practitioners.id],
  }),
  service: one(clinicServices, {
    fields: [practitionerServices.serviceId],
    references: [clinicServices.id],
  }),
}));

export const practitionerTimeOffRelations = relations(practitionerTimeOff, ({ one }) => ({
  practitioner: one(practitioners, {
    fields: [practitionerTimeOff.practitionerId],
    references: [practitioners.id],
  }),
}));

export const clinicStaffRelations = relations(clinicStaff, ({ one }) => ({
  clinic: one(clinics, { fields: [clinicStaff.clinicId], references: [clinics.id] }),
}));
