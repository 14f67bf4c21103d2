import { describe, expect, it } from 'vitest';
import { EXERCISE_IDS, exercises } from '../content/index.js';
import { animationFor, holdPose, PSOAS_STRETCH_IDS, psoasLength, standingPose } from './index.js';

// The content library and the figures are written separately; these checks keep them in step.
describe('figures for the content library', () => {
  it('has an animation for every exercise of the library', () => {
    for (const id of EXERCISE_IDS) expect(animationFor(id), id).toBeDefined();
  });

  it('draws the equipment each exercise says it needs', () => {
    for (const e of exercises) {
      const props = animationFor(e.id)!.props as string[];
      for (const item of e.equipment.filter((q) => q !== 'none'))
        expect(props, `${e.id} ${item}`).toContain(item);
    }
  });

  it('lengthens the psoas in the hold pose of every library stretch that targets the psoas', () => {
    const psoasStretches = exercises.filter((e) => e.purpose === 'stretch' && e.targets.includes('psoas'));
    expect(psoasStretches.length).toBeGreaterThanOrEqual(6);
    for (const e of psoasStretches) {
      expect(PSOAS_STRETCH_IDS as readonly string[], e.id).toContain(e.id);
      const animation = animationFor(e.id)!;
      const side = animation.side ?? 'near';
      expect(psoasLength(holdPose(animation), side), e.id).toBeGreaterThan(psoasLength(standingPose, side));
    }
  });
});
