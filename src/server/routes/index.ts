import type { FastifyPluginAsync } from 'fastify';
import account from './account.js';
import assessments from './assessments.js';
import auth from './auth.js';
import bookingSeries, { bookingSeriesStaff } from './booking-series.js';
import bookings from './bookings.js';
import calendar from './calendar.js';
import checkins from './checkins.js';
import clinics from './clinics.js';
import content from './content.js';
import fhir from './fhir.js';
import health from './health.js';
import legal from './legal.js';
import me from './me.js';
import messages from './messages.js';
import onboarding from './onboarding.js';
import patients from './patients.js';
import privacy from './privacy.js';
import programmeReview from './programme-review.js';
import programmeTemplates from './programme-templates.js';
import programmes from './programmes.js';
import progress from './progress.js';
import reminders from './reminders.js';
import staff from './staff.js';
import staffMessages from './staff-messages.js';
import waitlist from './waitlist.js';

/** Every route module of the API, in registration order. Each area adds its own line. */
export const routeModules: FastifyPluginAsync[] = [
  health,
  auth,
  account,
  privacy,
  messages,
  me,
  clinics,
  bookings,
  waitlist,
  bookingSeries,
  staff,
  bookingSeriesStaff,
  patients,
  staffMessages,
  onboarding,
  content,
  legal,
  assessments,
  checkins,
  progress,
  programmes,
  programmeReview,
  programmeTemplates,
  calendar,
  reminders,
  fhir,
];
