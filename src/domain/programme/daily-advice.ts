import type { AssessmentResult } from '../assessment/result.js';
import type { SourceId } from '../content/types.js';
import { type Localized, t } from '../i18n.js';
import type { DailyAdvice, Preferences } from './types.js';

/** 4 h or more of sitting a day is prolonged sitting ("The Psoas Muscle and your Back Health"). */
export const DAILY_FROM_SITTING_HOURS = 4;

/**
 * Daily sessions are recommended, never imposed: the plan follows the days the person chose, and
 * this says why a session every day would suit them better.
 */
export function dailyAdviceFor(result: AssessmentResult, sessionsPerWeek: number): DailyAdvice | undefined {
  const hours = result.sittingHoursPerDay;
  if (hours === null || hours < DAILY_FROM_SITTING_HOURS || sessionsPerWeek >= 7) return undefined;
  return { reason: 'long-sitting', sittingHoursPerDay: hours };
}

/** Sessions a week the preferences ask for: the chosen weekdays, else the number of days. */
export const sessionsPerWeekOf = (prefs: Preferences): number => prefs.weekdays?.length ?? prefs.daysPerWeek;

export const DAILY_ADVICE_TEXT: { title: Localized; why: Localized; choice: Localized; sources: SourceId[] } =
  {
    title: t('A short session every day would suit you better', 'Te iría mejor una sesión corta cada día'),
    why: t(
      'You sit for 4 hours or more a day. All that sitting keeps the muscles at the front of your hip, the psoas among them, short every single day, so a little stretching every day undoes it better than longer sessions a few days a week.',
      'Pasas 4 horas o más al día en una silla. Tanto tiempo así mantiene acortados cada día los músculos de la parte delantera de la cadera, entre ellos el psoas; por eso un poco de estiramiento a diario lo compensa mejor que sesiones más largas unos pocos días a la semana.',
    ),
    choice: t(
      'Your plan follows the days you chose. You can switch to daily sessions whenever you like.',
      'Tu plan sigue los días que elegiste. Puedes pasar a sesiones diarias cuando quieras.',
    ),
    sources: ['psoas-back-health'],
  };
