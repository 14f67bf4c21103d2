import type { Frame, LandmarkName, Landmarks } from '../../../domain/movement/index.js';

/**
 * The pose model, loaded only on the check page: Human (MIT) running MoveNet Lightning through
 * WebGL in the browser. Its weights are served by this app (the build copies them to
 * /models/pose/), so no request ever leaves for another host; see docs/movement.md.
 */
export interface PoseModel {
  detect(source: HTMLVideoElement | HTMLImageElement): Promise<Frame>;
  backend: string;
}

/** Human's camelCase part names → the domain's COCO names. */
const toName = (part: string) => part.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`) as LandmarkName;

export async function loadPoseModel(): Promise<PoseModel> {
  const { Human } = await import('@vladmandic/human');
  const human = new Human({
    backend: 'webgl',
    modelBasePath: '/models/pose/',
    debug: false,
    // Human's warm-up draws a built-in picture from a data: address, which the page's CSP
    // (connect-src 'self') refuses; the first real frame warms the model up instead.
    warmup: 'none',
    face: { enabled: false },
    hand: { enabled: false },
    object: { enabled: false },
    gesture: { enabled: false },
    segmentation: { enabled: false },
    filter: { enabled: false },
    body: { enabled: true, modelPath: 'movenet-lightning.json', minConfidence: 0.1, maxDetected: 1 },
  });
  await human.load();
  return {
    backend: human.tf.getBackend(),
    async detect(source) {
      const result = await human.detect(source);
      const width = source instanceof HTMLVideoElement ? source.videoWidth : source.naturalWidth;
      const height = source instanceof HTMLVideoElement ? source.videoHeight : source.naturalHeight;
      const body = result.body[0];
      const landmarks: Record<string, { x: number; y: number; score: number }> = {};
      for (const k of body?.keypoints ?? []) {
        landmarks[toName(k.part)] = { x: k.position[0], y: k.position[1], score: k.score };
      }
      return { width, height, landmarks: landmarks as Landmarks };
    },
  };
}
