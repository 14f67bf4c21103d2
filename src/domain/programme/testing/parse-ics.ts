import ICAL from 'ical.js';
import nodeIcal from 'node-ical';

/**
 * One .ics read by two parsers this project does not generate with (Mozilla's ical.js, as in
 * Thunderbird, and node-ical), reduced to the fields calendar apps act on. Tests compare the two
 * readings with each other and with what they expect, so a file only one of them accepts fails.
 * Test-only.
 */
export interface ParsedEvent {
  uid: string;
  sequence: number;
  start: string;
  dtstamp: string;
  lastModified?: string;
  status?: string;
  organizer?: { email: string; cn?: string };
  attendees: { email: string; cn?: string; partstat?: string; rsvp?: string; role?: string }[];
  /** Each VALARM's trigger in seconds relative to the start (negative: before). */
  alarms: { action: string; triggerSeconds: number }[];
}
export interface ParsedCalendar {
  method?: string;
  /** Calendar properties as ical.js saw them, in file order (e.g. X-WR-TIMEZONE). */
  properties: string[];
  events: ParsedEvent[];
}

const mail = (v: string) => v.replace(/^mailto:/i, '');
const iso = (d: { toJSDate(): Date } | Date) => ('toJSDate' in d ? d.toJSDate() : d).toISOString();

export function parseWithIcalJs(ics: string): ParsedCalendar {
  const cal = new ICAL.Component(ICAL.parse(ics));
  const param = (p: ICAL.Property, name: string) => {
    const v = p.getParameter(name);
    return v === undefined || v === null ? undefined : String(v);
  };
  return {
    ...(cal.getFirstPropertyValue('method') ? { method: String(cal.getFirstPropertyValue('method')) } : {}),
    properties: cal.getAllProperties().map((p) => p.name.toUpperCase()),
    events: cal.getAllSubcomponents('vevent').map((ev) => {
      const organizer = ev.getFirstProperty('organizer');
      const lastModified = ev.getFirstPropertyValue('last-modified') as ICAL.Time | null;
      const start = ev.getFirstPropertyValue('dtstart') as ICAL.Time;
      return {
        uid: String(ev.getFirstPropertyValue('uid')),
        sequence: Number(ev.getFirstPropertyValue('sequence') ?? 0),
        start: start.isDate ? start.toString() : iso(start),
        dtstamp: iso(ev.getFirstPropertyValue('dtstamp') as ICAL.Time),
        ...(lastModified ? { lastModified: iso(lastModified) } : {}),
        ...(ev.getFirstPropertyValue('status') ? { status: String(ev.getFirstPropertyValue('status')) } : {}),
        ...(organizer
          ? {
              organizer: {
                email: mail(String(organizer.getFirstValue())),
                ...(param(organizer, 'cn') ? { cn: param(organizer, 'cn') } : {}),
              },
            }
          : {}),
        attendees: ev.getAllProperties('attendee').map((a) => ({
          email: mail(String(a.getFirstValue())),
          ...(param(a, 'cn') ? { cn: param(a, 'cn') } : {}),
          ...(param(a, 'partstat') ? { partstat: param(a, 'partstat') } : {}),
          ...(param(a, 'rsvp') ? { rsvp: param(a, 'rsvp') } : {}),
          ...(param(a, 'role') ? { role: param(a, 'role') } : {}),
        })),
        alarms: ev.getAllSubcomponents('valarm').map((al) => ({
          action: String(al.getFirstPropertyValue('action')),
          triggerSeconds: (al.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds(),
        })),
      };
    }),
  };
}

type NodeProp = string | { params?: Record<string, unknown>; val: string };
const val = (p: NodeProp) => (typeof p === 'string' ? p : p.val);
const params = (p: NodeProp) => (typeof p === 'string' ? {} : (p.params ?? {}));

/** ISO 8601 duration as node-ical leaves it (e.g. '-PT15M'), in seconds. */
function durationSeconds(text: string): number {
  const m = /^([+-])?P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(text);
  if (!m) throw new Error(`not a duration: ${text}`);
  const [, sign, w, d, h, min, s] = m;
  const n = (x?: string) => Number(x ?? 0);
  const total = ((n(w) * 7 + n(d)) * 24 + n(h)) * 3600 + n(min) * 60 + n(s);
  return sign === '-' ? -total : total;
}

export function parseWithNodeIcal(ics: string): ParsedCalendar {
  const parsed = nodeIcal.sync.parseICS(ics) as Record<string, Record<string, unknown> & { type?: string }>;
  const vcalendar = Object.values(parsed).find((c) => c.type === 'VCALENDAR');
  const date = (d: unknown) => (d as Date).toISOString();
  return {
    ...(vcalendar?.method ? { method: String(vcalendar.method) } : {}),
    properties: [],
    events: Object.values(parsed)
      .filter((c) => c.type === 'VEVENT')
      .map((ev) => {
        const start = ev.start as Date & { dateOnly?: boolean };
        const pad = (n: number) => String(n).padStart(2, '0');
        const organizer = ev.organizer as NodeProp | undefined;
        const attendees = ev.attendee === undefined ? [] : [ev.attendee as NodeProp | NodeProp[]].flat();
        const text = (x: unknown) => (x === undefined ? undefined : String(x));
        return {
          uid: String(ev.uid),
          sequence: Number(ev.sequence ?? 0),
          start: start.dateOnly
            ? `${start.getFullYear()}-${pad(start.getMonth() + 1)}-${pad(start.getDate())}`
            : date(start),
          dtstamp: date(ev.dtstamp),
          ...(ev.lastmodified ? { lastModified: date(ev.lastmodified) } : {}),
          ...(ev.status ? { status: String(ev.status) } : {}),
          ...(organizer
            ? {
                organizer: {
                  email: mail(val(organizer)),
                  ...(params(organizer).CN ? { cn: String(params(organizer).CN) } : {}),
                },
              }
            : {}),
          attendees: attendees.map((a) => {
            const p = params(a);
            return {
              email: mail(val(a)),
              ...(p.CN ? { cn: text(p.CN) } : {}),
              ...(p.PARTSTAT ? { partstat: text(p.PARTSTAT) } : {}),
              // node-ical turns RSVP=FALSE into a boolean; ical.js keeps the text.
              ...(p.RSVP !== undefined ? { rsvp: String(p.RSVP).toUpperCase() } : {}),
              ...(p.ROLE ? { role: text(p.ROLE) } : {}),
            };
          }),
          alarms: ((ev.alarms as { action: string; trigger: string }[] | undefined) ?? []).map((al) => ({
            action: al.action,
            triggerSeconds: durationSeconds(String(al.trigger)),
          })),
        };
      }),
  };
}

/** Both readings, after checking that they agree on every field both can see. */
export function parseIcsTwice(ics: string): ParsedCalendar {
  const a = parseWithIcalJs(ics);
  const b = parseWithNodeIcal(ics);
  const strip = (c: ParsedCalendar) => ({ ...c, properties: [] });
  const sortByUid = (c: ParsedCalendar) => ({
    ...strip(c),
    events: [...c.events].sort((x, y) => (x.uid < y.uid ? -1 : 1)),
  });
  const left = JSON.stringify(sortByUid(a));
  const right = JSON.stringify(sortByUid(b));
  if (left !== right) throw new Error(`ical.js and node-ical disagree:\n${left}\n${right}`);
  return a;
}
