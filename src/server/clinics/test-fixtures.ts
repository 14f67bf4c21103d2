import { randomUUID } from 'node:crypto';
import { type App, buildApp } from '../app.js';
import { loadConfig } from '../config.js';
import type { Database } from '../db/database.js';
import { type ClinicSpec, seedClinic, vancouverDemoClinic } from '../demo/clinic-demo.js';
import type { MailSettings } from '../notifications/settings.js';

/** The app over an existing database, listening on a free port of 127.0.0.1 (for real HTTP). */
export async function listeningApp(
  database: Database,
  mail: Partial<MailSettings> = { worker: false },
): Promise<{ app: App; url: string; close(): Promise<void> }> {
  const base = loadConfig({
    LOG_LEVEL: 'silent',
    PSOAS_WEB_DIR: '/nonexistent',
    DATABASE_URL: database.url,
    PSOAS_MAX_EVENT_LOOP_UTILIZATION: '0',
    PSOAS_MAX_EVENT_LOOP_DELAY_MS: '0',
  });
  const config = { ...base, mail: { ...base.mail, ...mail } };
  const app = await buildApp(config, database);
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  return { app, url, close: () => app.close() };
}

/** The same clinic under another name, with its own staff: for "other clinic" checks. */
export const otherClinic: ClinicSpec = {
  ...vancouverDemoClinic,
  slug: 'other-clinic',
  name: 'Other Clinic',
  practitioners: vancouverDemoClinic.practitioners.map((p) => ({ ...p })),
  staff: [
    {
      email: 'admin@other.example',
      password: 'other-admin-password',
      displayName: 'Other admin',
      role: 'clinic_admin',
    },
  ],
};

export async function seedTwoClinics(db: Database['db']) {
  const x = await seedClinic(db, vancouverDemoClinic);
  const y = await seedClinic(db, otherClinic);
  return { x: x.clinicId, y: y.clinicId };
}

export const guest = (n = 1) => ({
  name: `Guest ${n}`,
  email: `guest${n}@example.com`,
  phone: '+1 604 555 0100',
});

export const newKey = () => `test-${randomUUID()}`;
