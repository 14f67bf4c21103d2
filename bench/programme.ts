// Programme generator benchmark: median time to generate a six-week programme (1,000 runs each).
// Run: npx tsx bench/programme.ts   (writes bench/results/programme.json)
import { performance } from 'node:perf_hooks';
import { programmeCalendar } from '../src/domain/programme/calendar.js';
import { generateProgramme, type History, type Preferences } from '../src/domain/programme/index.js';
import { resultFrom } from '../src/domain/programme/testing/arbitraries.js';
import { summarise, writeResults } from './lib.mjs';

const RUNS = 1000;
const WARMUP = 100;

// The heaviest ordinary case: a daily programme (sits 9 h a day), both patterns, every piece of
// equipment, so every exercise is a candidate in every one of the 42 sessions.
const result = resultFrom({
  selfCareAllowed: true,
  redFlags: [],
  pattern: 'both',
  restrictions: ['foam-rolling-with-care'],
  sittingHoursPerDay: 9,
  pregnancyWeeks: null,
  painNow: 3,
});
const prefs: Preferences = {
  minutesPerSession: 45,
  daysPerWeek: 7,
  equipment: ['chair', 'table', 'exercise-ball', 'foam-roller', 'mat', 'ankle-weights'],
  startDate: '2026-03-02',
  timeZone: 'Europe/Madrid',
  language: 'en',
};
// Three weeks of played sessions, every third one reporting pain, plus worse-day check-ins.
const history: History = {
  results: Array.from({ length: 21 }, (_, d) => {
    const date = `2026-03-${String(2 + d).padStart(2, '0')}`;
    return {
      clientId: `00000000-0000-4000-8000-${String(d).padStart(12, '0')}`,
      sessionId: `s-${date}`,
      completedAt: `${date}T18:30:00Z`,
      blocks: [
        { exerciseId: 'bridge', completed: true },
        {
          exerciseId: d % 3 === 0 ? 'clamshell' : 'kneeling-lunge',
          completed: true,
          ...(d % 3 === 0 ? { pain: { where: 'hip', level: 5 } } : {}),
        },
      ],
      effort: 5,
      painNow: d % 7 === 0 ? 6 : 3,
    };
  }),
  checkins: [{ date: '2026-03-10', painNow: 6 }],
};

function measure(fn: () => unknown): number[] {
  for (let i = 0; i < WARMUP; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    fn();
    times.push((performance.now() - t0) * 1000);
  }
  return times;
}

const sessions = generateProgramme(result, prefs).sessions.length;
const plain = summarise(measure(() => generateProgramme(result, prefs)));
const withHistory = summarise(measure(() => generateProgramme(result, prefs, history)));
const programme = generateProgramme(result, prefs, history);
const calendar = summarise(
  measure(() => programmeCalendar(programme, { programmeId: 'bench', stamp: new Date(0), sequence: 0 })),
);

writeResults('programme', [
  { name: `generate programme (${sessions} sessions, no history)`, unit: 'µs', ...plain, aim: '< 5000 µs' },
  { name: 'generate programme (21 results with pain reports)', unit: 'µs', ...withHistory, aim: '< 5000 µs' },
  { name: `render iCalendar (${sessions} sessions)`, unit: 'µs', ...calendar },
]);
