import type { Vignette } from './types.js';

export const feverAfterInjection: Vignette = {
  id: 'fever-after-injection',
  story:
    'Woman, 58, had a steroid injection in her spine two weeks ago; since yesterday her back pain is much worse and she has a fever with chills. She stops on the first screen.',
  answers: {
    age: 58,
    'rf-bladder': false,
    'rf-bowel': false,
    'rf-saddle-numbness': false,
    'rf-both-legs': false,
    'rf-fever': true,
    'rf-recent-infection': true,
  },
  expected: {
    highestUrgency: 'urgent-same-day',
    redFlags: ['infection-fever', 'infection-recent'],
    selfCareAllowed: false,
    complete: false,
    restrictionsInclude: ['no-exercise-until-cleared'],
    nextStepsInclude: ['doctor-today'],
    nextStepsExclude: ['emergency-department-now', 'self-care-programme'],
  },
};
