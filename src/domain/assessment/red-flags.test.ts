import { describe, expect, it } from 'vitest';
import { ITEM_BY_ID } from './questionnaire.js';
import { RED_FLAG_IDS, RED_FLAG_RULES, type RedFlagId, type Urgency } from './red-flags.js';
import { scoreAssessment } from './scoring.js';
import { deskWorkerSupine } from './vignettes/desk-worker-supine.js';

/** A complete, flag-free answer set; each case changes only what its flag needs. */
const calm = deskWorkerSupine.answers;

const cases: { flag: RedFlagId; urgency: Urgency; change: Record<string, unknown> }[] = [
  { flag: 'cauda-equina-bladder', urgency: 'emergency', change: { 'rf-bladder': true } },
  { flag: 'cauda-equina-bowel', urgency: 'emergency', change: { 'rf-bowel': true } },
  { flag: 'cauda-equina-saddle', urgency: 'emergency', change: { 'rf-saddle-numbness': true } },
  { flag: 'cauda-equina-both-legs', urgency: 'emergency', change: { 'rf-both-legs': true } },
  { flag: 'cauda-equina-sexual', urgency: 'emergency', change: { 'rf-sexual-dysfunction': true } },
  { flag: 'cauda-equina-leg-weakness', urgency: 'emergency', change: { 'rf-leg-weakness': true } },
  { flag: 'cord-compression-progressive', urgency: 'emergency', change: { 'rf-legs-progressive': true } },
  { flag: 'fracture-major-trauma', urgency: 'emergency', change: { 'rf-major-trauma': true } },
  {
    flag: 'fracture-fragility',
    urgency: 'urgent-same-day',
    change: { 'rf-minor-trauma': true, 'rf-bone-fragility': true },
  },
  { flag: 'infection-fever', urgency: 'urgent-same-day', change: { 'rf-fever': true } },
  { flag: 'infection-immunosuppressed', urgency: 'urgent-same-day', change: { 'rf-immunosuppressed': true } },
  { flag: 'infection-injected-drugs', urgency: 'urgent-same-day', change: { 'rf-injected-drugs': true } },
  { flag: 'infection-recent', urgency: 'urgent-same-day', change: { 'rf-recent-infection': true } },
  { flag: 'cancer-history', urgency: 'urgent-days', change: { 'rf-cancer-history': true } },
  { flag: 'cancer-weight-loss', urgency: 'urgent-days', change: { 'rf-weight-loss': true } },
  { flag: 'cancer-night-pain', urgency: 'urgent-days', change: { 'rf-night-pain': true } },
  { flag: 'cancer-no-improvement', urgency: 'urgent-days', change: { 'rf-no-improvement': true } },
  { flag: 'cancer-age-new-pain', urgency: 'urgent-days', change: { age: 55, 'pain-since': 'under-6-weeks' } },
  {
    flag: 'inflammatory-back-pain',
    urgency: 'routine-referral',
    change: { 'ibp-began-before-35': true, 'ibp-wakes-late-night': true, 'ibp-nsaid-relief': true },
  },
  {
    flag: 'pregnancy-warning-signs',
    urgency: 'urgent-same-day',
    change: {
      pregnant: true,
      'pregnancy-weeks': 20,
      'pregnancy-told-not-to-exercise': false,
      'pregnancy-warning-signs': ['bleeding'],
    },
  },
  { flag: 'aortic-aneurysm-pulsating', urgency: 'emergency', change: { 'rf-belly-pulsating': true } },
  {
    flag: 'visceral-bleeding-vomiting-fever',
    urgency: 'urgent-same-day',
    change: { symptoms: ['deep-belly-ache'], 'belly-signs': ['blood'] },
  },
  {
    flag: 'visceral-persisting',
    urgency: 'urgent-days',
    change: { symptoms: ['constipation'], 'belly-signs': ['lasting'] },
  },
  { flag: 'sciatica', urgency: 'routine-referral', change: { 'leg-nerve-signs': ['pins-needles'] } },
  { flag: 'sciatica-weakness', urgency: 'urgent-days', change: { 'leg-foot-weakness': true } },
];

describe('red flags, each alone', () => {
  it('covers every rule', () => {
    expect(cases.map((c) => c.flag).sort()).toEqual([...RED_FLAG_IDS].sort());
    expect(RED_FLAG_RULES.map((r) => r.id).sort()).toEqual([...RED_FLAG_IDS].sort());
  });

  it('starts from an answer set without any flag', () => {
    const r = scoreAssessment(calm);
    expect(r.redFlags).toEqual([]);
    expect(r.selfCareAllowed).toBe(true);
  });

  it.each(cases)('$flag → $urgency', ({ flag, urgency, change }) => {
    const r = scoreAssessment({ ...calm, ...change } as typeof calm);
    expect(r.redFlags.map((f) => f.id)).toEqual([flag]);
    expect(r.highestUrgency).toBe(urgency);
    const stops = urgency !== 'routine-referral';
    expect(r.selfCareAllowed).toBe(!stops);
    expect(r.nextSteps.some((s) => s.id === 'self-care-programme')).toBe(!stops);
    expect(r.exerciseRestrictions.some((x) => x.code === 'no-exercise-until-cleared')).toBe(stops);
    // The flag cites answers that were given, among them what this case changed.
    const given = { ...calm, ...change };
    for (const id of r.redFlags[0]!.answers) expect(given).toHaveProperty([id]);
    expect(r.redFlags[0]!.answers.some((id) => id in change)).toBe(true);
    expect(r.redFlags[0]!.advice.en.length).toBeGreaterThan(20);
    expect(r.redFlags[0]!.advice.es.length).toBeGreaterThan(20);
  });
});

describe('combinations', () => {
  it('the hard-fall question gives concrete thresholds and tells an unsure person to answer yes', () => {
    const hard = ITEM_BY_ID.get('rf-major-trauma')!;
    for (const words of ['own height', 'stairs', 'ladder', 'horse']) expect(hard.text.en).toContain(words);
    for (const words of ['estatura', 'escaleras', 'caballo']) expect(hard.text.es).toContain(words);
    expect(hard.help?.en).toMatch(/not sure.*"Yes"/i);
    expect(hard.help?.es).toMatch(/no sabes.*«Sí»/i);
    const small = ITEM_BY_ID.get('rf-minor-trauma')!;
    expect(small.text.en).toContain('level ground');
  });

  it('belly or bowel trouble: same day with bleeding, vomiting or fever; within days when it lasts, with weight loss, or new after 50', () => {
    const belly = { ...calm, 'pain-areas': ['lower-back', 'abdomen'] };
    const ids = (change: Record<string, unknown>) =>
      scoreAssessment({ ...belly, ...change } as typeof calm).redFlags.map((f) => f.id);
    expect(ids({ 'belly-signs': ['none'] })).toEqual([]);
    expect(ids({ 'belly-signs': ['vomiting'] })).toEqual(['visceral-bleeding-vomiting-fever']);
    expect(ids({ 'belly-signs': ['none'], 'rf-fever': true }).sort()).toEqual([
      'infection-fever',
      'visceral-bleeding-vomiting-fever',
    ]);
    expect(ids({ 'belly-signs': ['new'] })).toEqual([]);
    expect(ids({ 'belly-signs': ['new'], age: 51 })).toEqual(['visceral-persisting']);
    expect(ids({ 'belly-signs': ['new'], age: 50 })).toEqual([]);
    expect(ids({ 'belly-signs': ['none'], 'rf-weight-loss': true }).sort()).toEqual([
      'cancer-weight-loss',
      'visceral-persisting',
    ]);
    // Without a belly symptom the follow-up is not asked, so its answer cannot raise a flag.
    expect(scoreAssessment({ ...calm, 'belly-signs': ['blood'] }).redFlags).toEqual([]);
  });

  it('sciatica keeps gentle self-care open and lowers the psoas likelihood by one step', () => {
    const base = scoreAssessment(calm);
    const r = scoreAssessment({ ...calm, 'leg-nerve-signs': ['below-knee', 'cough'] });
    expect(r.selfCareAllowed).toBe(true);
    expect(r.nextSteps.map((s) => s.id)).toEqual(
      expect.arrayContaining(['sciatica-assessment', 'self-care-programme']),
    );
    expect(base.psoasLikelihood.level).toBe('high');
    expect(r.psoasLikelihood.level).toBe('moderate');
    expect(r.psoasLikelihood.because.answers).toContain('leg-nerve-signs');
    // Pain below the knee ticked among the pain areas counts the same way.
    const area = scoreAssessment({ ...calm, 'pain-areas': ['lower-back', 'below-knee'] });
    expect(area.redFlags.map((f) => f.id)).toEqual(['sciatica']);
  });

  it('weakness in a leg or foot sends the person to a doctor within days, and with cancer it is an emergency', () => {
    const r = scoreAssessment({ ...calm, 'leg-nerve-signs': ['below-knee'], 'leg-foot-weakness': true });
    expect(r.highestUrgency).toBe('urgent-days');
    expect(r.selfCareAllowed).toBe(false);
    expect(r.nextSteps.map((s) => s.id)).toContain('doctor-within-days');
    expect(r.nextSteps.map((s) => s.id)).not.toContain('sciatica-assessment');
    const cancer = scoreAssessment({ ...calm, 'rf-cancer-history': true, 'leg-foot-weakness': true });
    expect(cancer.highestUrgency).toBe('emergency');
  });

  it('morning stiffness over 30 minutes counts as an inflammatory feature', () => {
    const three = { 'ibp-morning-stiffness': true, 'ibp-wakes-late-night': true, 'ibp-nsaid-relief': true };
    expect(
      scoreAssessment({ ...calm, ...three, 'ibp-better-moving': false }).redFlags.map((f) => f.id),
    ).toEqual(['inflammatory-back-pain']);
    const two = { 'ibp-morning-stiffness': true, 'ibp-better-moving': false, 'ibp-wakes-late-night': true };
    expect(scoreAssessment({ ...calm, ...two }).redFlags).toEqual([]);
  });

  it('minor trauma alone is not a fracture flag', () => {
    const r = scoreAssessment({ ...calm, 'rf-minor-trauma': true, 'rf-bone-fragility': false });
    expect(r.redFlags).toEqual([]);
  });

  it('age over 50 with long-standing pain, or under 50 with new pain, is not a flag', () => {
    expect(scoreAssessment({ ...calm, age: 60, 'pain-since': 'over-1-year' }).redFlags).toEqual([]);
    expect(scoreAssessment({ ...calm, age: 35, 'pain-since': 'under-6-weeks' }).redFlags).toEqual([]);
    expect(
      scoreAssessment({ ...calm, age: 19, 'pain-since': 'under-6-weeks' }).redFlags.map((f) => f.id),
    ).toEqual(['cancer-age-new-pain']);
  });

  it('inflammatory back pain needs onset before 45, more than 3 months and 3 features', () => {
    const three = { 'ibp-began-before-35': true, 'ibp-wakes-late-night': true, 'ibp-nsaid-relief': true };
    // desk worker already has "better with movement": two more make three
    const two = { 'ibp-began-before-35': true, 'ibp-wakes-late-night': true, 'ibp-better-moving': false };
    expect(scoreAssessment({ ...calm, ...two }).redFlags).toEqual([]);
    expect(scoreAssessment({ ...calm, ...three, 'pain-since': '6-weeks-to-3-months' }).redFlags).toEqual([]);
    const notBefore45 = { ...calm, ...three, 'ibp-began-before-45': false };
    expect(scoreAssessment(notBefore45).redFlags).toEqual([]);
    expect(scoreAssessment({ ...calm, ...three }).redFlags.map((f) => f.id)).toEqual([
      'inflammatory-back-pain',
    ]);
  });

  it('a cancer sign with a neurological sign is an emergency', () => {
    const r = scoreAssessment({ ...calm, 'rf-cancer-history': true, 'rf-legs-progressive': true });
    const cancer = r.redFlags.find((f) => f.id === 'cancer-history')!;
    expect(cancer.urgency).toBe('emergency');
    expect(cancer.answers).toEqual(['rf-cancer-history', 'rf-legs-progressive']);
    expect(r.highestUrgency).toBe('emergency');
  });

  it('an emergency beats every other answer', () => {
    const everythingElse = {
      ...calm,
      'rf-fever': true,
      'rf-cancer-history': true,
      'ibp-began-before-35': true,
      'ibp-wakes-late-night': true,
      'ibp-nsaid-relief': true,
    };
    for (const emergency of cases.filter((c) => c.urgency === 'emergency')) {
      const r = scoreAssessment({ ...everythingElse, ...emergency.change } as typeof calm);
      expect(r.highestUrgency).toBe('emergency');
      expect(r.redFlags[0]!.urgency).toBe('emergency');
      expect(r.selfCareAllowed).toBe(false);
      expect(r.nextSteps[0]!.id).toBe('emergency-department-now');
      expect(r.nextSteps.map((s) => s.id)).not.toContain('self-care-programme');
    }
  });

  it('a hidden follow-up answer is ignored (bone fragility without minor trauma)', () => {
    const r = scoreAssessment({ ...calm, 'rf-minor-trauma': false, 'rf-bone-fragility': true });
    expect(r.redFlags).toEqual([]);
  });

  it('a clinician saying "no exercise in this pregnancy" stops self-care without a red flag', () => {
    const r = scoreAssessment({
      ...calm,
      pregnant: true,
      'pregnancy-weeks': 10,
      'pregnancy-told-not-to-exercise': true,
      'pregnancy-warning-signs': ['none'],
    });
    expect(r.redFlags).toEqual([]);
    expect(r.selfCareAllowed).toBe(false);
    expect(r.exerciseRestrictions.map((x) => x.code)).toEqual(
      expect.arrayContaining(['no-exercise-until-cleared', 'pregnancy-first-trimester']),
    );
    expect(r.nextSteps.map((s) => s.id)).toContain('midwife-before-exercise');
  });
});
