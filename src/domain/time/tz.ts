// The IANA time-zone rules, owned by the domain instead of read from the host (Node's ICU and
// each browser carry their own, often different, copies). The data is tzdata.generated.ts, made
// by scripts/tzdata.mjs from the moment-timezone package; see docs/schedule.md § Time zones.
import { LINKS, ZONES } from './tzdata.generated.js';

/** A zone's offsets as periods: `offsets[i]` (ms to add to UTC) holds until `ends[i]`. */
export interface ZoneRules {
  readonly name: string;
  readonly offsets: readonly number[];
  /** Ascending; the last is Infinity. */
  readonly ends: readonly number[];
}

/** One change of offset: at the instant `at`, `before` gives way to `after` (ms east of UTC). */
export interface ZoneTransition {
  at: number;
  before: number;
  after: number;
}

const rulesCache = new Map<string, ZoneRules | null>();

let lowerCaseNames: Map<string, string> | undefined;

/** The canonical name of a zone or link, matched without regard to case as Intl does; or null. */
function canonicalName(zone: string): string | null {
  if (Object.hasOwn(ZONES, zone)) return zone;
  if (Object.hasOwn(LINKS, zone)) return LINKS[zone]!;
  if (!lowerCaseNames) {
    lowerCaseNames = new Map();
    for (const name of Object.keys(ZONES)) lowerCaseNames.set(name.toLowerCase(), name);
    for (const [alias, target] of Object.entries(LINKS)) lowerCaseNames.set(alias.toLowerCase(), target);
  }
  return lowerCaseNames.get(zone.toLowerCase()) ?? null;
}

function unpack(name: string, packed: string): ZoneRules {
  const [offsetsText = '', indicesText = '', untilsText = ''] = packed.split('|');
  const table = offsetsText.split(' ').map((o) => Number.parseInt(o, 36) * 1000);
  const deltas = untilsText === '' ? [] : untilsText.split(' ').map((u) => Number.parseInt(u, 36));
  const offsets: number[] = [];
  const ends: number[] = [];
  let seconds = 0;
  for (let i = 0; i < indicesText.length; i++) {
    offsets.push(table[Number.parseInt(indicesText[i]!, 36)]!);
    if (i < deltas.length) {
      seconds += deltas[i]!;
      ends.push(seconds * 1000);
    } else ends.push(Number.POSITIVE_INFINITY);
  }
  return { name, offsets, ends };
}

/** The rules of an IANA zone (or one of its aliases), or null when the data does not know it. */
export function zoneRules(zone: string): ZoneRules | null {
  let rules = rulesCache.get(zone);
  if (rules === undefined) {
    const name = canonicalName(zone);
    rules = name === null ? null : unpack(name, ZONES[name]!);
    if (rulesCache.size < 1000) rulesCache.set(zone, rules);
  }
  return rules;
}

/** Throws a RangeError naming the zone: an unknown zone is a mistake to report, never UTC. */
export function rulesOf(zone: string): ZoneRules {
  const rules = zoneRules(zone);
  if (!rules) throw new RangeError(`unknown time zone: ${zone}`);
  return rules;
}

/** Index of the period holding the instant (the first whose end is after it). */
function periodAt(rules: ZoneRules, epochMs: number): number {
  let lo = 0;
  let hi = rules.ends.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rules.ends[mid]! > epochMs) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Milliseconds to add to UTC to read the zone's wall clock at the instant. */
export function offsetAt(rules: ZoneRules, epochMs: number): number {
  return rules.offsets[periodAt(rules, epochMs)]!;
}

/** The zone's wall clock at the instant, as milliseconds read as if UTC ("wall milliseconds"). */
export const wallMsAt = (rules: ZoneRules, epochMs: number): number => epochMs + offsetAt(rules, epochMs);

/** The changes of offset after `fromMs` and at or before `toMs`, in order. */
export function transitionsBetween(rules: ZoneRules, fromMs: number, toMs: number): ZoneTransition[] {
  const out: ZoneTransition[] = [];
  for (let i = periodAt(rules, fromMs); i < rules.ends.length - 1 && rules.ends[i]! <= toMs; i++) {
    out.push({ at: rules.ends[i]!, before: rules.offsets[i]!, after: rules.offsets[i + 1]! });
  }
  return out;
}

const SEARCH_MS = 2 * 86_400_000; // wider than any offset (±14 h) and any change of one

/** Temporal's names: which instant a wall time means when the clock shows it twice or never. */
export type Disambiguation = 'compatible' | 'earlier' | 'later';

/**
 * The instant the zone's clock shows a wall time, disambiguated as Temporal does. A time shown
 * twice (fall-back): the earlier instant, or the later with 'later'. A time skipped
 * (spring-forward gap): read with the offset before the gap, so that long after the jump
 * (02:30 → 03:30) with 'compatible' and 'later'; with the offset after it, so just before the
 * jump (02:30 → 01:30), with 'earlier'.
 */
export function instantOfWall(rules: ZoneRules, wallMs: number, pick: Disambiguation = 'compatible'): number {
  const first = periodAt(rules, wallMs - SEARCH_MS);
  const last = periodAt(rules, wallMs + SEARCH_MS);
  let found = Number.NaN;
  for (let i = first; i <= last; i++) {
    const t = wallMs - rules.offsets[i]!;
    const start = i === 0 ? Number.NEGATIVE_INFINITY : rules.ends[i - 1]!;
    if (t >= start && t < rules.ends[i]!) {
      if (pick !== 'later') return t;
      found = t;
    }
  }
  if (!Number.isNaN(found)) return found;
  // In a gap: the period whose offset, applied to the wall time, overshoots its end.
  for (let i = first; i < last; i++) {
    const t = wallMs - rules.offsets[i]!;
    if (t >= rules.ends[i]! && t < rules.ends[i]! + SEARCH_MS) {
      return pick === 'earlier' ? wallMs - rules.offsets[i + 1]! : t;
    }
  }
  throw new RangeError('wall time not found'); // unreachable for real zone data
}
