/**
 * Reminder lead times a person can choose for their sessions in their own calendar (none is the
 * default). Apart from calendar.ts so the browser can offer them without ical-generator.
 */
export const REMINDER_CHOICES = [5, 15, 30, 60] as const;
export type ReminderMinutes = (typeof REMINDER_CHOICES)[number];
