import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { availabilitySchema } from '../../contract/clinics.js';
import { consentListSchema } from '../../contract/privacy.js';
import { VIGNETTES } from '../../domain/assessment/vignettes/index.js';
import { localDate } from '../../domain/time/index.js';
import { TestBrowser } from '../auth/test-browser.js';
import { newKey, seedTwoClinics } from '../clinics/test-fixtures.js';
import { createUser } from '../db/repos/users.js';
import { DEMO_ADMIN_PASSWORD, DEMO_STAFF_PASSWORD, vancouverDemoClinic } from '../demo/clinic-demo.js';
import { unsubscribeToken } from '../notifications/reminder-token.js';
import { createTestApp, testServers } from '../testing/test-db.js';

/**
 * Every person-data and staff route × every kind of caller. A cell is one of:
 * - 'allow': the caller may act on the target record (2xx);
 * - 'own': the route answers (2xx) but only with the caller's own data: none of the target's
 *   identifiers or values appear in the body;
 * - a status: refused, and the refusal is byte-identical to the one for a record that does not
 *   exist, so ids cannot be probed.
 * Practitioner X (consent) reads patient A, who shares everything with clinic X. Practitioner X
 * (no consent) is another practitioner of X reading patient C, who shared with X and withdrew.
 * Reception X works at clinic X with every calendar but no clinical data: A's shared assessment
 * and progress are refused to it as to someone outside the clinic.
 */
const PERSONAS = [
  'anonymous',
  'patientA',
  'patientB',
  'pracX',
  'pracXNoConsent',
  'pracY',
  'adminX',
  'receptionX',
] as const;
type Persona = (typeof PERSONAS)[number];
type Cell = 'allow' | 'own' | 401 | 403 | 404;

interface Subject {
  browser: TestBrowser;
  email: string;
  personId: string;
  assessmentId: string;
  programmeId: string;
  sessionId: string;
  resultAt: string;
  /** A second session, under way: its progress is kept on the server. */
  progressSessionId: string;
  progressBody: { clientId: string; blocks: { exerciseId: string; completed: boolean }[]; nextBlock: number };
  checkinDate: string;
  note: string;
  consentId: string;
  /** The secret of the programme's calendar subscription (the file name of its URL). */
  feedFile: string;
  bookingId: string;
  clinicId: string;
  serviceId: string;
  /** An open flag on the "My patients" list (A reported "this hurts" at 8/10). */
  flagId: string;
  /** The practitioner and time off the time-off cells aim at (the shared ones when unset). */
  practitionerId?: string;
  timeOffId?: string;
  /** The target's waitlist entry (joined signed in) and an offer of a freed time made to it. */
  waitlistEntryId: string;
  offerId: string;
  /** A programme template of the clinic (no patient data in it). */
  templateId?: string;
}

interface Case {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';
  path: string;
  call: (b: TestBrowser, s: Subject) => Promise<LightMyRequestResponse>;
  expect: Record<Persona, Cell>;
  /** Allowed cells of a changing route act on a fresh record of the target, not the shared one. */
  fresh?: (s: Subject) => Promise<Subject>;
}

/**
 * Routes the guard below would catch that hold no person's data: credential entry points, which
 * take no record and speak for nobody yet (auth.test.ts covers them), and public content.
 */
const NOT_IN_MATRIX = new Set([
  'GET /api/exercises/:id',
  'POST /api/account/signup',
  'POST /api/account/verify',
  'POST /api/account/signin',
  'POST /api/account/signout',
  'POST /api/account/password-reset',
  'POST /api/account/password-reset/confirm',
  // An invite's token is its credential (routes/onboarding.test.ts).
  'POST /api/staff-invites/preview',
  'POST /api/staff-invites/accept',
]);
const GUARDED = [
  /:id\b/,
  /\/waitlist/,
  /:personId\b/,
  /\/me(\/|$)/,
  /\/account/,
  /\/checkins/,
  /\/progress/,
  /\/programmes/,
  /\/assessments/,
  /\/staff/,
  /\/bookings/,
  /\/consents/,
  /\/calendar/,
  /\/reminders/,
  /\/messages/,
];

const vignette = VIGNETTES.find((v) => v.id === 'sitter-weak-hip')!;
const prefs = {
  minutesPerSession: 20,
  daysPerWeek: 3,
  equipment: ['mat', 'chair'],
  startDate: '2026-01-05',
  timeZone: 'Europe/Madrid',
  language: 'en',
};
const checkin = (note: string) => ({
  painNow: 6,
  minutesWalked: 25,
  sittingHours: 7.5,
  sittingBreaks: 3,
  waterGlasses: 5,
  stress: 4,
  classAttended: false,
  note,
});
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const CLOSURE_DATE = '2027-03-03';
const reminderPrefs = {
  enabled: true,
  timeZone: 'Europe/Madrid',
  sessionDays: [1, 3, 5],
  sessionTime: '18:00',
  checkinDays: [],
  checkinTime: '18:00',
};

/** Patient routes: only the owner; anonymous has no identity; everyone else sees nothing. */
const ownerOnly = (refused: Cell = 404): Record<Persona, Cell> => ({
  anonymous: 401,
  patientA: 'allow',
  patientB: refused,
  pracX: refused,
  pracXNoConsent: refused,
  pracY: refused,
  adminX: refused,
  receptionX: refused,
});
const ownList = (anonymous: Cell = 401): Record<Persona, Cell> => ({
  anonymous,
  patientA: 'allow',
  patientB: 'own',
  pracX: 'own',
  pracXNoConsent: 'own',
  pracY: 'own',
  adminX: 'own',
  receptionX: 'own',
});
const clinicStaff: Record<Persona, Cell> = {
  anonymous: 401,
  patientA: 403,
  patientB: 403,
  pracX: 'allow',
  pracXNoConsent: 'allow',
  pracY: 404,
  adminX: 'allow',
  receptionX: 'allow',
};
const clinicAdmin: Record<Persona, Cell> = {
  ...clinicStaff,
  pracX: 403,
  pracXNoConsent: 403,
  receptionX: 403,
};

describe.each(testServers())('authorisation matrix on $name PostgreSQL', (server) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  const browsers = {} as Record<Exclude<Persona, 'anonymous'>, TestBrowser>;
  let a: Subject;
  let c: Subject;
  let missing: Subject;
  let clinics: { x: string; y: string };
  let serviceId: string;
  let meiId: string;
  let sharedTimeOff: string;

  async function freeSlot() {
    const q = new URLSearchParams({ serviceId, from: day(1), to: day(20) });
    const res = await t.app.inject({ url: `/api/clinics/${clinics.x}/availability?${q}` });
    return availabilitySchema.parse(res.json()).slots[0]!;
  }
  async function book(s: Pick<Subject, 'browser' | 'email' | 'assessmentId'>, share: boolean) {
    const slot = await freeSlot();
    const res = await s.browser.post(`/api/clinics/${clinics.x}/bookings`, {
      serviceId: slot.serviceId,
      practitionerId: slot.practitionerId,
      start: slot.start,
      idempotencyKey: newKey(),
      patient: { name: 'Pat', email: s.email, phone: '+1 604 555 0100' },
      ...(share ? { assessmentId: s.assessmentId, shareAssessment: true } : {}),
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().booking.id as string;
  }
  const freshBooking = async (s: Subject) => ({ ...s, bookingId: await book(s, false) });
  /** A first slot whose weekly pair is free (previewed), for the series cells. */
  async function freeSeriesSlot() {
    const q = new URLSearchParams({ serviceId, from: day(1), to: day(20) });
    const res = await t.app.inject({ url: `/api/clinics/${clinics.x}/availability?${q}` });
    for (const slot of availabilitySchema.parse(res.json()).slots) {
      const p = new URLSearchParams({ serviceId, practitionerId: slot.practitionerId, start: slot.start });
      p.set('repeat', 'weekly');
      p.set('count', '2');
      const seen = await t.app.inject({ url: `/api/clinics/${clinics.x}/series-preview?${p}` });
      if (seen.json().occurrences.every((o: { free: boolean }) => o.free)) return slot;
    }
    throw new Error('no free weekly pair');
  }
  const seriesBody = async (email: string) => {
    const slot = await freeSeriesSlot();
    return {
      serviceId: slot.serviceId,
      practitionerId: slot.practitionerId,
      start: slot.start,
      repeat: 'weekly',
      count: 2,
      idempotencyKey: newKey(),
      patient: { name: 'Pat', email, phone: '+1 604 555 0100' },
    };
  };
  /** The target's own new series of two: its first appointment becomes the subject's booking. */
  const freshSeries = async (s: Subject) => {
    const res = await s.browser.post(`/api/clinics/${clinics.x}/series`, await seriesBody(s.email));
    expect(res.statusCode, res.body).toBe(201);
    return { ...s, bookingId: res.json().series.bookings[0].id as string };
  };
  /** The subject joins the waitlist for a day; a booking there is cancelled: an offer to them. */
  async function waitlistOffer(s: Pick<Subject, 'browser' | 'email'>) {
    const slot = await freeSlot();
    const date = localDate(slot.start, 'America/Vancouver');
    const made = await t.app.inject({
      method: 'POST',
      url: `/api/clinics/${clinics.x}/bookings`,
      payload: {
        serviceId: slot.serviceId,
        practitionerId: slot.practitionerId,
        start: slot.start,
        idempotencyKey: newKey(),
        patient: { name: 'Freed', email: 'freed@example.org', phone: '+1 604 555 0103' },
      },
    });
    const joined = await s.browser.post(`/api/clinics/${clinics.x}/waitlist`, {
      serviceId,
      from: date,
      to: date,
      patient: { name: 'Pat', email: s.email, phone: '+1 604 555 0100' },
    });
    expect(joined.statusCode, joined.body).toBe(201);
    const waitlistEntryId = joined.json().id as string;
    // First in line, whoever else waits for that day.
    await t.database.pool.query(`update waitlist_entries set created_at = '2001-01-01' where id = $1`, [
      waitlistEntryId,
    ]);
    const { booking, cancelToken } = made.json();
    await t.app.inject({
      method: 'POST',
      url: `/api/bookings/${booking.id}/cancel`,
      payload: { token: cancelToken },
    });
    const { rows } = await t.database.pool.query('select id from waitlist_offers where entry_id = $1', [
      waitlistEntryId,
    ]);
    expect(rows).toHaveLength(1);
    return { waitlistEntryId, offerId: rows[0].id as string };
  }
  const freshWaitlist = async (s: Subject) => ({ ...s, ...(await waitlistOffer(s)) });

  /** A patient with an assessment, a programme with one result and a feed, a check-in, a booking. */
  async function patient(email: string, shareWith: { clinic: string; withdraw: boolean }): Promise<Subject> {
    const browser = new TestBrowser(t.app);
    const personId = (await browser.signUp(email)).json().personId as string;
    const assessmentId = (await browser.post('/api/assessments', { answers: vignette.answers })).json().id;
    const programme = (await browser.post('/api/programmes', { assessmentId, preferences: prefs })).json();
    const sessionId = programme.sessions[0].id as string;
    const resultAt = `${programme.sessions[0].date}T18:31:07Z`;
    const recorded = await browser.post(`/api/programmes/${programme.id}/results`, {
      clientId: crypto.randomUUID(),
      sessionId,
      completedAt: resultAt,
      blocks: [{ exerciseId: 'gentle-walk', completed: true }],
      effort: 4,
      painNow: 0,
    });
    expect(recorded.statusCode, recorded.body).toBe(201);
    const feed = await browser.post(`/api/programmes/${programme.id}/calendar-feed`, { time: '07:15' });
    const feedFile = new URL(feed.json().url).pathname.split('/').pop()!;
    const checkinDate = day(-2);
    const note = `note-of-${email}`;
    await browser.put(`/api/checkins/${checkinDate}`, checkin(note));
    const consent = (
      await browser.post('/api/consents', {
        clinicId: shareWith.clinic,
        scopes: ['assessment', 'programme', 'progress'],
      })
    ).json();
    const underWay = programme.sessions[1] as { id: string; blocks: { exerciseId: string }[] };
    const progressBody = {
      clientId: crypto.randomUUID(),
      blocks: underWay.blocks.map((b, i) => ({ exerciseId: b.exerciseId, completed: i === 0 })),
      nextBlock: 1,
    };
    const kept = await browser.put(
      `/api/programmes/${programme.id}/sessions/${underWay.id}/progress`,
      progressBody,
    );
    expect(kept.statusCode, kept.body).toBe(200);
    const s = {
      browser,
      email,
      personId,
      assessmentId,
      programmeId: programme.id,
      sessionId,
      resultAt,
      progressSessionId: underWay.id,
      progressBody,
    };
    // Both share their assessment with the booking; C then withdraws consent from the clinic.
    const bookingId = await book(s, true);
    if (shareWith.withdraw) await browser.delete(`/api/consents/${consent.id}`);
    expect((await browser.put('/api/me/reminders', reminderPrefs)).statusCode).toBe(200);
    return {
      ...s,
      ...(await waitlistOffer({ browser, email })),
      checkinDate,
      note,
      consentId: consent.id,
      feedFile,
      bookingId,
      clinicId: clinics.x,
      serviceId,
      flagId: '',
    };
  }

  beforeAll(async () => {
    t = await createTestApp(server);
    clinics = await seedTwoClinics(t.database.db);
    const view = (await t.app.inject({ url: `/api/clinics/${clinics.x}` })).json();
    serviceId = view.services.find((s: { slug: string }) => s.slug === 'acupuncture').id;
    const { rows } = await t.database.pool.query(
      `insert into clinics (slug, name, address, phone, email, time_zone, opening_hours)
       values ('z', 'Z', 'a', 'p', 'z@clinic.example', 'Europe/Madrid', '{}') returning id`,
    );
    const clinicZ = rows[0].id as string;

    a = await patient('matrix-a@example.org', { clinic: clinics.x, withdraw: false });
    // A's second consent (to a clinic nobody here works at) is the one the DELETE cells aim at.
    a.consentId = (
      await a.browser.post('/api/consents', { clinicId: clinicZ, scopes: ['assessment'] })
    ).json().id;
    c = await patient('matrix-c@example.org', { clinic: clinics.x, withdraw: true });
    browsers.patientA = a.browser;
    browsers.patientB = new TestBrowser(t.app);
    await browsers.patientB.signUp('matrix-b@example.org');

    const pracY = await createUser(t.database.db, {
      email: 'prac@other.example',
      password: DEMO_STAFF_PASSWORD,
      role: 'practitioner',
      displayName: 'Y practitioner',
    });
    await t.database.pool.query(
      `insert into clinic_staff (user_id, clinic_id, role) values ($1, $2, 'practitioner')`,
      [pracY.id, clinics.y],
    );
    const reception = await createUser(t.database.db, {
      email: 'desk@falsecreek.example',
      password: DEMO_STAFF_PASSWORD,
      role: 'reception',
      displayName: 'X reception',
    });
    await t.database.pool.query(
      `insert into clinic_staff (user_id, clinic_id, role) values ($1, $2, 'reception')`,
      [reception.id, clinics.x],
    );
    const staff: [Persona & keyof typeof browsers, string, string][] = [
      ['pracX', 'mei.lin@falsecreek.example', DEMO_STAFF_PASSWORD],
      ['pracXNoConsent', 'daniel.okafor@falsecreek.example', DEMO_STAFF_PASSWORD],
      ['pracY', 'prac@other.example', DEMO_STAFF_PASSWORD],
      ['adminX', 'admin@falsecreek.example', DEMO_ADMIN_PASSWORD],
      ['receptionX', 'desk@falsecreek.example', DEMO_STAFF_PASSWORD],
    ];
    for (const [persona, email, password] of staff) {
      browsers[persona] = new TestBrowser(t.app);
      expect((await browsers[persona].signIn(email, password)).statusCode).toBe(200);
      // Staff may use the patient side too; giving them a person up front keeps cells independent
      // of which route happened to create it first.
      await browsers[persona].post('/api/me');
    }
    // A reports "this hurts" at 8/10: a flag on clinic X's list of patients.
    const hurt = await a.browser.post(`/api/programmes/${a.programmeId}/results`, {
      ...result(a),
      blocks: [{ exerciseId: 'gentle-walk', completed: false, pain: { where: 'back', level: 8 } }],
      completedAt: new Date(Date.now() - 60_000).toISOString(),
    });
    expect(hurt.statusCode, hurt.body).toBe(201);
    const listed = (await browsers.pracX.get(`/api/staff/clinics/${clinics.x}/patients`)).json();
    a.flagId = listed.patients.find((p: { personId: string }) => p.personId === a.personId).flags[0].id;
    c.flagId = a.flagId;
    a.templateId = await newTemplate();
    c.templateId = a.templateId;
    missing = {
      ...a,
      email: 'nobody@example.org',
      personId: crypto.randomUUID(),
      assessmentId: crypto.randomUUID(),
      programmeId: crypto.randomUUID(),
      checkinDate: '2001-02-03',
      consentId: crypto.randomUUID(),
      feedFile: `${'n'.repeat(43)}.ics`,
      bookingId: crypto.randomUUID(),
      serviceId: crypto.randomUUID(),
      practitionerId: crypto.randomUUID(),
      timeOffId: crypto.randomUUID(),
      waitlistEntryId: crypto.randomUUID(),
      offerId: crypto.randomUUID(),
      templateId: crypto.randomUUID(),
    };
    meiId = view.practitioners.find((p: { displayName: string }) => p.displayName.startsWith('Mei')).id;
    sharedTimeOff = await newTimeOff();
  });
  /** A programme template of clinic X, saved by practitioner X: its id. */
  async function newTemplate(): Promise<string> {
    const res = await browsers.pracX.post(`/api/staff/clinics/${clinics.x}/programme-templates`, {
      name: `Template ${crypto.randomUUID()}`,
      edits: { exercises: [], planNote: 'Walk every day.' },
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as string;
  }
  /** A day off of Mei's, made by the admin of X: the id of the new time off. */
  async function newTimeOff(): Promise<string> {
    const res = await browsers.adminX.post(
      `/api/staff/clinics/${clinics.x}/practitioners/${meiId}/time-off`,
      {
        from: CLOSURE_DATE,
        to: CLOSURE_DATE,
      },
    );
    expect(res.statusCode, res.body).toBe(201);
    const mei = res.json().practitioners.find((p: { id: string }) => p.id === meiId);
    return mei.timeOff.at(-1).id;
  }
  afterAll(async () => t?.close());

  const result = (s: Subject) => ({
    clientId: crypto.randomUUID(),
    sessionId: s.sessionId,
    completedAt: s.resultAt,
    blocks: [{ exerciseId: 'gentle-walk', completed: true }],
    effort: 3,
    painNow: 0,
  });

  /** The subject's one-click unsubscribe secret (a made-up one for a person without reminders). */
  async function unsubscribeTokenOf(s: Subject): Promise<string> {
    const { rows } = await t.database.pool.query(
      'select unsubscribe_secret from reminder_settings where person_id = $1',
      [s.personId],
    );
    return unsubscribeToken(s.personId, rows[0]?.unsubscribe_secret ?? 'not-a-secret');
  }

  const cases: Case[] = [
    // Email reminders: the patient's own; the unsubscribe link's secret is its only credential.
    {
      method: 'GET',
      path: '/api/me/reminders',
      call: (b) => b.get('/api/me/reminders'),
      expect: { ...ownList(), pracX: 403, pracXNoConsent: 403, pracY: 403, adminX: 403, receptionX: 403 },
    },
    {
      method: 'PUT',
      path: '/api/me/reminders',
      call: (b) => b.put('/api/me/reminders', reminderPrefs),
      expect: { ...ownList(), pracX: 403, pracXNoConsent: 403, pracY: 403, adminX: 403, receptionX: 403 },
    },
    {
      method: 'POST',
      path: '/api/reminders/unsubscribe/:token',
      call: async (b, s) => b.post(`/api/reminders/unsubscribe/${await unsubscribeTokenOf(s)}`),
      expect: {
        anonymous: 'allow',
        patientA: 'allow',
        patientB: 'allow',
        pracX: 'allow',
        pracXNoConsent: 'allow',
        pracY: 'allow',
        adminX: 'allow',
        receptionX: 'allow',
      },
    },
    // Identity and account
    { method: 'GET', path: '/api/me', call: (b) => b.get('/api/me'), expect: ownList() },
    { method: 'POST', path: '/api/me', call: (b) => b.post('/api/me'), expect: ownList('own') },
    {
      method: 'PUT',
      path: '/api/me/language',
      call: (b) => b.put('/api/me/language', { language: 'en' }),
      expect: ownList(),
    },
    {
      method: 'GET',
      path: '/api/account',
      call: (b) => b.get('/api/account'),
      expect: { ...ownList('own'), anonymous: 'own' },
    },
    {
      // A wrong current password is refused for everyone signed in: never changes the password here.
      method: 'PUT',
      path: '/api/account/password',
      call: (b) =>
        b.put('/api/account/password', { currentPassword: 'not it at all', newPassword: 'x'.repeat(12) }),
      expect: {
        anonymous: 401,
        patientA: 403,
        patientB: 403,
        pracX: 403,
        pracXNoConsent: 403,
        pracY: 403,
        adminX: 403,
        receptionX: 403,
      },
    },
    {
      method: 'GET',
      path: '/api/account/export',
      call: (b) => b.get('/api/account/export'),
      expect: ownList(),
    },
    {
      method: 'GET',
      path: '/api/account/export/fhir',
      call: (b) => b.get('/api/account/export/fhir'),
      expect: ownList(),
    },
    {
      // Without the password nobody signed in erases anything (erasure itself: privacy.test.ts).
      method: 'DELETE',
      path: '/api/account',
      call: (b) => b.delete('/api/account', {}),
      expect: {
        anonymous: 401,
        patientA: 403,
        patientB: 403,
        pracX: 403,
        pracXNoConsent: 403,
        pracY: 403,
        adminX: 403,
        receptionX: 403,
      },
    },
    { method: 'GET', path: '/api/consents', call: (b) => b.get('/api/consents'), expect: ownList() },
    {
      method: 'POST',
      path: '/api/consents',
      call: (b) => b.post('/api/consents', { clinicId: clinics.y, scopes: ['assessment'] }),
      expect: { ...ownList(), patientA: 'own' },
    },
    {
      method: 'DELETE',
      path: '/api/consents/:id',
      call: (b, s) => b.delete(`/api/consents/${s.consentId}`),
      expect: ownerOnly(),
    },
    // Assessments
    {
      method: 'POST',
      path: '/api/assessments',
      call: (b) => b.post('/api/assessments', { answers: vignette.answers }),
      expect: { ...ownList('own'), patientA: 'own' },
    },
    { method: 'GET', path: '/api/assessments', call: (b) => b.get('/api/assessments'), expect: ownList() },
    {
      method: 'GET',
      path: '/api/assessments/:id',
      call: (b, s) => b.get(`/api/assessments/${s.assessmentId}`),
      expect: ownerOnly(),
    },
    {
      method: 'GET',
      path: '/api/assessments/:id/fhir',
      call: (b, s) => b.get(`/api/assessments/${s.assessmentId}/fhir`),
      expect: ownerOnly(),
    },
    // Programmes and their calendar. The feed's secret is its only credential: whoever holds the
    // URL reads it (A handed it to their calendar app); without it there is nothing to find.
    {
      method: 'GET',
      path: '/api/calendar/:file',
      call: (b, s) => b.get(`/api/calendar/${s.feedFile}`),
      expect: {
        anonymous: 'allow',
        patientA: 'allow',
        patientB: 'allow',
        pracX: 'allow',
        pracXNoConsent: 'allow',
        pracY: 'allow',
        adminX: 'allow',
        receptionX: 'allow',
      },
    },
    {
      method: 'POST',
      path: '/api/programmes',
      call: (b, s) => b.post('/api/programmes', { assessmentId: s.assessmentId, preferences: prefs }),
      expect: ownerOnly(),
    },
    {
      method: 'GET',
      path: '/api/programmes/current',
      call: (b) => b.get('/api/programmes/current'),
      expect: ownerOnly(),
    },
    {
      method: 'GET',
      path: '/api/programmes/:id',
      call: (b, s) => b.get(`/api/programmes/${s.programmeId}`),
      expect: ownerOnly(),
    },
    {
      method: 'PUT',
      path: '/api/programmes/:id/preferences',
      call: (b, s) => b.put(`/api/programmes/${s.programmeId}/preferences`, prefs),
      expect: ownerOnly(),
    },
    {
      method: 'POST',
      path: '/api/programmes/:id/results',
      call: (b, s) => b.post(`/api/programmes/${s.programmeId}/results`, result(s)),
      expect: ownerOnly(),
    },
    {
      method: 'GET',
      path: '/api/programmes/:id/results',
      call: (b, s) => b.get(`/api/programmes/${s.programmeId}/results`),
      expect: ownerOnly(),
    },
    {
      method: 'PUT',
      path: '/api/programmes/:id/sessions/:sessionId/progress',
      call: (b, s) =>
        b.put(`/api/programmes/${s.programmeId}/sessions/${s.progressSessionId}/progress`, s.progressBody),
      expect: ownerOnly(),
    },
    {
      method: 'GET',
      path: '/api/programmes/:id/sessions/:sessionId/progress',
      call: (b, s) => b.get(`/api/programmes/${s.programmeId}/sessions/${s.progressSessionId}/progress`),
      expect: ownerOnly(),
    },
    {
      method: 'GET',
      path: '/api/programmes/:id/calendar.ics',
      call: (b, s) => b.get(`/api/programmes/${s.programmeId}/calendar.ics`),
      expect: ownerOnly(),
    },
    {
      method: 'POST',
      path: '/api/programmes/:id/calendar-feed',
      call: (b, s) => b.post(`/api/programmes/${s.programmeId}/calendar-feed`, { time: '07:15' }),
      expect: ownerOnly(),
    },
    {
      method: 'DELETE',
      path: '/api/programmes/:id/calendar-feed',
      call: (b, s) => b.delete(`/api/programmes/${s.programmeId}/calendar-feed`),
      expect: ownerOnly(),
    },
    {
      method: 'GET',
      path: '/api/programmes/:id/calendar-settings',
      call: (b, s) => b.get(`/api/programmes/${s.programmeId}/calendar-settings`),
      expect: ownerOnly(),
    },
    {
      method: 'PUT',
      path: '/api/programmes/:id/calendar-settings',
      call: (b, s) => b.put(`/api/programmes/${s.programmeId}/calendar-settings`, { reminderMinutes: 15 }),
      expect: ownerOnly(),
    },
    // Check-ins and progress
    {
      method: 'GET',
      path: '/api/checkins/:date',
      call: (b, s) => b.get(`/api/checkins/${s.checkinDate}`),
      expect: ownerOnly(),
    },
    {
      method: 'GET',
      path: '/api/checkins/:date/form',
      call: (b, s) => b.get(`/api/checkins/${s.checkinDate}/form`),
      expect: ownList('own'),
    },
    { method: 'GET', path: '/api/checkins', call: (b) => b.get('/api/checkins'), expect: ownList() },
    { method: 'GET', path: '/api/checkins.csv', call: (b) => b.get('/api/checkins.csv'), expect: ownList() },
    {
      // Everyone writes their own check-in of that day; A rewrites theirs unchanged.
      method: 'PUT',
      path: '/api/checkins/:date',
      call: (b, s) => b.put(`/api/checkins/${s.checkinDate}`, checkin(b === a.browser ? a.note : 'mine')),
      expect: ownList('own'),
    },
    { method: 'GET', path: '/api/progress', call: (b) => b.get('/api/progress'), expect: ownList() },
    { method: 'GET', path: '/api/sessions.csv', call: (b) => b.get('/api/sessions.csv'), expect: ownList() },
    {
      method: 'GET',
      path: '/api/staff/patients/:personId/progress',
      call: (b, s) => b.get(`/api/staff/patients/${s.personId}/progress`),
      // Reception is not among the route's roles: the same 403 as a patient's.
      expect: { ...clinicStaff, pracXNoConsent: 404, receptionX: 403 },
    },
    {
      method: 'GET',
      path: '/api/staff/clinics/:clinicId/patients/:patientId/programme',
      call: (b, s) => b.get(`/api/staff/clinics/${s.clinicId}/patients/${s.personId}/programme`),
      expect: { ...clinicStaff, pracXNoConsent: 404, receptionX: 404 },
    },
    {
      // An empty review: nothing changes in A's programme but the review record.
      method: 'PUT',
      path: '/api/staff/clinics/:clinicId/patients/:patientId/programme',
      call: (b, s) =>
        b.put(`/api/staff/clinics/${s.clinicId}/patients/${s.personId}/programme`, { exercises: [] }),
      expect: { ...clinicStaff, pracXNoConsent: 404, receptionX: 404 },
    },
    // Programme templates: clinical (not reception), no patient consent involved.
    {
      method: 'GET',
      path: '/api/staff/clinics/:clinicId/programme-templates',
      call: (b, s) => b.get(`/api/staff/clinics/${s.clinicId}/programme-templates`),
      expect: { ...clinicStaff, receptionX: 404 },
    },
    {
      method: 'POST',
      path: '/api/staff/clinics/:clinicId/programme-templates',
      call: (b, s) =>
        b.post(`/api/staff/clinics/${s.clinicId}/programme-templates`, {
          name: `Template ${crypto.randomUUID()}`,
          edits: { exercises: [] },
        }),
      expect: { ...clinicStaff, receptionX: 404 },
    },
    {
      method: 'DELETE',
      path: '/api/staff/clinics/:clinicId/programme-templates/:templateId',
      call: (b, s) => b.delete(`/api/staff/clinics/${s.clinicId}/programme-templates/${s.templateId}`),
      expect: { ...clinicStaff, receptionX: 404 },
      fresh: async (s) => ({ ...s, templateId: await newTemplate() }),
    },
    {
      method: 'GET',
      path: '/api/programmes/:id/review',
      call: (b, s) => b.get(`/api/programmes/${s.programmeId}/review`),
      expect: ownerOnly(),
    },
    // Bookings, patient side (the cancel token is another credential: bookings.test.ts)
    {
      // Anyone may book; the booking is the caller's own (a guest identity for anonymous).
      method: 'POST',
      path: '/api/clinics/:clinic/bookings',
      call: async (b, s) => {
        const slot = await freeSlot();
        return b.post(`/api/clinics/${s.clinicId}/bookings`, {
          serviceId: slot.serviceId,
          practitionerId: slot.practitionerId,
          start: slot.start,
          idempotencyKey: newKey(),
          patient: { name: 'Someone', email: 'someone@example.org', phone: '+1 604 555 0102' },
        });
      },
      expect: { ...ownList('own'), patientA: 'own' },
    },
    { method: 'GET', path: '/api/bookings', call: (b) => b.get('/api/bookings'), expect: ownList('own') },
    {
      method: 'GET',
      path: '/api/bookings/:id',
      call: (b, s) => b.get(`/api/bookings/${s.bookingId}`),
      expect: { ...ownerOnly(), anonymous: 404 },
    },
    {
      method: 'GET',
      path: '/api/bookings/:id/invite.ics',
      call: (b, s) => b.get(`/api/bookings/${s.bookingId}/invite.ics`),
      expect: { ...ownerOnly(), anonymous: 404 },
    },
    {
      method: 'POST',
      path: '/api/bookings/:id/cancel',
      call: (b, s) => b.post(`/api/bookings/${s.bookingId}/cancel`, {}),
      expect: { ...ownerOnly(), anonymous: 404 },
      fresh: freshBooking,
    },
    {
      method: 'POST',
      path: '/api/bookings/:id/reschedule',
      call: async (b, s) =>
        b.post(`/api/bookings/${s.bookingId}/reschedule`, { start: (await freeSlot()).start }),
      expect: { ...ownerOnly(), anonymous: 404 },
      fresh: freshBooking,
    },
    // Waitlist: anyone may join (the answer holds only what they sent); an entry or offer is
    // reached by its mail's token (routes/waitlist.test.ts) or by the person who joined.
    {
      method: 'POST',
      path: '/api/clinics/:clinic/waitlist',
      call: (b, s) =>
        b.post(`/api/clinics/${s.clinicId}/waitlist`, {
          serviceId: s.serviceId,
          from: day(2),
          to: day(4),
          patient: { name: 'Someone', email: 'someone@example.org', phone: '+1 604 555 0102' },
        }),
      expect: { ...ownList('own'), patientA: 'own' },
    },
    {
      method: 'GET',
      path: '/api/waitlist/:id',
      call: (b, s) => b.get(`/api/waitlist/${s.waitlistEntryId}`),
      expect: { ...ownerOnly(), anonymous: 404 },
    },
    {
      method: 'POST',
      path: '/api/waitlist/:id/leave',
      call: (b, s) => b.post(`/api/waitlist/${s.waitlistEntryId}/leave`, {}),
      expect: { ...ownerOnly(), anonymous: 404 },
      fresh: freshWaitlist,
    },
    {
      method: 'GET',
      path: '/api/waitlist-offers/:id',
      call: (b, s) => b.get(`/api/waitlist-offers/${s.offerId}`),
      expect: { ...ownerOnly(), anonymous: 404 },
    },
    {
      method: 'POST',
      path: '/api/waitlist-offers/:id/book',
      call: (b, s) => b.post(`/api/waitlist-offers/${s.offerId}/book`, { idempotencyKey: newKey() }),
      expect: { ...ownerOnly(), anonymous: 404 },
      fresh: freshWaitlist,
    },
    // Series (routes/booking-series.ts): the same credentials as a single booking.
    {
      method: 'GET',
      path: '/api/clinics/:clinic/series-preview',
      call: async (b, s) => {
        const body = await seriesBody('x@example.org');
        const q = new URLSearchParams({
          serviceId: body.serviceId,
          start: body.start,
          repeat: 'weekly',
          count: '2',
        });
        return b.get(`/api/clinics/${s.clinicId}/series-preview?${q}`);
      },
      expect: { ...ownList('own'), patientA: 'own' },
    },
    {
      method: 'POST',
      path: '/api/clinics/:clinic/series',
      call: async (b, s) =>
        b.post(`/api/clinics/${s.clinicId}/series`, await seriesBody('someone@example.org')),
      expect: { ...ownList('own'), patientA: 'own' },
    },
    {
      method: 'GET',
      path: '/api/bookings/:id/series',
      call: (b, s) => b.get(`/api/bookings/${s.bookingId}/series`),
      expect: { ...ownerOnly(), anonymous: 404 },
      fresh: freshSeries,
    },
    {
      method: 'POST',
      path: '/api/bookings/:id/series/cancel',
      call: (b, s) => b.post(`/api/bookings/${s.bookingId}/series/cancel`, {}),
      expect: { ...ownerOnly(), anonymous: 404 },
      fresh: freshSeries,
    },
    {
      method: 'GET',
      path: '/api/staff/clinics/:clinicId/bookings/:bookingId/series',
      call: (b, s) => b.get(`/api/staff/clinics/${s.clinicId}/bookings/${s.bookingId}/series`),
      expect: clinicStaff,
      fresh: freshSeries,
    },
    {
      method: 'POST',
      path: '/api/staff/clinics/:clinicId/bookings/:bookingId/series/cancel',
      call: (b, s) => b.post(`/api/staff/clinics/${s.clinicId}/bookings/${s.bookingId}/series/cancel`, {}),
      expect: clinicStaff,
      fresh: freshSeries,
    },
    // Staff
    {
      method: 'GET',
      path: '/api/staff/clinics',
      call: (b) => b.get('/api/staff/clinics'),
      expect: { ...clinicStaff, pracY: 'allow' },
    },
    {
      method: 'GET',
      path: '/api/staff/clinics/:clinicId',
      call: (b, s) => b.get(`/api/staff/clinics/${s.clinicId}`),
      expect: clinicStaff,
    },
    {
      method: 'GET',
      path: '/api/staff/clinics/:clinicId/bookings',
      call: (b, s) => b.get(`/api/staff/clinics/${s.clinicId}/bookings?from=${day(0)}&to=${day(21)}`),
      expect: clinicStaff,
    },
    {
      method: 'POST',
      path: '/api/staff/clinics/:clinicId/bookings',
      call: async (b, s) => {
        const slot = await freeSlot();
        return b.post(`/api/staff/clinics/${s.clinicId}/bookings`, {
          serviceId: slot.serviceId,
          practitionerId: slot.practitionerId,
          start: slot.start,
          idempotencyKey: newKey(),
          patient: { name: 'Phone caller', email: 'caller@example.org', phone: '+1 604 555 0101' },
        });
      },
      expect: clinicStaff,
    },
    {
      // Both shared the assessment with their booking; C has since withdrawn consent from X.
      method: 'GET',
      path: '/api/staff/clinics/:clinicId/bookings/:bookingId/assessment',
      call: (b, s) => b.get(`/api/staff/clinics/${s.clinicId}/bookings/${s.bookingId}/assessment`),
      expect: { ...clinicStaff, pracXNoConsent: 404, receptionX: 404 },
    },
    {
      method: 'POST',
      path: '/api/staff/clinics/:clinicId/bookings/:bookingId/move',
      call: async (b, s) =>
        b.post(`/api/staff/clinics/${s.clinicId}/bookings/${s.bookingId}/move`, {
          start: (await freeSlot()).start,
        }),
      expect: clinicStaff,
      fresh: freshBooking,
    },
    {
      method: 'POST',
      path: '/api/staff/clinics/:clinicId/bookings/:bookingId/cancel',
      call: (b, s) => b.post(`/api/staff/clinics/${s.clinicId}/bookings/${s.bookingId}/cancel`, {}),
      expect: clinicStaff,
      fresh: freshBooking,
    },
    {
      method: 'POST',
      path: '/api/staff/clinics/:clinicId/bookings/:bookingId/status',
      call: (b, s) =>
        b.post(`/api/staff/clinics/${s.clinicId}/bookings/${s.bookingId}/status`, { status: 'completed' }),
      expect: clinicStaff,
      fresh: freshBooking,
    },
    {
      // C withdrew: X's practitioners list only those who share (C's markers never show).
      method: 'GET',
      path: '/api/staff/clinics/:clinicId/patients',
      call: (b, s) => b.get(`/api/staff/clinics/${s.clinicId}/patients`),
      expect: { ...clinicStaff, pracXNoConsent: 'own', receptionX: 404 },
    },
    {
      method: 'POST',
      path: '/api/staff/clinics/:clinicId/patients/:patientId/flags/:flagId/handled',
      call: (b, s) =>
        b.post(`/api/staff/clinics/${s.clinicId}/patients/${s.personId}/flags/${s.flagId}/handled`, {}),
      expect: { ...clinicStaff, pracXNoConsent: 404, receptionX: 404 },
    },
    // Messages: the patient's thread with clinic X. Others have no thread with X (404 as for a
    // clinic they never shared with); staff see it while A shares, reception and C's never.
    { method: 'GET', path: '/api/messages', call: (b) => b.get('/api/messages'), expect: ownList() },
    {
      method: 'GET',
      path: '/api/messages/:clinicId',
      call: (b, s) => b.get(`/api/messages/${s.clinicId}`),
      expect: ownerOnly(),
    },
    {
      method: 'POST',
      path: '/api/messages/:clinicId',
      call: (b, s) => b.post(`/api/messages/${s.clinicId}`, { text: 'A question about my hip' }),
      expect: ownerOnly(),
    },
    {
      method: 'GET',
      path: '/api/staff/clinics/:clinicId/patients/:patientId/messages',
      call: (b, s) => b.get(`/api/staff/clinics/${s.clinicId}/patients/${s.personId}/messages`),
      expect: { ...clinicStaff, pracXNoConsent: 404, receptionX: 404 },
    },
    {
      method: 'POST',
      path: '/api/staff/clinics/:clinicId/patients/:patientId/messages',
      call: (b, s) =>
        b.post(`/api/staff/clinics/${s.clinicId}/patients/${s.personId}/messages`, {
          text: 'How is the hip?',
        }),
      expect: { ...clinicStaff, pracXNoConsent: 404, receptionX: 404 },
    },
    {
      method: 'PUT',
      path: '/api/staff/clinics/:clinicId/hours',
      call: (b, s) =>
        b.put(`/api/staff/clinics/${s.clinicId}/hours`, { openingHours: vancouverDemoClinic.openingHours }),
      expect: clinicAdmin,
    },
    {
      method: 'PUT',
      path: '/api/staff/clinics/:clinicId/closures/:date',
      call: (b, s) =>
        b.put(`/api/staff/clinics/${s.clinicId}/closures/${s === missing ? '2027-03-04' : CLOSURE_DATE}`, {
          ranges: [],
        }),
      expect: clinicAdmin,
    },
    {
      method: 'DELETE',
      path: '/api/staff/clinics/:clinicId/closures/:date',
      call: (b, s) =>
        b.delete(`/api/staff/clinics/${s.clinicId}/closures/${s === missing ? '2027-03-04' : CLOSURE_DATE}`),
      expect: clinicAdmin,
    },
    {
      method: 'PATCH',
      path: '/api/staff/clinics/:clinicId/services/:serviceId',
      call: (b, s) =>
        b.request('PATCH', `/api/staff/clinics/${s.clinicId}/services/${s.serviceId}`, { active: true }),
      expect: clinicAdmin,
    },
    {
      method: 'POST',
      path: '/api/staff/clinics/:clinicId/invites',
      call: (b, s) =>
        b.post(`/api/staff/clinics/${s.clinicId}/invites`, {
          email: `invite-${crypto.randomUUID()}@clinic.example`,
          role: 'reception',
        }),
      expect: clinicAdmin,
    },
    {
      method: 'POST',
      path: '/api/staff/clinics/:clinicId/practitioners/:practitionerId/time-off',
      call: (b, s) =>
        b.post(`/api/staff/clinics/${s.clinicId}/practitioners/${s.practitionerId ?? meiId}/time-off`, {
          from: CLOSURE_DATE,
          to: CLOSURE_DATE,
        }),
      expect: clinicAdmin,
    },
    {
      // Mei's own hours as the demo has them, so the cells change nothing another cell relies on.
      method: 'PUT',
      path: '/api/staff/clinics/:clinicId/practitioners/:practitionerId/hours',
      call: (b, s) =>
        b.put(`/api/staff/clinics/${s.clinicId}/practitioners/${s.practitionerId ?? meiId}/hours`, {
          workingHours: vancouverDemoClinic.practitioners[0]!.workingHours,
        }),
      expect: clinicAdmin,
    },
    {
      method: 'DELETE',
      path: '/api/staff/clinics/:clinicId/time-off/:timeOffId',
      call: (b, s) => b.delete(`/api/staff/clinics/${s.clinicId}/time-off/${s.timeOffId ?? sharedTimeOff}`),
      expect: clinicAdmin,
      fresh: async (s) => ({ ...s, timeOffId: await newTimeOff() }),
    },
  ];

  const browserOf = (p: Persona) => (p === 'anonymous' ? new TestBrowser(t.app) : browsers[p]);
  const targetOf = (p: Persona) => (p === 'pracXNoConsent' ? c : a);
  /** What of the target must never show in someone else's answer. */
  const markers = (s: Subject) => [
    s.email,
    s.personId,
    s.assessmentId,
    s.programmeId,
    s.bookingId,
    s.consentId,
    s.note,
    s.resultAt,
  ];

  for (const k of cases) {
    for (const persona of PERSONAS) {
      const cell = k.expect[persona];
      it(`${k.method} ${k.path} as ${persona}: ${cell}`, async () => {
        const target = targetOf(persona);
        const subject = cell === 'allow' && k.fresh ? await k.fresh(target) : target;
        const res = await k.call(browserOf(persona), subject);
        if (cell === 'allow' || cell === 'own') {
          expect(res.statusCode, res.body).toBeGreaterThanOrEqual(200);
          expect(res.statusCode, res.body).toBeLessThan(300);
        } else {
          expect(res.statusCode, res.body).toBe(cell);
          const probe = await k.call(browserOf(persona), missing);
          expect({ status: probe.statusCode, body: probe.body }).toEqual({
            status: res.statusCode,
            body: res.body,
          });
        }
        if (cell !== 'allow') for (const m of markers(target)) expect(res.body).not.toContain(m);
      });
    }
  }

  it('answers an unknown calendar secret exactly like a revoked one', async () => {
    const b = new TestBrowser(t.app);
    const feed = await b.post('/api/me').then(async () => {
      const assessmentId = (await b.post('/api/assessments', { answers: vignette.answers })).json().id;
      const programme = (await b.post('/api/programmes', { assessmentId, preferences: prefs })).json();
      const url = (await b.post(`/api/programmes/${programme.id}/calendar-feed`, {})).json().url as string;
      expect((await b.delete(`/api/programmes/${programme.id}/calendar-feed`)).statusCode).toBe(204);
      return new URL(url).pathname;
    });
    const revoked = await t.app.inject({ url: feed });
    const unknown = await t.app.inject({ url: `/api/calendar/${missing.feedFile}` });
    expect(revoked.statusCode).toBe(404);
    expect({ status: unknown.statusCode, body: unknown.body }).toEqual({ status: 404, body: revoked.body });
  });

  it('left A’s and C’s records as they were', async () => {
    expect((await a.browser.get(`/api/checkins/${a.checkinDate}`)).json().note).toBe(a.note);
    expect((await a.browser.get(`/api/bookings/${a.bookingId}`)).json().status).toBe('active');
    expect((await c.browser.get(`/api/bookings/${c.bookingId}`)).json().status).toBe('active');
    const consents = consentListSchema.parse((await a.browser.get('/api/consents')).json());
    expect(consents.find((x) => x.clinicId === clinics.x)?.active).toBe(true);
  });

  it('covers every person-data and staff route the API documents', async () => {
    const doc = (await t.app.inject({ url: '/api/openapi.json' })).json() as {
      paths: Record<string, Record<string, unknown>>;
    };
    const documented = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops)
        .filter((m) => ['get', 'post', 'put', 'delete', 'patch'].includes(m))
        .map((m) => `${m.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`),
    );
    const guarded = documented.filter((r) => GUARDED.some((g) => g.test(r)) && !NOT_IN_MATRIX.has(r));
    expect(guarded.length).toBeGreaterThan(30);
    const covered = new Set(cases.map((k) => `${k.method} ${k.path}`));
    expect(guarded.filter((r) => !covered.has(r))).toEqual([]);
    // And the matrix names no route that does not exist.
    expect([...covered].filter((r) => !documented.includes(r))).toEqual([]);
  });
});
