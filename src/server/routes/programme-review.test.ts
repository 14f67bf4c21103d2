import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { patientReviewSchema, programmeReviewSchema } from '../../contract/programme-review.js';
import { storedProgrammeSchema } from '../../contract/programmes.js';
import { VIGNETTES } from '../../domain/assessment/vignettes/index.js';
import { addDays, todayIn } from '../../domain/time/index.js';
import { TestBrowser } from '../auth/test-browser.js';
import { bareClinic, sharingPatient, signedInPractitioner } from '../testing/sharing.js';
import { createTestApp, testServers } from '../testing/test-db.js';

const answersOf = (id: string) => VIGNETTES.find((v) => v.id === id)!.answers;
const MISSING = '00000000-0000-4000-8000-000000000000';

describe.each(testServers())('programme review API on $name PostgreSQL', (server) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let north: string;
  let south: string;
  let staffNorth: TestBrowser;
  let staffSouth: TestBrowser;
  beforeAll(async () => {
    t = await createTestApp(server);
    north = await bareClinic(t.app, 'review-north', 'Clinic review-north');
    south = await bareClinic(t.app, 'review-south', 'Clinic review-south');
    staffNorth = await signedInPractitioner(t.app, 'review-north@example.org', north, 'Dr Ana Ruiz');
    staffSouth = await signedInPractitioner(t.app, 'review-south@example.org', south, 'Dr Ana Ruiz');
  });
  afterAll(async () => t?.close());

  async function patientWithProgramme(email: string, vignette: string, scopes: string[]) {
    let created: Awaited<ReturnType<TestBrowser['post']>> | undefined;
    const { patient, personId, consentId } = await sharingPatient(t.app, {
      email,
      clinicId: north,
      scopes,
      beforeSharing: async (p) => {
        const assessment = (await p.post('/api/assessments', { answers: answersOf(vignette) })).json();
        created = await p.post('/api/programmes', {
          assessmentId: assessment.id,
          preferences: {
            minutesPerSession: 30,
            daysPerWeek: 7,
            equipment: ['mat', 'chair', 'exercise-ball'],
            startDate: todayIn('Europe/Madrid', new Date()),
            timeZone: 'Europe/Madrid',
            language: 'en',
          },
        });
        expect(created.statusCode).toBe(201);
      },
    });
    return { patient, personId, programme: storedProgrammeSchema.parse(created!.json()), consentId };
  }

  const urlOf = (clinicId: string, personId: string) =>
    `/api/staff/clinics/${clinicId}/patients/${personId}/programme`;

  it('answers only staff of a clinic the patient shares the programme with; others get the 404 of a missing patient', async () => {
    const { patient, personId, consentId } = await patientWithProgramme(
      'review-404@example.org',
      'desk-worker-supine',
      ['programme'],
    );
    const seen = await staffNorth.get(urlOf(north, personId));
    expect(seen.statusCode).toBe(200);
    const view = programmeReviewSchema.parse(seen.json());
    expect(view.review).toBeNull();
    expect(view.library.length).toBeGreaterThan(5);

    const missing = await staffSouth.get(urlOf(south, MISSING));
    expect(missing.statusCode).toBe(404);
    const otherClinic = await staffSouth.get(urlOf(south, personId));
    expect(otherClinic.statusCode).toBe(404);
    expect(otherClinic.body).toBe(missing.body);
    // Putting the other clinic's id in the URL: the staff guard's 404 for a clinic not theirs.
    expect((await staffSouth.get(urlOf(north, personId))).statusCode).toBe(404);
    expect((await staffSouth.put(urlOf(south, personId), { exercises: [] })).body).toBe(
      (await staffSouth.put(urlOf(south, MISSING), { exercises: [] })).body,
    );
    expect((await patient.get(urlOf(north, personId))).statusCode).toBe(403);
    expect((await new TestBrowser(t.app).get(urlOf(north, personId))).statusCode).toBe(401);

    // Withdrawn consent, or a consent without the programme: the same 404.
    await patient.delete(`/api/consents/${consentId}`);
    const withdrawn = await staffNorth.get(urlOf(north, personId));
    expect(withdrawn.statusCode).toBe(404);
    expect(withdrawn.body).toBe((await staffNorth.get(urlOf(north, MISSING))).body);
    await patient.post('/api/consents', { clinicId: north, scopes: ['progress'] });
    expect((await staffNorth.get(urlOf(north, personId))).body).toBe(withdrawn.body);

    const audited = await t.database.pool.query(
      `select count(*)::int as n from audit_log where action = 'programme.viewed_by_staff' and person_id = $1`,
      [personId],
    );
    expect(audited.rows[0].n).toBe(1);
  });

  it('keeps the practitioner’s edits when the patient changes preferences, and shows who reviewed it', async () => {
    const { patient, personId, programme } = await patientWithProgramme(
      'review-keep@example.org',
      'desk-worker-supine',
      ['programme', 'progress'],
    );
    const view = programmeReviewSchema.parse((await staffNorth.get(urlOf(north, personId))).json());
    const today = view.fromDate;
    const coming = programme.sessions.filter((s) => s.date >= today);
    const target = coming[0]!.blocks.find((b) => b.phase === 'stretch' || b.phase === 'strengthen')!;
    const removed = coming
      .flatMap((s) => s.blocks)
      .find(
        (b) => (b.phase === 'stretch' || b.phase === 'strengthen') && b.exerciseId !== target.exerciseId,
      )!.exerciseId;
    const edits = {
      exercises: [
        { kind: 'change', exerciseId: target.exerciseId, dose: { sets: 3 }, note: 'Slowly, no bouncing.' },
        { kind: 'remove', exerciseId: removed },
      ],
      planNote: 'Keep walking every day.',
      nextReviewDate: today,
    };
    const saved = await staffNorth.put(urlOf(north, personId), edits);
    expect(saved.statusCode).toBe(200);
    const after = programmeReviewSchema.parse(saved.json());
    expect(after.review).toMatchObject({ reviewerName: 'Dr Ana Ruiz', edits });

    const check = (p: {
      sessions: { date: string; blocks: { exerciseId: string; dose: { sets: number } }[] }[];
    }) => {
      const next = p.sessions.filter((s) => s.date >= today);
      expect(next.length).toBeGreaterThan(0);
      for (const s of next) {
        expect(s.blocks.map((b) => b.exerciseId)).not.toContain(removed);
        for (const b of s.blocks.filter((b) => b.exerciseId === target.exerciseId))
          expect(b.dose.sets).toBe(3);
      }
    };
    check((await patient.get('/api/programmes/current')).json());

    // The patient asks for longer sessions: the programme is generated again, the edits stay.
    const changed = await patient.put(`/api/programmes/${programme.id}/preferences`, {
      ...programme.preferences,
      minutesPerSession: 45,
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json().sessions[0].plannedMinutes).toBe(45);
    check(changed.json());
    check((await patient.get('/api/programmes/current')).json());

    const review = patientReviewSchema.parse(
      (await patient.get(`/api/programmes/${programme.id}/review`)).json(),
    );
    expect(review.review).toMatchObject({
      reviewerName: 'Dr Ana Ruiz',
      clinicName: 'Clinic review-north',
      planNote: 'Keep walking every day.',
      nextReviewDate: today,
      exerciseNotes: [{ exerciseId: target.exerciseId, note: 'Slowly, no bouncing.' }],
    });
    const other = new TestBrowser(t.app);
    await other.post('/api/me', { language: 'en' });
    expect((await other.get(`/api/programmes/${programme.id}/review`)).statusCode).toBe(404);
  });

  it('lowers the practitioner’s dose for a week after a worse day, says why, then gives it back (practitioner-dose-ceiling)', async () => {
    const { patient, personId, programme } = await patientWithProgramme(
      'review-ceiling@example.org',
      'desk-worker-supine',
      ['programme'],
    );
    const today = programmeReviewSchema.parse((await staffNorth.get(urlOf(north, personId))).json()).fromDate;
    const first = programme.sessions.find((s) => s.date === today)!;
    const target = first.blocks.find((b) => b.phase === 'stretch' || b.phase === 'strengthen')!;
    const saved = await staffNorth.put(urlOf(north, personId), {
      exercises: [{ kind: 'change', exerciseId: target.exerciseId, dose: { sets: 6 } }],
    });
    expect(saved.statusCode).toBe(200);

    // Today's session, finished at 10/10: a worse day.
    const hurt = await patient.post(`/api/programmes/${programme.id}/results`, {
      clientId: crypto.randomUUID(),
      sessionId: first.id,
      completedAt: new Date().toISOString(),
      blocks: [{ exerciseId: 'gentle-walk', completed: true }],
      effort: 6,
      painNow: 10,
    });
    expect(hurt.statusCode).toBe(201);
    const current = storedProgrammeSchema.parse((await patient.get('/api/programmes/current')).json());
    const weekLater = addDays(today, 7);
    let eased = 0;
    let back = 0;
    for (const s of current.sessions.filter((x) => x.date > today))
      for (const b of s.blocks.filter((x) => x.exerciseId === target.exerciseId)) {
        if (s.date <= weekLater) {
          expect(b.dose.sets).toBeLessThan(6);
          expect(b.note?.en).toContain('Lighter than the dose your practitioner set, because of a worse day');
          expect(b.note?.es).toContain('Más suave que la dosis que te pautó tu profesional');
          eased++;
        } else {
          expect(b.dose.sets).toBe(6);
          back++;
        }
      }
    expect(eased).toBeGreaterThan(0);
    expect(back).toBeGreaterThan(0);
  });

  it('refuses to add an exercise that is contraindicated for the patient, with the reason', async () => {
    const { personId } = await patientWithProgramme('review-pregnant@example.org', 'pregnant-24-weeks', [
      'programme',
    ]);
    const view = programmeReviewSchema.parse((await staffNorth.get(urlOf(north, personId))).json());
    expect(view.library.find((e) => e.exerciseId === 'ball-sit-up')?.excludedBecause).toBe(
      'contraindication:pregnancy-abdominal-loading',
    );
    const res = await staffNorth.put(urlOf(north, personId), {
      exercises: [{ kind: 'add', exerciseId: 'ball-sit-up' }],
    });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({
      code: 'edit_refused',
      refusals: [
        { index: 0, exerciseId: 'ball-sit-up', reason: 'contraindication:pregnancy-abdominal-loading' },
      ],
    });
    const stored = await t.database.pool.query(
      `select count(*)::int as n from programme_reviews where person_id = $1`,
      [personId],
    );
    expect(stored.rows[0].n).toBe(0);
    // Text with control characters never gets in.
    const bad = await staffNorth.put(urlOf(north, personId), { exercises: [], planNote: 'a\u0007b' });
    expect(bad.statusCode).toBe(400);
  });
});
