import ical, { ICalAlarmType } from 'ical-generator';
import { exerciseById } from '../content/index.js';
import type { Language, Localized } from '../i18n.js';
import { addDays, zonedInstant } from '../time/index.js';
import { REMINDER_CHOICES, type ReminderMinutes } from './calendar-reminders.js';
import type { Block, Programme, Session } from './types.js';

// Kept out of index.ts on purpose: the browser bundle has no use for ical-generator.

export const DEFAULT_SESSION_TIME = '18:00';
export { REMINDER_CHOICES, type ReminderMinutes };

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

export const isSessionTime = (value: string): boolean => TIME.test(value);

export interface CalendarOptions {
  /** Stable id of the stored programme, part of every event UID so updates replace events. */
  programmeId: string;
  /** Local wall-clock time of each session in the programme's time zone, 'HH:MM'. */
  sessionTime?: string;
  /**
   * When the plan or the calendar settings last changed: every event's DTSTAMP and LAST-MODIFIED
   * (passed in to keep this pure, and stored so that every copy of one state is the same file).
   */
  stamp: Date;
  /**
   * Every event's SEQUENCE: the stored count of changes to the plan or the calendar settings, so
   * a calendar app replaces the events it holds when a session's time or the plan changes.
   */
  sequence: number;
  /** A reminder this many minutes before each session; none when null or absent. */
  reminderMinutes?: ReminderMinutes | null;
  /** Link back to the programme page, shown in each event. */
  url?: string;
}

const T = {
  en: {
    calendar: 'Psoas home programme',
    session: (s: Session) => `Psoas exercises: week ${s.week} (${s.plannedMinutes} min)`,
    reassess: (week: number) => `Psoas programme: time to reassess (week ${week})`,
    reassessText:
      'Answer the assessment again to see what has changed and adjust the programme. See a professional if things are not improving.',
    walk: 'Walk',
    breathe: 'Calm breathing',
    perSide: ' per side',
    reps: 'reps',
    ankleWeights: ', ankle weights',
  },
  es: {
    calendar: 'Programa en casa para el psoas',
    session: (s: Session) => `Ejercicios para el psoas: semana ${s.week} (${s.plannedMinutes} min)`,
    reassess: (week: number) => `Programa psoas: toca reevaluar (semana ${week})`,
    reassessText:
      'Vuelve a responder la evaluación para ver qué ha cambiado y ajustar el programa. Si no mejoras, consulta a un profesional.',
    walk: 'Caminar',
    breathe: 'Respiración tranquila',
    perSide: ' por lado',
    reps: 'repeticiones',
    ankleWeights: ', tobilleras',
  },
} as const satisfies Localized<unknown>;

function doseText(b: Block, lang: Language): string {
  const d = b.dose;
  const text = T[lang];
  const side = d.perSide ? text.perSide : '';
  if (d.durationSeconds !== undefined) return `${Math.round(d.durationSeconds / 60)} min`;
  const work = d.reps !== undefined ? `${d.reps} ${text.reps}` : `${d.holdSeconds ?? 0} s`;
  const weights = d.ankleWeights ? text.ankleWeights : '';
  return `${d.sets} × ${work}${side}${weights}`;
}

function sessionDescription(s: Session, lang: Language, url?: string): string {
  const lines = s.blocks.map(
    (b) => `- ${exerciseById(b.exerciseId)?.name[lang] ?? b.exerciseId}: ${doseText(b, lang)}`,
  );
  return [...lines, ...(url ? ['', url] : [])].join('\n');
}

/** The instant a local wall-clock time on a date occurs in a zone (the earlier one on a repeat). */
export function localInstant(date: string, time: string, timeZone: string): Date {
  return zonedInstant(date, time, timeZone);
}

/**
 * ical-generator writes X- calendar properties after the events; RFC 5545 puts calendar
 * properties before any component, and some parsers only read them there.
 */
function withCalendarProperty(ics: string, line: string): string {
  const at = ics.search(/BEGIN:(VEVENT|VTIMEZONE|VTODO)\r?\n|END:VCALENDAR/);
  return `${ics.slice(0, at)}${line}\r\n${ics.slice(at)}`;
}

/**
 * The programme as an RFC 5545 calendar: one timed event per session at the chosen local time in
 * the person's zone (written in UTC, so no VTIMEZONE is needed and DST is already applied), with
 * the reminder the person chose (if any) before it; the reassessment dates as all-day events.
 */
export function programmeCalendar(programme: Programme, options: CalendarOptions): string {
  const lang = programme.preferences.language;
  const text = T[lang];
  const time =
    options.sessionTime && isSessionTime(options.sessionTime) ? options.sessionTime : DEFAULT_SESSION_TIME;
  const zone = programme.preferences.timeZone;
  const reminder =
    options.reminderMinutes && REMINDER_CHOICES.includes(options.reminderMinutes)
      ? options.reminderMinutes
      : null;
  const cal = ical({
    name: text.calendar,
    prodId: { company: 'psoas', product: 'programme', language: lang.toUpperCase() },
    timezone: null,
  });
  for (const s of programme.sessions) {
    const start = localInstant(s.date, time, zone);
    cal.createEvent({
      id: `${options.programmeId}-${s.id}@psoas`,
      start,
      end: new Date(start.getTime() + Math.max(s.plannedMinutes * 60, s.estimatedSeconds) * 1000),
      stamp: options.stamp,
      lastModified: options.stamp,
      sequence: options.sequence,
      summary: text.session(s),
      description: sessionDescription(s, lang, options.url),
      ...(options.url ? { url: options.url } : {}),
      alarms: reminder
        ? [{ type: ICalAlarmType.display, trigger: reminder * 60, description: text.session(s) }]
        : [],
    });
  }
  for (const r of programme.reassessments) {
    cal.createEvent({
      id: `${options.programmeId}-reassess-${r.week}@psoas`,
      start: r.date,
      end: addDays(r.date, 1),
      allDay: true,
      stamp: options.stamp,
      lastModified: options.stamp,
      sequence: options.sequence,
      summary: text.reassess(r.week),
      description: text.reassessText,
    });
  }
  return withCalendarProperty(cal.toString(), `X-WR-TIMEZONE:${zone}`);
}
