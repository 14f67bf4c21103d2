import { bellyAcheOver50 } from './belly-ache-over-50.js';
import { classicSitterSupine } from './classic-sitter-supine.js';
import { deskWorkerSupine } from './desk-worker-supine.js';
import { feverAfterInjection } from './fever-after-injection.js';
import { ladderFallUnsure } from './ladder-fall-unsure.js';
import { olderNightPainWeightLoss } from './older-night-pain-weight-loss.js';
import { plainBackPain } from './plain-back-pain.js';
import { postpartumFourWeeks } from './postpartum-four-weeks.js';
import { pregnant24Weeks } from './pregnant-24-weeks.js';
import { pregnantDeskWorker } from './pregnant-desk-worker.js';
import { pulsatingBelly } from './pulsating-belly.js';
import { runnerClickingHip } from './runner-clicking-hip.js';
import { runnerFrontHip } from './runner-front-hip.js';
import { saddleNumbness } from './saddle-numbness.js';
import { sciaticaBelowKnee } from './sciatica-below-knee.js';
import { sitterWeakHip } from './sitter-weak-hip.js';
import type { Vignette } from './types.js';
import { weakCoreFewTightSigns } from './weak-core-few-tight-signs.js';
import { worriedOnBloodThinners } from './worried-on-blood-thinners.js';
import { youngInflammatory } from './young-inflammatory.js';

export type { Vignette } from './types.js';

/**
 * Written patients with the result each must get; run as tests and used by the browser test.
 * The first ten came with the first questionnaire; the rest pin the rules of scoring 2.0.0.
 */
export const VIGNETTES: Vignette[] = [
  deskWorkerSupine,
  runnerFrontHip,
  pregnant24Weeks,
  saddleNumbness,
  olderNightPainWeightLoss,
  sitterWeakHip,
  feverAfterInjection,
  youngInflammatory,
  worriedOnBloodThinners,
  plainBackPain,
  classicSitterSupine,
  runnerClickingHip,
  pregnantDeskWorker,
  weakCoreFewTightSigns,
  sciaticaBelowKnee,
  bellyAcheOver50,
  pulsatingBelly,
  ladderFallUnsure,
  postpartumFourWeeks,
];
