import { deskWorkerSupine } from './desk-worker-supine.js';
import { feverAfterInjection } from './fever-after-injection.js';
import { olderNightPainWeightLoss } from './older-night-pain-weight-loss.js';
import { plainBackPain } from './plain-back-pain.js';
import { pregnant24Weeks } from './pregnant-24-weeks.js';
import { runnerFrontHip } from './runner-front-hip.js';
import { saddleNumbness } from './saddle-numbness.js';
import { sitterWeakHip } from './sitter-weak-hip.js';
import type { Vignette } from './types.js';
import { worriedOnBloodThinners } from './worried-on-blood-thinners.js';
import { youngInflammatory } from './young-inflammatory.js';

export type { Vignette } from './types.js';

/** Ten written patients with the result each must get; run as tests and used by the browser test. */
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
];
