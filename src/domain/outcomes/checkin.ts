import { z } from 'zod';
import { isPlainDate } from '../time/index.js';

/** Water is counted in glasses of 250 ml: a tap per glass is quicker on a phone than litres. */
export const GLASS_LITRES = 0.25;
export const NOTE_MAX_LENGTH = 500;

/** What a person records once a day. Fields the person leaves alone keep yesterday's values. */
export const checkinFieldsSchema = z
  .object({
    painNow: z.number().int().min(0).max(10),
    minutesWalked: z.number().int().min(0).max(600),
    sittingHours: z.number().min(0).max(24).multipleOf(0.5),
    sittingBreaks: z.number().int().min(0).max(100),
    waterGlasses: z.number().int().min(0).max(40),
    stress: z.number().int().min(0).max(10),
    classAttended: z.boolean(),
    note: z.string().trim().max(NOTE_MAX_LENGTH).default(''),
  })
  .strict();

export type CheckinFields = z.infer<typeof checkinFieldsSchema>;
export interface Checkin extends CheckinFields {
  date: string;
}

export const plainDateSchema = z.string().refine(isPlainDate, 'expected a date as YYYY-MM-DD');

/** Values a new day's form starts from: yesterday's (or the latest) check-in, else neutral ones. */
export function checkinDefaults(latest: CheckinFields | undefined): CheckinFields {
  if (latest) {
    const { painNow, minutesWalked, sittingHours, sittingBreaks, waterGlasses, stress, classAttended } =
      latest;
    return {
      painNow,
      minutesWalked,
      sittingHours,
      sittingBreaks,
      waterGlasses,
      stress,
      classAttended,
      note: '',
    };
  }
  return {
    painNow: 0,
    minutesWalked: 0,
    sittingHours: 0,
    sittingBreaks: 0,
    waterGlasses: 0,
    stress: 0,
    classAttended: false,
    note: '',
  };
}
