import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../database.js';
import { type ConsentScope, consents } from '../schema.js';
import type { Tx } from './outbox.js';

export type Consent = typeof consents.$inferSelect;

export async function listConsents(db: Db, personId: string): Promise<Consent[]> {
  return db.select().from(consents).where(eq(consents.personId, personId)).orderBy(desc(consents.grantedAt));
}

/**
 * Grants a clinic access to the given parts of the person's record. An active consent for the
 * same clinic is replaced (withdrawn, then a new row), so the history shows every change.
 */
export async function grantConsent(
  db: Db,
  personId: string,
  clinicId: string,
  scopes: ConsentScope[],
): Promise<Consent> {
  return db.transaction(async (tx) => {
    await tx
      .update(consents)
      .set({ withdrawnAt: new Date() })
      .where(
        and(eq(consents.personId, personId), eq(consents.clinicId, clinicId), isNull(consents.withdrawnAt)),
      );
    const [row] = await tx.insert(consents).values({ personId, clinicId, scopes }).returning();
    return row!;
  });
}

/** Withdraws the person's consent; undefined when it is not theirs (or does not exist). */
export async function withdrawConsent(db: Db, personId: string, id: string): Promise<Consent | undefined> {
  const [row] = await db
    .update(consents)
    .set({ withdrawnAt: sql`coalesce(${consents.withdrawnAt}, now())` })
    .where(and(eq(consents.id, id), eq(consents.personId, personId)))
    .returning();
  return row;
}

/**
 * True when the staff user works at a clinic (clinic_staff) that the person currently allows to
 * see their record, optionally for one scope. This is the one access rule for staff reads:
 * call it before showing a patient's assessment, programme or progress to clinic staff.
 */
export async function canStaffSeePerson(
  db: Db,
  staffUserId: string,
  personId: string,
  scope?: ConsentScope,
): Promise<boolean> {
  const result = await db.execute<{ ok: boolean }>(sql`
    select exists (
      select 1 from consents c
      join clinic_staff s on s.clinic_id = c.clinic_id
      where s.user_id = ${staffUserId} and s.role <> 'reception'
        and c.person_id = ${personId} and c.withdrawn_at is null
        and (${scope ?? null}::text is null or ${scope ?? null}::text = any(c.scopes))
    ) as ok`);
  return result.rows[0]?.ok === true;
}

/** True when the clinic exists (or when the clinics area has no table yet, nothing to check). */
export async function clinicExists(db: Db, clinicId: string): Promise<boolean> {
  const table = await db.execute<{ t: string | null }>(sql`select to_regclass('public.clinics')::text as t`);
  if (!table.rows[0]?.t) return true;
  const found = await db.execute(sql`select 1 from clinics where id = ${clinicId}`);
  return found.rows.length > 0;
}

/**
 * Makes sure the person's active consent for the clinic includes the scope, in the caller's
 * transaction: sharing an assessment through a booking is a consent the patient then sees and
 * can withdraw on /account. An active consent without the scope is replaced by one with it.
 */
export async function ensureConsentScope(
  tx: Tx,
  personId: string,
  clinicId: string,
  scope: ConsentScope,
): Promise<void> {
  const [active] = await tx
    .select()
    .from(consents)
    .where(
      and(eq(consents.personId, personId), eq(consents.clinicId, clinicId), isNull(consents.withdrawnAt)),
    )
    .limit(1);
  if (active?.scopes.includes(scope)) return;
  if (active) await tx.update(consents).set({ withdrawnAt: new Date() }).where(eq(consents.id, active.id));
  await tx.insert(consents).values({ personId, clinicId, scopes: [...(active?.scopes ?? []), scope] });
}
