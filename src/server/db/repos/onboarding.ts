import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { SetupBody } from '../../../contract/onboarding.js';
import { type Language, sameInEvery } from '../../../domain/i18n.js';
import { NEW_CLINIC_RULES, type SetupPlan } from '../../../domain/onboarding/setup.js';
import type { Db } from '../database.js';
import {
  clinicServices,
  clinicStaff,
  clinics,
  type OutboxEmail,
  type OutboxKind,
  outbox,
  practitionerServices,
  practitioners,
  staffInvites,
  users,
} from '../schema.js';
import { fromWeeklyHours, toWeeklyHours } from './clinics.js';
import type { Role } from './users.js';
import { normaliseEmail } from './users.js';

export type StaffInvite = typeof staffInvites.$inferSelect;
export type StaffRoleName = 'practitioner' | 'clinic_admin' | 'reception';

/** Why a clinic could not be created (the route and the CLI word these for their callers). */
export class SetupRefused extends Error {
  constructor(readonly reason: 'already_set_up' | 'slug_taken' | 'email_taken') {
    super(reason);
  }
}

// One key for every first run: two at once queue on it, and the second then finds a clinic.
const FIRST_RUN_LOCK = sql`select pg_advisory_xact_lock(hashtext('psoas:first-run'))`;

/** True while there is no clinic and no clinic admin: the first run may still happen. */
export async function setupNeeded(db: Db): Promise<boolean> {
  const result = await db.execute<{ needed: boolean }>(sql`
    select not exists (select 1 from clinics) and not exists (select 1 from users where role = 'clinic_admin')
      as needed`);
  return result.rows[0]?.needed === true;
}

const isUniqueViolation = (e: unknown, constraint?: string) => {
  const err = (e as { cause?: unknown }).cause ?? e;
  const pg = err as { code?: string; constraint?: string };
  return pg.code === '23505' && (constraint === undefined || pg.constraint === constraint);
};

/**
 * Creates a clinic with its first admin, services and practitioners in one transaction.
 * `firstRunOnly`: refuse (already_set_up) once any clinic or admin exists; the check runs under
 * an advisory lock, so of two first runs at the same moment exactly one creates anything.
 * The password is hashed by the caller, before the transaction.
 */
export async function createClinicWithAdmin(
  db: Db,
  input: SetupBody,
  plan: SetupPlan,
  passwordHash: string,
  options: { firstRunOnly: boolean },
): Promise<{ clinicId: string; slug: string; adminUserId: string }> {
  try {
    return await db.transaction(async (tx) => {
      if (options.firstRunOnly) {
        await tx.execute(FIRST_RUN_LOCK);
        const open = await tx.execute<{ needed: boolean }>(sql`
          select not exists (select 1 from clinics) and not exists (select 1 from users where role = 'clinic_admin')
            as needed`);
        if (open.rows[0]?.needed !== true) throw new SetupRefused('already_set_up');
      }
      const c = input.clinic;
      const [clinic] = await tx
        .insert(clinics)
        .values({
          slug: plan.clinicSlug,
          name: c.name,
          address: c.address,
          phone: c.phone,
          email: c.email,
          timeZone: c.timeZone,
          languages: c.languages,
          openingHours: fromWeeklyHours(toWeeklyHours(c.openingHours)),
          ...NEW_CLINIC_RULES,
        })
        .returning({ id: clinics.id });
      const clinicId = clinic!.id;
      const [admin] = await tx
        .insert(users)
        .values({
          email: normaliseEmail(input.admin.email),
          passwordHash,
          role: 'clinic_admin',
          displayName: input.admin.displayName.trim(),
        })
        .returning({ id: users.id });
      await tx.insert(clinicStaff).values({ userId: admin!.id, clinicId, role: 'clinic_admin' });
      const serviceIds: string[] = [];
      for (const [i, s] of input.services.entries()) {
        const [row] = await tx
          .insert(clinicServices)
          .values({
            clinicId,
            slug: plan.serviceSlugs[i]!,
            // One name, shown in every language until the admin words it per language.
            name: sameInEvery(s.name),
            durationMinutes: s.durationMinutes,
            bufferBeforeMinutes: s.bufferBeforeMinutes,
            bufferAfterMinutes: s.bufferAfterMinutes,
            priceCents: s.priceMinor,
            currency: c.currency,
          })
          .returning({ id: clinicServices.id });
        serviceIds.push(row!.id);
      }
      for (const [i, p] of input.practitioners.entries()) {
        const [row] = await tx
          .insert(practitioners)
          .values({
            clinicId,
            slug: plan.practitionerSlugs[i]!,
            displayName: p.displayName,
            profession: p.profession,
            licenceNumber: '',
            workingHours: fromWeeklyHours(toWeeklyHours(p.workingHours)),
          })
          .returning({ id: practitioners.id });
        const given = [...new Set(p.services)].map((s) => ({
          practitionerId: row!.id,
          serviceId: serviceIds[s]!,
        }));
        await tx.insert(practitionerServices).values(given);
      }
      return { clinicId, slug: plan.clinicSlug, adminUserId: admin!.id };
    });
  } catch (e) {
    if (isUniqueViolation(e, 'clinics_slug_unique')) throw new SetupRefused('slug_taken');
    if (isUniqueViolation(e, 'users_email_unique')) throw new SetupRefused('email_taken');
    throw e;
  }
}

/** Records an invite (token hash only) and queues its mail, in one transaction. */
export async function createInvite(
  db: Db,
  input: {
    clinicId: string;
    email: string;
    role: StaffRoleName;
    practitionerId: string | null;
    invitedBy: string | null;
    language: Language;
    tokenHash: string;
    expiresAt: Date;
    mail: OutboxEmail;
  },
): Promise<StaffInvite> {
  return db.transaction(async (tx) => {
    const { mail, ...row } = input;
    const [invite] = await tx
      .insert(staffInvites)
      .values({ ...row, email: normaliseEmail(row.email) })
      .returning();
    // Account mails are rendered when written, like the password-reset mail (repos/users.ts).
    await tx.insert(outbox).values({ kind: 'staff_invite' as OutboxKind, payload: mail });
    return invite!;
  });
}

/** A usable (unused, unexpired) invite with its clinic's name, or undefined. */
export async function findUsableInvite(
  db: Db,
  tokenHash: string,
): Promise<(StaffInvite & { clinicName: string }) | undefined> {
  const [row] = await db
    .select({ invite: staffInvites, clinicName: clinics.name })
    .from(staffInvites)
    .innerJoin(clinics, eq(clinics.id, staffInvites.clinicId))
    .where(
      and(
        eq(staffInvites.tokenHash, tokenHash),
        isNull(staffInvites.usedAt),
        gt(staffInvites.expiresAt, new Date()),
      ),
    )
    .limit(1);
  return row ? { ...row.invite, clinicName: row.clinicName } : undefined;
}

/**
 * Uses an invite: marks it used, creates the account with the invite's address and role, and
 * the membership, in one transaction. The update is the check, so two uses cannot both win.
 * 'invalid': unknown, expired or used; 'email_taken': the address has an account already (the
 * invite stays usable: nothing is committed).
 */
export async function acceptInvite(
  db: Db,
  input: { tokenHash: string; displayName: string; passwordHash: string },
): Promise<{ userId: string } | 'invalid' | 'email_taken'> {
  try {
    return await db.transaction(async (tx) => {
      const [invite] = await tx
        .update(staffInvites)
        .set({ usedAt: new Date() })
        .where(
          and(
            eq(staffInvites.tokenHash, input.tokenHash),
            isNull(staffInvites.usedAt),
            gt(staffInvites.expiresAt, new Date()),
          ),
        )
        .returning();
      if (!invite) return 'invalid' as const;
      const [user] = await tx
        .insert(users)
        .values({
          email: invite.email,
          passwordHash: input.passwordHash,
          role: invite.role as Role,
          displayName: input.displayName.trim(),
        })
        .returning({ id: users.id });
      await tx.insert(clinicStaff).values({
        userId: user!.id,
        clinicId: invite.clinicId,
        role: invite.role,
        practitionerId: invite.role === 'practitioner' ? invite.practitionerId : null,
      });
      return { userId: user!.id };
    });
  } catch (e) {
    if (isUniqueViolation(e, 'users_email_unique')) return 'email_taken';
    throw e;
  }
}

/** The practitioner of this clinic with this id or slug. */
export async function findPractitionerOfClinic(
  db: Db,
  clinicId: string,
  idOrSlug: string,
): Promise<{ id: string } | undefined> {
  const isUuid = /^[0-9a-f-]{36}$/i.test(idOrSlug);
  const [row] = await db
    .select({ id: practitioners.id })
    .from(practitioners)
    .where(
      and(
        eq(practitioners.clinicId, clinicId),
        isUuid ? eq(practitioners.id, idOrSlug) : eq(practitioners.slug, idOrSlug),
      ),
    )
    .limit(1);
  return row;
}
