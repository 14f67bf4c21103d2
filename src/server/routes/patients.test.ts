import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { patientListSchema } from '../../contract/patients.js';
import { VIGNETTES } from '../../domain/assessment/vignettes/index.js';
import { addDays, todayIn } from '../../domain/time/index.js';
import { TestBrowser } from '../auth/test-browser.js';
import { bareClinic, sharingPatient, signedInPractitioner } from '../testing/sharing.js';
import { createTestApp, testServers } from '../testing/test-db.js';

const desk = VIGNETTES.find((v) => v.id === 'desk-worker-supine')!;
const saddle = VIGNETTES.find((v) => v.id === 'saddle-numbness')!;
const ZONE = 'Europe/Madrid';
const checkin = (painNow: number) => ({
  painNow,
  minutesWalked: 20,
  sittingHours: 7,
  sittingBreaks: 3,
  waterGlasses: 6,
  stress: 4,
  classAttended: false,
  note: '',
});

describe.each(testServers())('"My patients" API on $name PostgreSQL', (server) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp(server);
  });
  afterAll(async () => t?.close());

  const audits = async (action: string, personId: string) =>
    (
      await t.database.pool.query(
        'select count(*)::int as n from audit_log where action = $1 and person_id = $2',
        [action, personId],
      )
    ).rows[0].n as number;

  it('raises flags from the shared data, clears them as it changes, and audits handling', async () => {
    const north = await bareClinic(t.app, 'patients-north');
    const south = await bareClinic(t.app, 'patients-south');
    const staffNorth = await signedInPractitioner(t.app, 'patients-north@example.org', north);
    const staffSouth = await signedInPractitioner(t.app, 'patients-south@example.org', south);
    const today = todayIn(ZONE, new Date());
    const day = (n: number) => addDays(today, n);

    // Ana: baseline pain 3, checks in daily. Ben: shares, then does nothing for ten days.
    let assessment = { id: '' };
    const { patient: ana, personId: anaId } = await sharingPatient(t.app, {
      email: 'patients-ana@example.org',
      displayName: 'Ana Ruiz',
      clinicId: north,
      scopes: ['progress'],
      beforeSharing: async (p) => {
        assessment = (
          await p.post('/api/assessments', { answers: { ...desk.answers, 'pain-now': 3 } })
        ).json();
        await p.put(`/api/checkins/${day(-3)}`, checkin(3));
      },
    });
    const { patient: ben, personId: benId } = await sharingPatient(t.app, {
      email: 'patients-ben@example.org',
      displayName: 'Ben Ode',
      clinicId: north,
      scopes: ['progress'],
    });
    // Carol shares only her assessment: not on the list.
    const { personId: carolId } = await sharingPatient(t.app, {
      email: 'patients-carol@example.org',
      displayName: 'Carol Sim',
      clinicId: north,
      scopes: ['assessment'],
    });

    const url = `/api/staff/clinics/${north}/patients`;
    const list = async () => {
      const res = await staffNorth.get(url);
      expect(res.statusCode, res.body).toBe(200);
      return patientListSchema.parse(res.json());
    };
    const flagsOf = async (personId: string) =>
      (await list()).patients.find((p) => p.personId === personId)?.flags.map((f) => f.id);

    let seen = await list();
    expect(seen.today).toBe(today);
    expect(seen.patients.map((p) => p.name).sort()).toEqual(['Ana Ruiz', 'Ben Ode']);
    expect(seen.patients.find((p) => p.personId === carolId)).toBeUndefined();
    expect(await flagsOf(anaId)).toEqual([]);
    expect(seen.patients.find((p) => p.personId === anaId)).toMatchObject({
      lastCheckin: day(-3),
      pain: { baseline: 3, now: 3, direction: 'same' },
      sessionsThisWeek: null,
    });

    // Pain up by 3 from the baseline: flagged, and listed first.
    await ana.put(`/api/checkins/${day(-2)}`, checkin(6));
    seen = await list();
    expect(seen.patients[0]).toMatchObject({
      personId: anaId,
      pain: { baseline: 3, now: 6, delta: 3, direction: 'worse', matters: true },
      flags: [{ id: `pain-up.${day(-2)}`, code: 'pain-up', severity: 'high', date: day(-2), value: 3 }],
    });
    expect(seen.patients[1]!.personId).toBe(benId);

    // Marked handled: gone, audited once; handling again changes nothing.
    const handle = (b: TestBrowser, person: string, flag: string, clinicId = north) =>
      b.post(`/api/staff/clinics/${clinicId}/patients/${person}/flags/${flag}/handled`, {});
    const handled = await handle(staffNorth, anaId, `pain-up.${day(-2)}`);
    expect(handled.statusCode, handled.body).toBe(200);
    expect(patientListSchema.parse(handled.json()).patients[0]!.flags).toEqual([]);
    expect(await flagsOf(anaId)).toEqual([]);
    expect((await handle(staffNorth, anaId, `pain-up.${day(-2)}`)).statusCode).toBe(200);
    expect(await audits('patient_flag.handled_by_staff', anaId)).toBe(1);
    // Still up the next day: the same rise, still handled.
    await ana.put(`/api/checkins/${day(-1)}`, checkin(5));
    expect(await flagsOf(anaId)).toEqual([]);
    // Back down, then up again: a new rise, a new flag.
    await ana.put(`/api/checkins/${day(-1)}`, checkin(3));
    await ana.put(`/api/checkins/${day(0)}`, checkin(7));
    expect(await flagsOf(anaId)).toEqual([`pain-up.${day(0)}`]);
    // A flag the data do not raise cannot be handled.
    expect((await handle(staffNorth, anaId, `pain-up.${day(-3)}`)).statusCode).toBe(404);

    // A "this hurts" report of 8 in a session: flagged above the pain rise.
    const programme = (
      await ana.post('/api/programmes', {
        assessmentId: assessment.id,
        preferences: {
          minutesPerSession: 20,
          daysPerWeek: 7,
          equipment: ['mat', 'chair'],
          startDate: day(-6),
          timeZone: ZONE,
          language: 'en',
        },
      })
    ).json();
    const session = programme.sessions[0];
    const recorded = await ana.post(`/api/programmes/${programme.id}/results`, {
      clientId: crypto.randomUUID(),
      sessionId: session.id,
      completedAt: new Date(Date.now() - 60_000).toISOString(),
      blocks: [
        { exerciseId: session.blocks[0].exerciseId, completed: false, pain: { where: 'back', level: 8 } },
      ],
      effort: 5,
      painNow: 7,
    });
    expect(recorded.statusCode, recorded.body).toBe(201);
    seen = await list();
    expect(seen.patients[0]!.flags.map((f) => [f.code, f.value])).toEqual([
      ['hurt-report', 8],
      ['pain-up', 4],
    ]);
    expect(seen.patients[0]!.sessionsThisWeek?.planned).toBeGreaterThan(0);
    // Starting a new programme does not wipe the report off the practitioner's list.
    const again = await ana.post('/api/programmes', {
      assessmentId: assessment.id,
      preferences: {
        minutesPerSession: 20,
        daysPerWeek: 3,
        equipment: ['mat'],
        startDate: day(0),
        timeZone: ZONE,
        language: 'en',
      },
    });
    expect(again.statusCode, again.body).toBe(201);
    seen = await list();
    expect(seen.patients[0]!.flags.map((f) => f.code)).toContain('hurt-report');

    // A new self-assessment with a red flag: most urgent of all.
    const stop = (await ana.post('/api/assessments', { answers: saddle.answers })).json();
    seen = await list();
    expect(seen.patients[0]!.flags[0]).toMatchObject({
      id: `red-flag-answered.${stop.id}`,
      severity: 'urgent',
      target: 'assessments',
    });

    // Ben: nothing logged since he started sharing ten days ago.
    await t.database.pool.query(
      `update consents set granted_at = now() - interval '10 days' where person_id = $1`,
      [benId],
    );
    expect(await flagsOf(benId)).toEqual([`quiet-7-days.${day(-10)}`]);
    await ben.put(`/api/checkins/${day(0)}`, checkin(2));
    expect(await flagsOf(benId)).toEqual([]);

    // Every listing is audited per patient shown.
    expect(await audits('patients.listed_for_staff', anaId)).toBeGreaterThan(5);
    expect(await audits('patients.listed_for_staff', carolId)).toBe(0);

    // Another clinic's staff: the clinic is not theirs (404 like a missing clinic), and their own
    // clinic has no such patient (404 like a missing patient).
    const missingClinic = '00000000-0000-4000-8000-000000000000';
    const other = await staffSouth.get(url);
    expect(other.statusCode).toBe(404);
    expect(other.body).toBe((await staffSouth.get(`/api/staff/clinics/${missingClinic}/patients`)).body);
    const flag = `red-flag-answered.${stop.id}`;
    const foreign = await handle(staffSouth, anaId, flag, south);
    expect(foreign.statusCode).toBe(404);
    expect(foreign.body).toBe((await handle(staffSouth, missingClinic, flag, south)).body);
    expect((await staffSouth.get(`/api/staff/clinics/${south}/patients`)).json().patients).toEqual([]);
    // A patient, or nobody signed in, is refused outright.
    expect((await ana.get(url)).statusCode).toBe(403);
    expect((await new TestBrowser(t.app).get(url)).statusCode).toBe(401);
    // A malformed flag id is refused by the contract.
    expect((await handle(staffNorth, anaId, 'x%20y')).statusCode).toBe(400);

    // Consent withdrawn: off the list, and handling answers like a missing patient.
    const consents = (await ana.get('/api/consents')).json() as { id: string; active: boolean }[];
    await ana.delete(`/api/consents/${consents.find((c) => c.active)!.id}`);
    expect(await flagsOf(anaId)).toBeUndefined();
    const withdrawn = await handle(staffNorth, anaId, flag);
    expect(withdrawn.statusCode).toBe(404);
    expect(withdrawn.body).toBe((await handle(staffNorth, missingClinic, flag)).body);
  });
});
