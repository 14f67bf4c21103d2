import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { toLanguage } from '../../../../domain/i18n.js';
import { type AgendaEntry, agendaOfDay } from '../../../../domain/schedule/agenda.js';
import { type GridTimeOff, wallClock } from '../../../../domain/schedule/grid-layout.js';
import type { WeeklyHours } from '../../../../domain/schedule/types.js';
import { localDate } from '../../../../domain/time/index.js';
import { type BookingView, type ClinicView, formatDay, formatWhen, type Slot } from '../../care/care-api.js';
import { rowLabel } from './TimeGrid.js';

type Practitioner = ClinicView['practitioners'][number];

/**
 * The calendar on a phone: each day as one column of appointments in time order, with time off
 * and the free gaps between them ("Book" starts a booking for a caller there). While a booking is
 * being moved, the day lists its free times instead. Nothing scrolls sideways.
 */
export function Agenda(props: {
  clinic: ClinicView;
  days: string[];
  /** Day headings (the week view); the day view has its own heading above. */
  headings: boolean;
  bookings: BookingView[];
  practitioners: Practitioner[];
  timeOff: GridTimeOff[];
  colourOf(serviceId: string): number;
  now: string;
  locale: string;
  moving: BookingView | null;
  freeSlots: Slot[] | null;
  onOpen(id: string): void;
  onBookAt(at: { practitionerId: string; start: string }): void;
  onMoveTo(start: string): void;
}) {
  const { t, i18n } = useTranslation('calendar');
  const { t: tc } = useTranslation('clinic');
  const { clinic, now, locale } = props;
  const zone = clinic.timeZone;
  const language = toLanguage(i18n.language);
  const byId = new Map(props.bookings.map((b) => [b.id, b]));
  // A move from the dialog puts focus on the first free time, as the grid does: the appointment
  // that had it is no longer listed.
  const root = useRef<HTMLDivElement>(null);
  const movingId = props.moving?.id;
  const loaded = props.freeSlots !== null;
  useEffect(() => {
    if (movingId && loaded) root.current?.querySelector<HTMLElement>('.cal-agenda-times button')?.focus();
  }, [movingId, loaded]);
  const nameOf = (id: string) => clinic.practitioners.find((p) => p.id === id)?.displayName ?? '';
  const span = (e: { startMinute: number; endMinute: number }) =>
    `${rowLabel(e.startMinute, locale)}–${rowLabel(e.endMinute % (24 * 60), locale)}`;
  const shortest = (p: Practitioner) =>
    Math.min(
      ...clinic.services
        .filter((s) => s.active && s.practitionerIds.includes(p.id))
        .map((s) => s.durationMinutes),
      24 * 60,
    );

  const entry = (e: AgendaEntry) => {
    if (e.kind === 'booking') {
      const b = byId.get(e.id)!;
      const service = b.serviceName[language];
      const status = b.status === 'active' ? '' : ` · ${tc(`status.${b.status}`)}`;
      return (
        <li key={`b-${e.id}`}>
          <button
            type="button"
            data-block={b.id}
            className={`cal-agenda-booking svc-${props.colourOf(b.serviceId)} status-${b.status}`}
            onClick={() => props.onOpen(b.id)}
          >
            <span className="cal-agenda-time">{span(e)}</span>
            <span className="cal-agenda-name">{b.patient.name}</span>
            <span className="cal-agenda-what">
              {service} · {b.practitionerName}
              {status}
            </span>
          </button>
        </li>
      );
    }
    if (e.kind === 'off')
      return (
        <li key={`o-${e.practitionerId}-${e.startMinute}`} className="cal-agenda-off">
          <span className="cal-agenda-time">{span(e)}</span>
          <span className="cal-agenda-what">
            {nameOf(e.practitionerId)} · {e.reason ? t('timeOffFor', { reason: e.reason }) : t('timeOff')}
          </span>
        </li>
      );
    const name = nameOf(e.practitionerId);
    return (
      <li key={`f-${e.practitionerId}-${e.startMinute}`} className="cal-agenda-free">
        <span className="cal-agenda-time">{span(e)}</span>
        <span className="cal-agenda-what">
          {t('free')} · {name}
        </span>
        <button
          type="button"
          className="button"
          aria-label={t('bookCellWith', { when: formatWhen(e.start, zone, i18n.language), name })}
          onClick={() => props.onBookAt({ practitionerId: e.practitionerId, start: e.start })}
        >
          {t('book')}
        </button>
      </li>
    );
  };

  return (
    <div className="cal-agenda" ref={root}>
      {props.days.map((day) => {
        const override = clinic.closures.find((c) => c.date === day);
        const headingId = `cal-agenda-${day}`;
        let body: ReactNode;
        if (props.moving) {
          const free = (props.freeSlots ?? []).filter((s) => localDate(s.start, zone) === day);
          body = free.length ? (
            <ul className="cal-agenda-times">
              {free.map((s) => (
                <li key={s.start}>
                  <button
                    type="button"
                    className="cal-cell is-move"
                    data-start={s.start}
                    aria-label={t('moveCell', { when: formatWhen(s.start, zone, i18n.language) })}
                    onClick={() => props.onMoveTo(s.start)}
                  >
                    {rowLabel(wallClock(s.start, zone).minute, locale)}
                  </button>
                </li>
              ))}
            </ul>
          ) : null;
        } else {
          const entries = agendaOfDay({
            timeZone: zone,
            openingHours: clinic.openingHours as WeeklyHours,
            overrides: clinic.closures.map((c) => ({ date: c.date, ranges: c.ranges })),
            day,
            practitioners: props.practitioners.map((p) => ({
              id: p.id,
              workingHours: p.workingHours as WeeklyHours,
              shortestMinutes: shortest(p),
            })),
            items: props.bookings,
            busy: new Set(props.bookings.filter((b) => b.status !== 'cancelled').map((b) => b.id)),
            timeOff: props.timeOff,
            now,
          });
          const closed = override && override.ranges.length === 0;
          body = (
            <>
              {closed && (
                <p className="cal-closed-note">
                  {override.reason ? t('closedFor', { reason: override.reason }) : t('closed')}
                </p>
              )}
              {entries.length > 0 && <ol className="cal-agenda-list">{entries.map(entry)}</ol>}
            </>
          );
        }
        return (
          <section
            key={day}
            aria-labelledby={props.headings ? headingId : undefined}
            className="cal-agenda-day"
          >
            {props.headings && <h3 id={headingId}>{formatDay(day, i18n.language)}</h3>}
            {body}
          </section>
        );
      })}
    </div>
  );
}
