import type { Vignette } from './types.js';

export const saddleNumbness: Vignette = {
  id: 'saddle-numbness',
  story:
    'Builder, 45, with two days of severe low back pain; this morning he noticed numbness between his legs and found it hard to pass urine. He stops at the first screen.',
  answers: {
    age: 45,
    'rf-bladder': true,
    'rf-saddle-numbness': true,
    'rf-bowel': false,
  },
  expected: {
    highestUrgency: 'emergency',
    redFlags: ['cauda-equina-bladder', 'cauda-equina-saddle'],
    selfCareAllowed: false,
    complete: false,
    restrictionsInclude: ['no-exercise-until-cleared'],
    nextStepsInclude: ['emergency-department-now'],
    nextStepsExclude: ['self-care-programme', 'reassess-in-4-to-6-weeks'],
  },
};
