import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { availableSlots } from '../../domain/schedule/index.js';
import { availabilityQuery } from '../../domain/schedule/testing/arbitraries.js';
import { answerValidUntil } from './availability.js';

/**
 * A cached availability answer is served until answerValidUntil; at any moment before that the
 * engine itself must give the very same answer (same clinic, same bookings).
 */
describe('cached availability answers', () => {
  it('equal the engine’s answer at every moment before they expire', () => {
    fc.assert(
      fc.property(availabilityQuery, fc.double({ min: 0, max: 1, noNaN: true }), (q, fraction) => {
        const slots = availableSlots(q);
        const nowMs = Date.parse(q.now);
        const until = answerValidUntil(
          { timeZone: q.clinic.timeZone, minNoticeMinutes: q.clinic.rules.minNoticeMinutes },
          slots,
          new Date(nowMs),
        );
        if (until <= nowMs) return; // expired at once: never served from the cache
        const later = nowMs + Math.floor((until - 1 - nowMs) * fraction);
        expect(availableSlots({ ...q, now: new Date(later).toISOString() })).toEqual(slots);
      }),
      { numRuns: 300 },
    );
  });
});
