import { calmObstacles, noRedFlags, strongChecks, type Vignette } from './types.js';

export const bellyAcheOver50: Vignette = {
  id: 'belly-ache-over-50',
  story:
    'Bus driver, 58, sits all day. For two months a deep ache in the belly and the lower back, and he has become constipated, which is new for him. No blood, no weight loss, no fever. The self-tests feel a little tight.',
  answers: {
    ...noRedFlags(58),
    'pain-areas': ['lower-back', 'abdomen'],
    'pain-side': 'middle',
    'pain-since': '6-weeks-to-3-months',
    'pain-worse-with': ['sitting-long'],
    'pain-now': 4,
    'pain-worst-week': 5,
    symptoms: ['deep-belly-ache', 'constipation'],
    'belly-signs': ['new'],
    'leg-nerve-signs': ['none'],
    'leg-foot-weakness': false,
    'sitting-hours': 9,
    'desk-work': false,
    'leg-crossing': 'rarely',
    posture: 'slouched',
    stress: 'moderate',
    water: 'little',
    'running-cycling-hours': 0,
    'recent-injury': 'none',
    pregnant: false,
    postpartum: false,
    'test-back-bend': 'tight',
    'test-lunge': 'tight',
    'test-thomas': 'tight',
    ...strongChecks,
    activities: [{ activity: 'Driving a full shift', score: 5 }],
    ...calmObstacles,
    'foam-rolling-conditions': ['none'],
    'cannot-kneel': false,
  },
  expected: {
    // Two months of new pain after 50 is already a "see a doctor within days" sign; the belly
    // rule adds that the bowel must be checked before the psoas is blamed.
    highestUrgency: 'urgent-days',
    redFlags: ['visceral-persisting', 'cancer-age-new-pain'],
    selfCareAllowed: false,
    complete: true,
    restrictionsInclude: ['no-exercise-until-cleared'],
    nextStepsInclude: ['doctor-within-days'],
    nextStepsExclude: ['self-care-programme', 'belly-symptoms-check'],
  },
};
