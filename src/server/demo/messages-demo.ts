import { sql } from 'drizzle-orm';
import { addDays } from '../../domain/time/index.js';
import type { Db } from '../db/database.js';
import { findUserByEmail } from '../db/repos/users.js';
import { messages, messageThreads } from '../db/schema.js';
import { DEMO_PATIENT_EMAIL } from './accounts-demo.js';
import { vancouverDemoClinic } from './clinic-demo.js';
import { demoContext, demoInstant } from './demo-clock.js';
import type { DemoSeeder } from './index.js';

export const DEMO_MESSAGES = {
  question:
    'After the kneeling lunge on Tuesday the front of my hip felt tight for about an hour. Should I keep doing it?',
  answer:
    'Thanks for telling me. A mild pull that settles within the hour is fine. Hold each lunge for 20 seconds instead of 30 this week and keep your back from arching. If it stays sore into the next day, press "This hurts" and we will look at it at your next visit.',
  followUp: 'Shorter holds felt much better today. Thank you!',
};

/**
 * A short conversation between the demo patient and Sofia Herrera (the physiotherapist who
 * reviewed the programme): a question, her answer (read), and a thank-you the clinic has not read
 * yet, so "My patients" shows an unread message. Written straight to the tables: no mail.
 * Loaded once: nothing is added when the thread exists.
 */
export const messagesDemo: DemoSeeder = {
  name: 'messages',
  async load(db: Db, ctx = demoContext()) {
    const patient = await findUserByEmail(db, DEMO_PATIENT_EMAIL);
    const sofia = await findUserByEmail(db, 'sofia.herrera@falsecreek.example');
    const clinic = await db.execute<{ id: string }>(
      sql`select id from clinics where slug = ${vancouverDemoClinic.slug}`,
    );
    const clinicId = clinic.rows[0]?.id;
    const personId = patient?.personId;
    if (!personId || !sofia || !clinicId) return;
    const at = (daysAgo: number, time: string) => demoInstant(addDays(ctx.today, -daysAgo), time, ctx.zone);
    await db.transaction(async (tx) => {
      const [thread] = await tx
        .insert(messageThreads)
        .values({ personId, clinicId, patientReadAt: at(1, '20:00'), clinicReadAt: at(2, '09:00') })
        .onConflictDoNothing()
        .returning({ id: messageThreads.id });
      if (!thread) return;
      await tx.insert(messages).values([
        { threadId: thread.id, sender: 'patient', body: DEMO_MESSAGES.question, createdAt: at(3, '19:12') },
        {
          threadId: thread.id,
          sender: 'clinic',
          authorUserId: sofia.id,
          body: DEMO_MESSAGES.answer,
          createdAt: at(2, '08:40'),
        },
        { threadId: thread.id, sender: 'patient', body: DEMO_MESSAGES.followUp, createdAt: at(1, '19:30') },
      ]);
    });
  },
};
