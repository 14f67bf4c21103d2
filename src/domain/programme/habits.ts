import type { AssessmentResult } from '../assessment/result.js';
import type { Habits } from './types.js';

/** Daily walking goal (article "Is your Psoas causing your back pain?"). */
export const WALK_MINUTES_PER_DAY = 30;
/** Our default for drinks a day; the articles stress hydration without a figure. */
export const WATER_LITRES_PER_DAY = 1.5;

/**
 * Minutes between sitting breaks: 4 h or more of sitting a day counts as prolonged ("The Psoas
 * Muscle and your Back Health"), so heavy sitters get up more often than the hourly baseline.
 */
export function sittingBreakMinutes(sittingHours: number | null): number {
  if (sittingHours === null) return 60;
  if (sittingHours >= 8) return 30;
  if (sittingHours >= 4) return 45;
  return 60;
}

export function habitsFor(result: AssessmentResult, pregnant: boolean): Habits {
  const every = sittingBreakMinutes(result.sittingHoursPerDay);
  const notes = [
    {
      en: `Walk for ${WALK_MINUTES_PER_DAY} minutes every day, in one go or in shorter stretches.`,
      es: `Camina ${WALK_MINUTES_PER_DAY} minutos cada día, de una vez o en tramos más cortos.`,
    },
    {
      en: `When sitting, stand up and move for a minute or two every ${every} minutes, and keep your legs uncrossed.`,
      es: `Cuando estés sentado, levántate y muévete uno o dos minutos cada ${every} minutos, y no cruces las piernas.`,
    },
    {
      en: `Drink about ${WATER_LITRES_PER_DAY} litres over the day, more when it is hot or you sweat; follow your doctor if you were told to limit fluids.`,
      es: `Bebe alrededor de ${WATER_LITRES_PER_DAY} litros a lo largo del día, más si hace calor o sudas; si tu médico te ha pedido limitar líquidos, sigue su indicación.`,
    },
    pregnant
      ? {
          en: 'Once a week, join a class designed for pregnancy, such as prenatal yoga or pilates.',
          es: 'Una vez por semana, ve a una clase pensada para el embarazo, como yoga o pilates prenatal.',
        }
      : {
          en: 'Once a week, take a yoga, pilates, tai chi or similar class with a teacher.',
          es: 'Una vez por semana, asista a una clase de yoga, pilates, taichí o similar con profesor.',
        },
  ];
  return {
    walkMinutesPerDay: WALK_MINUTES_PER_DAY,
    sittingBreakEveryMinutes: every,
    waterLitresPerDay: WATER_LITRES_PER_DAY,
    weeklyClass: true,
    notes,
  };
}
