import { z } from 'zod';
import { isTimeZone } from '../domain/time/index.js';
import { newPassword } from './auth.js';
import { weeklyHoursSchema } from './clinics.js';
import { language, text, uuid } from './common.js';
import { staffRoleSchema } from './staff.js';

/** First run and staff invites (routes/onboarding.ts, docs/clinics.md). */

const emailAddress = text({ max: 254 }).toLowerCase().pipe(z.email());
const minutes = (min: number, max: number) => z.number().int().min(min).max(max);

export const setupStatusSchema = z.object({
  /** True while the installation has no clinic and no clinic admin: /clinic shows the first run. */
  needed: z.boolean(),
});

export const setupServiceInput = z
  .object({
    name: text({ min: 1, max: 80 }),
    durationMinutes: minutes(5, 480),
    bufferBeforeMinutes: minutes(0, 120).default(0),
    bufferAfterMinutes: minutes(0, 120).default(0),
    /** In minor units (cents) of the clinic's currency. */
    priceMinor: z.number().int().min(0).max(100_000_000),
  })
  .strict();

export const setupPractitionerInput = z
  .object({
    displayName: text({ min: 1, max: 80 }),
    profession: text({ min: 1, max: 80 }),
    workingHours: weeklyHoursSchema,
    /** Indexes into `services`: what this practitioner gives. */
    services: z.array(z.number().int().min(0).max(49)).min(1).max(50),
  })
  .strict();

export const setupBody = z
  .object({
    clinic: z
      .object({
        name: text({ min: 1, max: 120 }),
        address: text({ min: 1, max: 300 }),
        phone: text({ min: 3, max: 40 }),
        email: emailAddress,
        timeZone: text({ min: 1, max: 64 }).refine(isTimeZone, 'a time zone such as America/Vancouver'),
        currency: z
          .string()
          .regex(/^[A-Z]{3}$/, 'a currency code such as CAD')
          .default('CAD'),
        languages: z.array(language).min(1).max(2),
        openingHours: weeklyHoursSchema,
      })
      .strict(),
    admin: z
      .object({
        displayName: text({ min: 1, max: 80 }),
        email: emailAddress,
        password: newPassword,
      })
      .strict(),
    services: z.array(setupServiceInput).min(1).max(50),
    practitioners: z.array(setupPractitionerInput).min(1).max(50),
  })
  .strict();
export type SetupBody = z.infer<typeof setupBody>;

export const setupResultSchema = z.object({ clinicId: uuid, slug: z.string() });

export const inviteBody = z
  .object({
    email: emailAddress,
    role: staffRoleSchema,
    /** A practitioner invite may name the calendar (practitioner) the account works as. */
    practitionerId: uuid.optional(),
    /** The language of the mail. */
    language: language.optional(),
  })
  .strict();

export const inviteSchema = z.object({
  id: uuid,
  email: z.string(),
  role: staffRoleSchema,
  expiresAt: z.string(),
});

const inviteToken = text({ min: 20, max: 200 });
export const inviteTokenBody = z.object({ token: inviteToken }).strict();
export const invitePreviewSchema = z.object({
  clinicName: z.string(),
  email: z.string(),
  role: staffRoleSchema,
});
export const inviteAcceptBody = z
  .object({ token: inviteToken, displayName: text({ min: 1, max: 80 }), password: newPassword })
  .strict();
