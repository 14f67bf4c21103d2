import { sql } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { grantConsent, listConsents } from '../db/repos/consent.js';
import { createGuest } from '../db/repos/guests.js';
import { createUser, findUserByEmail } from '../db/repos/users.js';
import { consentScopes } from '../db/schema.js';
import type { DemoSeeder } from './index.js';

/** Documented in docs/security.md and the README: demo data only, never for real use. */
export const DEMO_PATIENT_EMAIL = 'demo.patient@psoas.example';
export const DEMO_PATIENT_PASSWORD = 'psoas-demo-patient';

/**
 * A demo patient account with a person of its own, sharing everything with the first demo
 * clinic (when the clinics demo loaded one), so staff screens have someone to show.
 */
export const accountsDemo: DemoSeeder = {
  name: 'accounts',
  async load(db: Db) {
    let user = await findUserByEmail(db, DEMO_PATIENT_EMAIL);
    if (!user) {
      // The token is never handed out: this person is reachable only through the account.
      const person = await createGuest(db, `account:${crypto.randomUUID()}`, 'en');
      await createUser(db, {
        email: DEMO_PATIENT_EMAIL,
        password: DEMO_PATIENT_PASSWORD,
        role: 'patient',
        displayName: 'Dana Demo',
        personId: person.id,
      });
      user = await findUserByEmail(db, DEMO_PATIENT_EMAIL);
    }
    const personId = user?.personId;
    if (!personId) return;
    const clinics = await db.execute<{ id: string }>(
      sql`select id from clinics order by created_at, slug limit 1`,
    );
    const clinicId = clinics.rows[0]?.id;
    if (!clinicId) return;
    const existing = await listConsents(db, personId);
    if (!existing.some((c) => c.clinicId === clinicId && !c.withdrawnAt)) {
      await grantConsent(db, personId, clinicId, [...consentScopes]);
    }
  },
};
