import { describe, expect, it } from 'vitest';
import { dosageSeries } from './dosage-series.js';

describe('dosage series', () => {
  it('turns each planned dose into one amount per date, per exercise, in date order', () => {
    const bridge = (reps: number) => ({
      exerciseId: 'bridge',
      dose: { sets: 2, reps, perSide: false, restSeconds: 30 },
    });
    const lunge = { exerciseId: 'lunge', dose: { sets: 3, holdSeconds: 30, perSide: true, restSeconds: 15 } };
    const series = dosageSeries([
      { date: '2026-11-09', blocks: [bridge(12)] },
      { date: '2026-11-02', blocks: [bridge(10), lunge] },
    ]);
    expect(series.get('bridge')).toEqual([
      { date: '2026-11-02', amount: 20, unit: 'reps' },
      { date: '2026-11-09', amount: 24, unit: 'reps' },
    ]);
    expect(series.get('lunge')).toEqual([{ date: '2026-11-02', amount: 180, unit: 'seconds' }]);
  });
});
