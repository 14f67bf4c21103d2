import { createHash, randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { seriesStarts } from '../../domain/schedule/index.js';
import { addDays, localDate, weekStart } from '../../domain/time/index.js';
import { idempotencyKeyHash } from '../clinics/booking-service.js';
import type { Db } from '../db/database.js';
import { insertSeries, insertSeriesMembers } from '../db/repos/booking-series.js';
import { EXCLUSION_VIOLATION, insertBooking, pgErrorCode } from '../db/repos/bookings.js';
import { bookingSeries, clinicServices, practitioners } from '../db/schema.js';
import { demoClinicId, vancouverDemoClinic } from './clinic-demo.js';
import { demoContext, demoInstant } from './demo-clock.js';
import type { DemoSeeder } from './index.js';

const COUNT = 6;

/**
 * A course of six weekly massages with Daniel Okafor (Thursdays 13:30) that began last week:
 * the staff calendar shows "Visit 2 of 6 in a weekly course" on this week's. Keyed by its first
 * date, so loading again adds nothing; a week whose times are already taken gets no new course.
 */
export const seriesDemo: DemoSeeder = {
  name: 'booking series (a weekly course)',
  async load(db: Db, ctx = demoContext()) {
    const clinicId = await demoClinicId(db);
    if (!clinicId) return;
    const [service] = await db
      .select()
      .from(clinicServices)
      .where(and(eq(clinicServices.clinicId, clinicId), eq(clinicServices.slug, 'massage')));
    const [practitioner] = await db
      .select()
      .from(practitioners)
      .where(and(eq(practitioners.clinicId, clinicId), eq(practitioners.slug, 'daniel-okafor')));
    if (!service || !practitioner) return;
    const firstDate = addDays(weekStart(ctx.today), -7 + 3); // last week's Thursday
    const key = idempotencyKeyHash(`demo:series:${firstDate}`);
    const [known] = await db.select().from(bookingSeries).where(eq(bookingSeries.idempotencyKey, key));
    if (known) return;
    const starts = seriesStarts(
      ctx.zone,
      demoInstant(firstDate, '13:30', ctx.zone).toISOString(),
      'weekly',
      COUNT,
    );
    const closed = new Set(vancouverDemoClinic.closures.map((c) => c.date));
    if (starts.some((s) => closed.has(localDate(s, ctx.zone)))) return;
    const tokenHash = createHash('sha256').update(randomUUID()).digest('base64url');
    try {
      await db.transaction(async (tx) => {
        const seriesId = randomUUID();
        await insertSeries(tx, {
          id: seriesId,
          clinicId,
          repeat: 'weekly',
          count: COUNT,
          idempotencyKey: key,
        });
        const ids: string[] = [];
        for (const [i, s] of starts.entries()) {
          const startAt = new Date(s);
          const endAt = new Date(startAt.getTime() + service.durationMinutes * 60_000);
          const row = await insertBooking(tx, {
            clinicId,
            serviceId: service.id,
            practitionerId: practitioner.id,
            personId: null,
            patientName: 'Olivia Chen',
            patientEmail: 'olivia.chen@example.com',
            patientPhone: '+1 604 555 0199',
            language: 'en',
            startAt,
            endAt,
            bufferBeforeMinutes: service.bufferBeforeMinutes,
            bufferAfterMinutes: service.bufferAfterMinutes,
            status: endAt <= ctx.now ? 'completed' : 'active',
            idempotencyKey: idempotencyKeyHash(`demo:series:${firstDate}#${i + 1}`),
            // Nobody holds the token: demo bookings are changed by staff only.
            cancelTokenHash: tokenHash,
          });
          if (!row) throw new Error('demo series booking already exists');
          ids.push(row.id);
        }
        await insertSeriesMembers(
          tx,
          ids.map((bookingId, i) => ({ bookingId, seriesId, position: i + 1 })),
        );
      });
    } catch (e) {
      // An earlier course (loaded another week) holds these times: keep that one.
      if (
        pgErrorCode(e) !== EXCLUSION_VIOLATION &&
        !(e instanceof Error && e.message.includes('already exists'))
      )
        throw e;
    }
  },
};
