import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { formatInZone } from './format.js';
import { instantOfWall, offsetAt, rulesOf, transitionsBetween, wallMsAt, zoneRules } from './tz.js';
import { TZDATA_VERSION } from './tzdata.generated.js';
import { isTimeZone, localDate, localTime, startOfDay, zonedInstant } from './zone.js';

const HOUR = 3_600_000;
const instants = fc.integer({ min: Date.parse('1990-01-01'), max: Date.parse('2037-12-31') });
const DST_ZONES = ['Europe/Madrid', 'America/Santiago', 'Australia/Lord_Howe', 'America/St_Johns'];

describe('the domain’s own time-zone rules', () => {
  it('know that British Columbia keeps UTC−7 from 2026 (tzdata 2026a and later)', () => {
    expect(TZDATA_VERSION >= '2026a').toBe(true);
    const instant = '2026-12-07T17:30:00Z';
    expect(localTime(instant, 'America/Vancouver')).toBe('10:30');
    expect(localDate(instant, 'America/Vancouver')).toBe('2026-12-07');
    expect(offsetAt(rulesOf('America/Vancouver'), Date.parse(instant))).toBe(-7 * HOUR);
    expect(zonedInstant('2026-12-07', '09:30', 'America/Vancouver').toISOString()).toBe(
      '2026-12-07T16:30:00.000Z',
    );
    expect(formatInZone(instant, 'America/Vancouver', 'en-GB', { hour: '2-digit', minute: '2-digit' })).toBe(
      '10:30',
    );
    // "Today" turns at 07:00 UTC there now, not 08:00.
    expect(localDate('2026-12-07T07:00:00Z', 'America/Vancouver')).toBe('2026-12-07');
    expect(localDate('2026-12-07T06:59:59Z', 'America/Vancouver')).toBe('2026-12-06');
    // The last transitions: fall-back on 2 November 2025, spring-forward on 8 March 2026, then none.
    const rules = rulesOf('America/Vancouver');
    expect(transitionsBetween(rules, Date.parse('2025-06-01'), Date.parse('2035-01-01'))).toEqual([
      { at: Date.parse('2025-11-02T09:00:00Z'), before: -7 * HOUR, after: -8 * HOUR },
      { at: Date.parse('2026-03-08T10:00:00Z'), before: -8 * HOUR, after: -7 * HOUR },
    ]);
  });

  it('agree with this host’s Intl and Temporal on zones whose rules did not change since its data', () => {
    fc.assert(
      fc.property(instants, fc.constantFrom(...DST_ZONES, 'Asia/Kolkata', 'Pacific/Chatham'), (ms, zone) => {
        const temporal = Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(zone);
        expect(offsetAt(rulesOf(zone), ms)).toBe(temporal.offsetNanoseconds / 1e6);
        const next = temporal.getTimeZoneTransition('next');
        const ours = transitionsBetween(rulesOf(zone), ms, ms + 400 * 24 * HOUR)[0];
        if (next && next.epochMilliseconds <= ms + 400 * 24 * HOUR)
          expect(ours?.at).toBe(next.epochMilliseconds);
        else expect(ours).toBeUndefined();
      }),
      { numRuns: 1000 },
    );
  });

  it('round-trip instants through the wall clock (the later of a repeated time is asked as later)', () => {
    fc.assert(
      fc.property(instants, fc.constantFrom(...DST_ZONES), (ms, zone) => {
        const rules = rulesOf(zone);
        const wall = wallMsAt(rules, ms);
        const earlier = instantOfWall(rules, wall, 'earlier');
        const later = instantOfWall(rules, wall, 'later');
        expect([earlier, later]).toContain(ms);
        expect(instantOfWall(rules, wall)).toBe(earlier);
        expect(wallMsAt(rules, earlier)).toBe(wall);
        expect(wallMsAt(rules, later)).toBe(wall);
      }),
      { numRuns: 2000 },
    );
  });

  it('place every wall time on an instant, as Temporal does, skipped ones included', () => {
    const walls = fc.integer({
      min: Date.parse('1990-01-01') / 60_000,
      max: Date.parse('2037-12-31') / 60_000,
    });
    const aroundTransitions = fc
      .tuple(
        fc.constantFrom(...DST_ZONES),
        fc.integer({ min: 1990, max: 2037 }),
        fc.integer({ min: -3, max: 3 }),
      )
      .map(([zone, year, d]) => {
        const t = transitionsBetween(rulesOf(zone), Date.UTC(year, 0, 1), Date.UTC(year, 11, 31));
        const at = t.length ? t[0]!.at + t[0]!.before : Date.UTC(year, 5, 1);
        return [zone, Math.round(at / 60_000) + d * 15] as const;
      });
    fc.assert(
      fc.property(
        fc.oneof(fc.tuple(fc.constantFrom(...DST_ZONES), walls), aroundTransitions),
        fc.constantFrom('compatible', 'earlier', 'later') as fc.Arbitrary<'compatible' | 'earlier' | 'later'>,
        ([zone, minutes], pick) => {
          const wallMs = minutes * 60_000;
          const pdt = Temporal.PlainDateTime.from(new Date(wallMs).toISOString().slice(0, 16));
          const expected = pdt.toZonedDateTime(zone, { disambiguation: pick }).epochMilliseconds;
          const rules = rulesOf(zone);
          const ms = instantOfWall(rules, wallMs, pick);
          expect(ms).toBe(expected);
          // A wall time that exists comes back unchanged; a skipped one moves by the gap.
          const back = wallMsAt(rules, ms);
          if (back !== wallMs) {
            const gap = transitionsBetween(rules, ms - 2 * 24 * HOUR, ms + 2 * 24 * HOUR).find(
              (t) => t.at + t.before <= wallMs && wallMs < t.at + t.after,
            );
            expect(gap).toBeDefined();
            expect(Math.abs(back - wallMs)).toBe(gap!.after - gap!.before);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('handle Santiago’s midnight DST: the day starts at 01:00 when 00:00 is skipped', () => {
    expect(startOfDay('2026-09-06', 'America/Santiago').toISOString()).toBe('2026-09-06T04:00:00.000Z');
    expect(localTime('2026-09-06T04:00:00Z', 'America/Santiago')).toBe('01:00');
    // In April 23:00–24:00 on the 4th repeats: the earlier one by default, the later on request.
    expect(zonedInstant('2026-04-04', '23:30', 'America/Santiago').toISOString()).toBe(
      '2026-04-05T02:30:00.000Z',
    );
    expect(zonedInstant('2026-04-04', '23:30', 'America/Santiago', 'later').toISOString()).toBe(
      '2026-04-05T03:30:00.000Z',
    );
  });

  it('move a skipped wall time forward by default, as the calendar feed and the demo data expect', () => {
    // Madrid, 29 March 2026: 02:00 becomes 03:00, so 02:30 never shows.
    expect(zonedInstant('2026-03-29', '02:30', 'Europe/Madrid').toISOString()).toBe(
      '2026-03-29T01:30:00.000Z',
    );
    expect(zonedInstant('2026-03-29', '02:30', 'Europe/Madrid', 'later').toISOString()).toBe(
      '2026-03-29T01:30:00.000Z',
    );
    expect(zonedInstant('2026-03-29', '02:30', 'Europe/Madrid', 'earlier').toISOString()).toBe(
      '2026-03-29T00:30:00.000Z',
    );
    expect(localTime(zonedInstant('2026-03-29', '02:30', 'Europe/Madrid'), 'Europe/Madrid')).toBe('03:30');
    expect(() => zonedInstant('2026-03-29', '24:00', 'Europe/Madrid')).toThrow(RangeError);
  });

  it('know zones and their aliases, in any case, and nothing else', () => {
    expect(isTimeZone('America/Vancouver')).toBe(true);
    expect(isTimeZone('Canada/Pacific')).toBe(true);
    expect(isTimeZone('america/vancouver')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('Etc/GMT-14')).toBe(true);
    expect(isTimeZone('Asia/Calcutta')).toBe(true);
    expect(isTimeZone('Nowhere/Atlantis')).toBe(false);
    expect(isTimeZone('+05:00')).toBe(false);
    expect(isTimeZone('')).toBe(false);
    expect(isTimeZone('toString')).toBe(false);
    expect(isTimeZone('__proto__')).toBe(false);
    expect(zoneRules('Canada/Pacific')?.name).toBe('America/Vancouver');
    expect(() => rulesOf('Nowhere/Atlantis')).toThrow(RangeError);
    expect(() => formatInZone(0, 'Nowhere/Atlantis', 'en', { hour: 'numeric' })).toThrow(/unknown time zone/);
  });

  it('format in the zone by the domain’s rules, whatever the host’s data says', () => {
    const at = '2026-12-07T17:30:00Z';
    const when = {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      hour: '2-digit',
      minute: '2-digit',
    } as const;
    expect(formatInZone(at, 'America/Vancouver', 'en-CA', when)).toMatch(/Monday, December 7.*10:30/);
    expect(formatInZone(at, 'America/Vancouver', 'es-ES', when)).toMatch(/lunes, 7 de diciembre.*10:30/);
    expect(formatInZone(at, 'Europe/Madrid', 'es-ES', { hour: '2-digit', minute: '2-digit' })).toBe('18:30');
  });
});
