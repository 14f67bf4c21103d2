import { createHash, randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { addDays, isoWeekday, startOfDay, weekStart } from '../../domain/time/index.js';
import { idempotencyKeyHash } from '../clinics/booking-service.js';
import type { Db } from '../db/database.js';
import { bookings, clinicServices, practitioners, practitionerTimeOff } from '../db/schema.js';
import { demoClinicId, vancouverDemoClinic } from './clinic-demo.js';
import { demoContext, demoInstant } from './demo-clock.js';
import type { DemoSeeder } from './index.js';

/** A day's usual appointments, inside each practitioner's hours (see vancouverDemoClinic). */
const DAY_PLAN: { practitioner: string; service: string; time: string }[] = [
  { practitioner: 'mei-lin', service: 'acupuncture', time: '10:00' },
  { practitioner: 'mei-lin', service: 'cupping', time: '15:30' },
  { practitioner: 'daniel-okafor', service: 'massage', time: '11:30' },
  { practitioner: 'daniel-okafor', service: 'osteopathic-treatment', time: '16:00' },
  { practitioner: 'sofia-herrera', service: 'chiropractic-adjustment', time: '10:30' },
  { practitioner: 'sofia-herrera', service: 'physiotherapy-assessment', time: '14:00' },
];

/** Invented patients (example.com addresses, 555 numbers). */
const PATIENTS = [
  'Ava Thompson',
  'Lucas Moreno',
  'Priya Nair',
  'Jonah Fraser',
  'Camila Ortiz',
  'Ethan Wong',
  'Noor Haddad',
  'Grace Kim',
  'Mateo Silva',
  'Hannah Dubois',
];

/**
 * A clinic week with people in it: appointments across this week and next (clinic zone), about
 * two thirds of the usual day plan each working day, the past ones marked completed. Each has a
 * fixed idempotency key (date, practitioner, time), so loading again adds nothing. One
 * practitioner has a day off on their next working day (the calendar shades it), without bookings.
 */
export const bookingsDemo: DemoSeeder = {
  name: 'bookings (this week and next) and a day off',
  async load(db: Db, ctx = demoContext()) {
    const clinicId = await demoClinicId(db);
    if (!clinicId) return;
    const services = await db.select().from(clinicServices).where(eq(clinicServices.clinicId, clinicId));
    const pracs = await db.select().from(practitioners).where(eq(practitioners.clinicId, clinicId));
    const closed = new Set(vancouverDemoClinic.closures.map((c) => c.date));
    const monday = weekStart(ctx.today);
    const away = await demoTimeOff(db, pracs, closed, ctx);
    let n = 0;
    for (let d = 0; d < 14; d++) {
      const date = addDays(monday, d);
      const weekday = isoWeekday(date);
      if (weekday > 5 || closed.has(date)) continue;
      for (const [j, plan] of DAY_PLAN.entries()) {
        if ((d + j) % 3 === 0) continue;
        const service = services.find((s) => s.slug === plan.service);
        const practitioner = pracs.find((p) => p.slug === plan.practitioner);
        const spec = vancouverDemoClinic.practitioners.find((p) => p.slug === plan.practitioner);
        if (!service || !practitioner || !spec?.workingHours[String(weekday) as '1']) continue;
        if (away?.practitionerId === practitioner.id && away.date === date) continue;
        const start = demoInstant(date, plan.time, ctx.zone);
        const end = new Date(start.getTime() + service.durationMinutes * 60_000);
        const name = PATIENTS[n++ % PATIENTS.length]!;
        await db
          .insert(bookings)
          .values({
            clinicId,
            serviceId: service.id,
            practitionerId: practitioner.id,
            personId: null,
            patientName: name,
            patientEmail: `${name.toLowerCase().replace(/\W+/g, '.')}@example.com`,
            patientPhone: `+1 604 555 01${String(10 + (n % 90)).padStart(2, '0')}`,
            language: n % 4 === 0 ? 'es' : 'en',
            startAt: start,
            endAt: end,
            bufferBeforeMinutes: service.bufferBeforeMinutes,
            bufferAfterMinutes: service.bufferAfterMinutes,
            status: end <= ctx.now ? 'completed' : 'active',
            idempotencyKey: idempotencyKeyHash(`demo:${date}:${plan.practitioner}:${plan.time}`),
            // Nobody holds the token: demo bookings are changed by staff only.
            cancelTokenHash: createHash('sha256').update(randomUUID()).digest('base64url'),
          })
          .onConflictDoNothing();
      }
    }
  },
};

/** Whose time off the demo shows, and why (the clinic's own words, as staff type them). */
const AWAY = { practitioner: 'daniel-okafor', reason: 'Course' };

/**
 * A day off for one practitioner on their next working day after today, so the calendar shows
 * time off in the first week a visitor sees. Loading again adds nothing.
 */
async function demoTimeOff(
  db: Db,
  pracs: { id: string; slug: string }[],
  closed: Set<string>,
  ctx: { today: string; zone: string },
): Promise<{ practitionerId: string; date: string } | undefined> {
  const practitioner = pracs.find((p) => p.slug === AWAY.practitioner);
  const spec = vancouverDemoClinic.practitioners.find((p) => p.slug === AWAY.practitioner);
  if (!practitioner || !spec) return undefined;
  let date = addDays(ctx.today, 1);
  while (closed.has(date) || !spec.workingHours[String(isoWeekday(date)) as '1']) date = addDays(date, 1);
  const startAt = startOfDay(date, ctx.zone);
  const [existing] = await db
    .select({ id: practitionerTimeOff.id })
    .from(practitionerTimeOff)
    .where(
      and(eq(practitionerTimeOff.practitionerId, practitioner.id), eq(practitionerTimeOff.startAt, startAt)),
    );
  if (!existing)
    await db.insert(practitionerTimeOff).values({
      practitionerId: practitioner.id,
      startAt,
      endAt: startOfDay(addDays(date, 1), ctx.zone),
      reason: AWAY.reason,
    });
  return { practitionerId: practitioner.id, date };
}
