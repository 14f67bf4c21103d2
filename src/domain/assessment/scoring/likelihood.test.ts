import { describe, expect, it } from 'vitest';
import type { Answers } from '../answers.js';
import { psoasLikelihood } from './likelihood.js';

// The three stories that 1.0.0 rated too low, with only the answers the story names.
describe('likelihood calibration (scoring 2.0.0)', () => {
  it('a classic sitter: most of the day seated, worse lying flat, one leg shorter, lunge and Thomas tight → high', () => {
    const sitter: Answers = {
      'pain-areas': ['lower-back'],
      'pain-worse-with': ['lying-on-back'],
      symptoms: ['twisted-pelvis'],
      'sitting-hours': 7,
      'test-lunge': 'tight',
      'test-thomas': 'tight',
    };
    expect(psoasLikelihood(sitter).level).toBe('high');
    // The tight Thomas test, the most specific of the three, carries most of that weight.
    expect(psoasLikelihood({ ...sitter, 'test-thomas': 'comfortable' }).level).toBe('moderate');
  });

  it('a runner: front-hip ache after runs, thigh hard to take back, tight Thomas → high', () => {
    const runner: Answers = {
      'pain-areas': ['front-hip'],
      symptoms: ['front-hip-ache', 'thigh-back-restricted'],
      'running-cycling-hours': 4,
      'test-thomas': 'tight',
    };
    expect(psoasLikelihood(runner).level).toBe('high');
    expect(psoasLikelihood(runner).because.answers).toContain('running-cycling-hours');
  });

  it('a pregnant desk worker with pelvic ache → moderate, not low', () => {
    const pregnant: Answers = {
      'pain-areas': ['lower-back'],
      symptoms: ['deep-pelvic-pain'],
      'sitting-hours': 8,
      pregnant: true,
    };
    expect(psoasLikelihood(pregnant).level).toBe('moderate');
    expect(psoasLikelihood({ ...pregnant, pregnant: false }).level).toBe('low');
  });

  it('a mechanism alone never makes the psoas likely', () => {
    expect(psoasLikelihood({ 'sitting-hours': 12, 'running-cycling-hours': 20, pregnant: true }).level).toBe(
      'moderate',
    );
    expect(psoasLikelihood({ 'sitting-hours': 12, 'pain-areas': ['lower-back'] }).level).toBe('low');
  });

  it('sciatica signs lower the level by one step, and say so', () => {
    const high: Answers = {
      'pain-areas': ['front-hip', 'groin'],
      symptoms: ['front-hip-ache'],
      'test-thomas': 'tight',
    };
    expect(psoasLikelihood(high).level).toBe('high');
    const nerve = psoasLikelihood({ ...high, 'leg-nerve-signs': ['pins-needles'] });
    expect(nerve.level).toBe('moderate');
    expect(nerve.because.text.en).toMatch(/nerve/);
    expect(nerve.because.sources).toContain('nice-cks-sciatica');
  });
});
