import type { Language } from '../i18n.js';
import type { Change } from './change.js';
import type { WeeklySummary } from './weekly.js';

const num = (x: number, lang: Language) => (lang === 'es' ? String(x).replace('.', ',') : String(x));

/** One sentence on a change, e.g. "Your pain fell from 6 to 3: a change that matters." */
export function describeChange(c: Change, lang: Language): string {
  const from = num(c.from, lang);
  const to = num(c.to, lang);
  if (lang === 'es') {
    const what = c.measure === 'pain' ? 'Su dolor' : 'Su puntuación de actividades';
    if (c.direction === 'same') return `${what} sigue en ${from}: sin cambios.`;
    const verb =
      c.measure === 'pain'
        ? c.direction === 'better'
          ? 'bajó'
          : 'subió'
        : c.direction === 'better'
          ? 'subió'
          : 'bajó';
    const verdict = c.matters
      ? c.direction === 'better'
        ? 'una mejora que cuenta.'
        : 'un empeoramiento que cuenta; consulte a un profesional sanitario.'
      : 'todavía menos que el cambio mínimo que se nota en la vida diaria.';
    return `${what} ${verb} de ${from} a ${to}: ${verdict}`;
  }
  const what = c.measure === 'pain' ? 'Your pain' : 'Your activity score';
  if (c.direction === 'same') return `${what} stayed at ${from}: no change.`;
  const verb =
    c.measure === 'pain'
      ? c.direction === 'better'
        ? 'fell'
        : 'rose'
      : c.direction === 'better'
        ? 'rose'
        : 'fell';
  const verdict = c.matters
    ? c.direction === 'better'
      ? 'a change that matters.'
      : 'a change that matters; please see a health professional.'
    : 'less than the smallest change you would notice in daily life, so far.';
  return `${what} ${verb} from ${from} to ${to}: ${verdict}`;
}

/** The week in a few plain sentences. */
export function describeWeek(s: WeeklySummary, lang: Language): string[] {
  const es = lang === 'es';
  const out: string[] = [];
  if (s.checkins === 0) {
    out.push(es ? 'Esta semana no hay registros diarios.' : 'No daily check-ins this week.');
  } else {
    out.push(
      es
        ? `Registró ${s.checkins} de 7 días; dolor medio ${num(s.painMean ?? 0, lang)} de 10.`
        : `You checked in on ${s.checkins} of 7 days; average pain ${num(s.painMean ?? 0, lang)} out of 10.`,
    );
    if (s.painTrend !== 'unknown' && s.previousPainMean !== null) {
      const prev = num(s.previousPainMean, lang);
      const trend = {
        better: es ? `Menos que la semana anterior (${prev}).` : `Lower than the week before (${prev}).`,
        worse: es ? `Más que la semana anterior (${prev}).` : `Higher than the week before (${prev}).`,
        same: es
          ? `Parecido a la semana anterior (${prev}).`
          : `About the same as the week before (${prev}).`,
      }[s.painTrend];
      out.push(trend);
    }
    out.push(
      es
        ? `Caminó ${num(s.minutesWalkedMean ?? 0, lang)} min al día de media y estuvo sentado ${num(s.sittingHoursMean ?? 0, lang)} h, con ${num(s.sittingBreaksMean ?? 0, lang)} pausas.`
        : `You walked ${num(s.minutesWalkedMean ?? 0, lang)} min a day on average and sat for ${num(s.sittingHoursMean ?? 0, lang)} h, with ${num(s.sittingBreaksMean ?? 0, lang)} breaks.`,
    );
  }
  if (s.sessions.planned > 0) {
    out.push(
      es
        ? `Sesiones de ejercicio: ${s.sessions.done} de ${s.sessions.planned} previstas.`
        : `Exercise sessions: ${s.sessions.done} of ${s.sessions.planned} planned.`,
    );
  }
  return out;
}
