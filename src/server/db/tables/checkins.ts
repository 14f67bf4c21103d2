import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  integer,
  pgTable,
  real,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { guests } from './core.js';

/**
 * A person's daily check-in: one per person per local date (the date the person's browser says
 * it is), replaced when edited. Keyed by person_id, so the account export and erasure cover it.
 */
export const checkins = pgTable(
  'checkins',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    personId: uuid('person_id')
      .notNull()
      .references(() => guests.id, { onDelete: 'cascade' }),
    date: date('date', { mode: 'string' }).notNull(),
    painNow: integer('pain_now').notNull(),
    minutesWalked: integer('minutes_walked').notNull(),
    sittingHours: real('sitting_hours').notNull(),
    sittingBreaks: integer('sitting_breaks').notNull(),
    waterGlasses: integer('water_glasses').notNull(),
    stress: integer('stress').notNull(),
    classAttended: boolean('class_attended').notNull(),
    note: text('note').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('checkins_person_date_unique').on(t.personId, t.date),
    // The API validates too; these keep a stray write from storing a score off the scale.
    check('checkins_pain_range', sql`${t.painNow} between 0 and 10`),
    check('checkins_stress_range', sql`${t.stress} between 0 and 10`),
  ],
);
