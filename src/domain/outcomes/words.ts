import type { Language, Localized } from '../i18n.js';
import type { Change } from './change.js';
import type { WeeklySummary } from './weekly.js';

type Direction = Change['direction'];

/** The sentences of one language; numbers arrive already written in its decimal style. */
interface Words {
  decimalSeparator: string;
  change: (c: Change, from: string, to: string) => string;
  noCheckins: string;
  checkins: (days: number, painMean: string) => string;
  trend: Record<Direction, (previous: string) => string>;
  habits: (walked: string, sat: string, breaks: string) => string;
  sessions: (done: number, planned: number) => string;
}

const rises = (c: Change) => (c.measure === 'pain') !== (c.direction === 'better');

const WORDS: Localized<Words> = {
  en: {
    decimalSeparator: '.',
    change: (c, from, to) => {
      const what = c.measure === 'pain' ? 'Your pain' : 'Your activity score';
      if (c.direction === 'same') return `${what} stayed at ${from}: no change.`;
      const verdict = c.matters
        ? c.direction === 'better'
          ? 'a change that matters.'
          : 'a change that matters; please see a health professional.'
        : 'less than the smallest change you would notice in daily life, so far.';
      return `${what} ${rises(c) ? 'rose' : 'fell'} from ${from} to ${to}: ${verdict}`;
    },
    noCheckins: 'No daily check-ins this week.',
    checkins: (days, pain) => `You checked in on ${days} of 7 days; average pain ${pain} out of 10.`,
    trend: {
      better: (prev) => `Lower than the week before (${prev}).`,
      worse: (prev) => `Higher than the week before (${prev}).`,
      same: (prev) => `About the same as the week before (${prev}).`,
    },
    habits: (walked, sat, breaks) =>
      `You walked ${walked} min a day on average and sat for ${sat} h, with ${breaks} breaks.`,
    sessions: (done, planned) => `Exercise sessions: ${done} of ${planned} planned.`,
  },
  es: {
    decimalSeparator: ',',
    change: (c, from, to) => {
      const what = c.measure === 'pain' ? 'Tu dolor' : 'Tu puntuación de actividades';
      if (c.direction === 'same') return `${what} sigue en ${from}: sin cambios.`;
      const verdict = c.matters
        ? c.direction === 'better'
          ? 'una mejora que cuenta.'
          : 'un empeoramiento que cuenta; consulta a un profesional sanitario.'
        : 'todavía menos que el cambio mínimo que se nota en la vida diaria.';
      return `${what} ${rises(c) ? 'subió' : 'bajó'} de ${from} a ${to}: ${verdict}`;
    },
    noCheckins: 'Esta semana no hay registros diarios.',
    checkins: (days, pain) => `Registraste ${days} de 7 días; dolor medio ${pain} de 10.`,
    trend: {
      better: (prev) => `Menos que la semana anterior (${prev}).`,
      worse: (prev) => `Más que la semana anterior (${prev}).`,
      same: (prev) => `Parecido a la semana anterior (${prev}).`,
    },
    habits: (walked, sat, breaks) =>
      `Caminaste ${walked} min al día de media y estuviste sentado ${sat} h, con ${breaks} pausas.`,
    sessions: (done, planned) => `Sesiones de ejercicio: ${done} de ${planned} previstas.`,
  },
};

const num = (x: number, lang: Language) => String(x).replace('.', WORDS[lang].decimalSeparator);

/** One sentence on a change, e.g. "Your pain fell from 6 to 3: a change that matters." */
export function describeChange(c: Change, lang: Language): string {
  return WORDS[lang].change(c, num(c.from, lang), num(c.to, lang));
}

/** The week in a few plain sentences. */
export function describeWeek(s: WeeklySummary, lang: Language): string[] {
  const w = WORDS[lang];
  const out: string[] = [];
  if (s.checkins === 0) {
    out.push(w.noCheckins);
  } else {
    out.push(w.checkins(s.checkins, num(s.painMean ?? 0, lang)));
    if (s.painTrend !== 'unknown' && s.previousPainMean !== null) {
      out.push(w.trend[s.painTrend](num(s.previousPainMean, lang)));
    }
    out.push(
      w.habits(
        num(s.minutesWalkedMean ?? 0, lang),
        num(s.sittingHoursMean ?? 0, lang),
        num(s.sittingBreaksMean ?? 0, lang),
      ),
    );
  }
  if (s.sessions.planned > 0) out.push(w.sessions(s.sessions.done, s.sessions.planned));
  return out;
}
