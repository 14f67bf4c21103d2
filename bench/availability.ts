// Availability engine benchmark: slots for 10 practitioners × 8 weeks with realistic bookings.
// Run: npx tsx bench/availability.ts   (writes bench/results/availability.json)
import { mkdirSync, writeFileSync } from 'node:fs';
import type {
  AvailabilityQuery,
  ExistingBooking,
  PractitionerSchedule,
  WeeklyHours,
} from '../src/domain/schedule/index.js';
import { availableSlots, isSlotAvailable } from '../src/domain/schedule/index.js';

const RUNS = 50;
// Chance of a booking at each free 15-minute step: ≈ 60 % of working time booked (incl. buffers).
const BOOKING_CHANCE = 0.25;
const WARMUP = 10;
const zone = 'America/Vancouver';

// Seeded PRNG so every run of the bench measures the same calendar.
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = mulberry32(8);

const weekdays = [1, 2, 3, 4, 5] as const;
const clinicHours: WeeklyHours = Object.fromEntries(
  weekdays.map((d) => [d, [{ start: '09:30', end: '19:00' }]]),
);
const shapes: WeeklyHours[] = [
  clinicHours,
  Object.fromEntries(
    weekdays.map((d) => [
      d,
      [
        { start: '09:30', end: '13:00' },
        { start: '14:00', end: '19:00' },
      ],
    ]),
  ),
  Object.fromEntries([1, 3, 5].map((d) => [d, [{ start: '09:30', end: '15:00' }]])),
  Object.fromEntries([2, 4].map((d) => [d, [{ start: '12:00', end: '19:00' }]])),
];

// 8 weeks from Monday 23 February 2026: crosses the 8 March spring-forward in Vancouver.
const from = '2026-02-23';
const to = '2026-04-19';
const fromMs = Date.parse('2026-02-23T08:00:00Z'); // local midnight (PST)

const practitioners: PractitionerSchedule[] = Array.from({ length: 10 }, (_, i) => ({
  id: `pr-${String(i).padStart(2, '0')}`,
  workingHours: shapes[i % shapes.length]!,
  timeOff: i === 3 ? [{ start: '2026-03-16T07:00:00Z', end: '2026-03-21T07:00:00Z' }] : [], // a week of leave
  serviceIds: ['physio-assessment', 'massage'],
}));

// About 60 % of working time booked: per practitioner-day, appointments of 30–90 minutes placed on a
// 15-minute grid between 09:30 and 19:00 local, skipping any that would collide.
const bookings: ExistingBooking[] = [];
for (const p of practitioners) {
  for (let day = 0; day < 56; day++) {
    const dayStart = fromMs + day * 86_400_000 + (day >= 14 ? -3_600_000 : 0); // PDT after 8 March
    const weekday = (day % 7) + 1;
    if (weekday > 5) continue;
    let cursor = dayStart + 9.5 * 3_600_000;
    const close = dayStart + 19 * 3_600_000;
    while (cursor < close) {
      const length = (2 + Math.floor(random() * 5)) * 15 * 60_000;
      if (random() < BOOKING_CHANCE && cursor + length <= close) {
        bookings.push({
          practitionerId: p.id,
          start: new Date(cursor).toISOString(),
          end: new Date(cursor + length).toISOString(),
          bufferBeforeMinutes: 0,
          bufferAfterMinutes: 10,
        });
        cursor += length + 10 * 60_000;
      } else {
        cursor += 15 * 60_000;
      }
    }
  }
}

const query: AvailabilityQuery = {
  clinic: {
    timeZone: zone,
    openingHours: clinicHours,
    overrides: [
      { date: '2026-04-03', ranges: [], reason: 'Good Friday' },
      { date: '2026-03-13', ranges: [{ start: '09:30', end: '14:00' }], reason: 'staff training' },
    ],
    rules: { minNoticeMinutes: 120, maxDaysAhead: 90, slotIntervalMinutes: 15 },
  },
  practitioners,
  service: { id: 'physio-assessment', durationMinutes: 45, bufferBeforeMinutes: 5, bufferAfterMinutes: 10 },
  bookings,
  from,
  to,
  now: '2026-02-23T17:00:00Z',
};

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { medianMs: at(0.5), p95Ms: at(0.95), minMs: sorted[0]!, maxMs: sorted.at(-1)! };
}

function time<T>(fn: () => T): [number, T] {
  const t0 = performance.now();
  const result = fn();
  return [performance.now() - t0, result];
}

function measure(q: AvailabilityQuery) {
  for (let i = 0; i < WARMUP; i++) availableSlots(q);
  const samples: number[] = [];
  let out = availableSlots(q);
  for (let i = 0; i < RUNS; i++) {
    const [ms, result] = time(() => availableSlots(q));
    samples.push(ms);
    out = result;
  }
  return { stats: stats(samples), slots: out };
}

const { stats: slotStats, slots } = measure(query);
// Upper bound on output size: the same 8 weeks with an empty calendar.
const empty = measure({ ...query, bookings: [] });
const bookedMs = bookings.reduce((sum, b) => sum + Date.parse(b.end) - Date.parse(b.start) + 10 * 60_000, 0);

// Validating one booking request (what the booking endpoint does before inserting).
const probe = slots[Math.floor(slots.length / 2)]!;
const checkSamples: number[] = [];
for (let i = 0; i < RUNS; i++) checkSamples.push(time(() => isSlotAvailable(query, probe))[0]);
const checkStats = stats(checkSamples);

const result = {
  benchmark: 'availability',
  description:
    '10 practitioners × 8 weeks (Mon–Fri 9:30–19:00, America/Vancouver, across the DST change), ~60 % booked',
  runs: RUNS,
  warmup: WARMUP,
  practitioners: practitioners.length,
  days: 56,
  bookings: bookings.length,
  bookedShareOfClinicHours: Math.round((bookedMs / (10 * 40 * 9.5 * 3_600_000)) * 100) / 100,
  slots: slots.length,
  availableSlots: slotStats,
  emptyCalendar: { slots: empty.slots.length, availableSlots: empty.stats },
  isSlotAvailable: checkStats,
  aimMedianMs: 20,
  meetsAim: slotStats.medianMs < 20,
  node: process.version,
  measuredAt: new Date().toISOString(),
};

const round = (n: number) => Math.round(n * 100) / 100;
console.log(
  `availableSlots: median ${round(slotStats.medianMs)} ms, p95 ${round(slotStats.p95Ms)} ms ` +
    `(${slots.length} slots, ${bookings.length} bookings, ${RUNS} runs; aim < 20 ms)`,
);
console.log(
  `empty calendar: median ${round(empty.stats.medianMs)} ms, p95 ${round(empty.stats.p95Ms)} ms (${empty.slots.length} slots)`,
);
console.log(`isSlotAvailable: median ${round(checkStats.medianMs)} ms, p95 ${round(checkStats.p95Ms)} ms`);
mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
writeFileSync(
  new URL('./results/availability.json', import.meta.url),
  `${JSON.stringify(result, null, 2)}\n`,
);
