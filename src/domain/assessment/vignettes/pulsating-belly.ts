import type { Vignette } from './types.js';

export const pulsatingBelly: Vignette = {
  id: 'pulsating-belly',
  story:
    'Retired builder, 71, a smoker, with a few days of deep back pain; lying in bed he feels a throbbing lump in his belly. He stops on the third screen.',
  answers: {
    age: 71,
    'rf-bladder': false,
    'rf-bowel': false,
    'rf-saddle-numbness': false,
    'rf-both-legs': false,
    'rf-sexual-dysfunction': false,
    'rf-leg-weakness': false,
    'rf-legs-progressive': false,
    'rf-major-trauma': false,
    'rf-minor-trauma': false,
    'rf-fever': false,
    'rf-belly-pulsating': true,
  },
  expected: {
    highestUrgency: 'emergency',
    redFlags: ['aortic-aneurysm-pulsating'],
    selfCareAllowed: false,
    complete: false,
    restrictionsInclude: ['no-exercise-until-cleared'],
    nextStepsInclude: ['emergency-department-now'],
    nextStepsExclude: ['self-care-programme', 'doctor-today'],
  },
};
