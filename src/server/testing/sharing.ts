import { expect } from 'vitest';
import type { App } from '../app.js';
import { TestBrowser } from '../auth/test-browser.js';
import { createUser } from '../db/repos/users.js';

/**
 * The clinic and people of the tests about what a clinic sees of its patients (progress, "My
 * patients", programme review): a bare clinic, a signed-in practitioner of it, and a patient
 * who shares some scopes with it.
 */

const STAFF_PASSWORD = 'staff password 1';

/** A clinic row with only what sharing needs (no hours, no services), in Madrid: its id. */
export async function bareClinic(app: App, slug: string, name = slug): Promise<string> {
  const { rows } = await app.database.pool.query(
    `insert into clinics (slug, name, address, phone, email, time_zone, opening_hours)
     values ($1, $2, 'a', 'p', $3, 'Europe/Madrid', '{}') returning id`,
    [slug, name, `${slug}@clinic.example`],
  );
  return rows[0].id as string;
}

/** A practitioner account of the clinic, signed in: its browser. */
export async function signedInPractitioner(
  app: App,
  email: string,
  clinicId: string,
  displayName = 'Dr Staff',
): Promise<TestBrowser> {
  const { id } = await createUser(app.database.db, {
    email,
    password: STAFF_PASSWORD,
    role: 'practitioner',
    displayName,
  });
  await app.database.pool.query(
    `insert into clinic_staff (user_id, clinic_id, role) values ($1, $2, 'practitioner')`,
    [id, clinicId],
  );
  const b = new TestBrowser(app);
  expect((await b.signIn(email, STAFF_PASSWORD)).statusCode).toBe(200);
  return b;
}

/**
 * A patient who signs up (through the mailed link) and shares `scopes` with the clinic.
 * `beforeSharing` records what the patient did before giving consent.
 */
export async function sharingPatient(
  app: App,
  input: {
    email: string;
    clinicId: string;
    scopes: string[];
    displayName?: string;
    beforeSharing?(patient: TestBrowser): Promise<void>;
  },
): Promise<{ patient: TestBrowser; personId: string; consentId: string }> {
  const patient = new TestBrowser(app);
  const signedUp = await patient.signUp(input.email, undefined, input.displayName);
  expect(signedUp.statusCode, signedUp.body).toBe(201);
  const personId = signedUp.json().personId as string;
  await input.beforeSharing?.(patient);
  const consent = await patient.post('/api/consents', { clinicId: input.clinicId, scopes: input.scopes });
  expect(consent.statusCode, consent.body).toBe(201);
  return { patient, personId, consentId: consent.json().id as string };
}
