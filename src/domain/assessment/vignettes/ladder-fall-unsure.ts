import type { Vignette } from './types.js';

export const ladderFallUnsure: Vignette = {
  id: 'ladder-fall-unsure',
  story:
    'Gardener, 52, slipped two rungs down a ladder last week and landed on his back; he is not sure it counts as a hard fall, so, as the question asks, he answers yes. He stops on the second screen.',
  answers: {
    age: 52,
    'rf-bladder': false,
    'rf-bowel': false,
    'rf-saddle-numbness': false,
    'rf-both-legs': false,
    'rf-sexual-dysfunction': false,
    'rf-leg-weakness': false,
    'rf-legs-progressive': false,
    'rf-major-trauma': true,
  },
  expected: {
    highestUrgency: 'emergency',
    redFlags: ['fracture-major-trauma'],
    selfCareAllowed: false,
    complete: false,
    restrictionsInclude: ['no-exercise-until-cleared'],
    nextStepsInclude: ['emergency-department-now'],
    nextStepsExclude: ['self-care-programme'],
  },
};
