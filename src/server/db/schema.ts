/**
 * Drizzle schema: the single list of tables. Each area keeps its tables in its own file under
 * ./tables and re-exports them here so drizzle-kit sees them all.
 */

export * from './tables/account-trust.js';
export * from './tables/assessments.js';
export * from './tables/audit.js';
export * from './tables/booking-series.js';
export * from './tables/bookings.js';
export * from './tables/checkins.js';
export * from './tables/clinic-versions.js';
export * from './tables/clinics.js';
export * from './tables/consent.js';
export * from './tables/core.js';
export * from './tables/messages.js';
export * from './tables/onboarding.js';
export * from './tables/outbox.js';
export * from './tables/patient-flags.js';
export * from './tables/programme-reviews.js';
export * from './tables/programme-templates.js';
export * from './tables/programmes.js';
export * from './tables/reminders.js';
export * from './tables/users.js';
export * from './tables/waitlist.js';
