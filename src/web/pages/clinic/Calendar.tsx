import { useEffect, useMemo, useRef, useState } from 'react';
import { ToggleButton } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { formatLocale, toLanguage } from '../../../domain/i18n.js';
import {
  type GridColumn,
  type GridTimeOff,
  layoutGrid,
  rowOf,
  wallClock,
  wallInstant,
} from '../../../domain/schedule/grid-layout.js';
import type { WeeklyHours } from '../../../domain/schedule/types.js';
import { localDate } from '../../../domain/time/index.js';
import { api } from '../../api.js';
import { type BookingView, type ClinicView, formatDay, formatTime, formatWhen } from '../care/care-api.js';
import { Agenda } from './calendar/Agenda.js';
import { BookingDialog, MoveDialog } from './calendar/BookingDialog.js';
import type { GridCell } from './calendar/grid-keys.js';
import { type GridHeader, type PlacedBlock, type PlacedTimeOff, TimeGrid } from './calendar/TimeGrid.js';
import { useBlockDrag } from './calendar/use-block-drag.js';
import { useFreeTimes, useNow } from './calendar/use-free-times.js';
import { useNarrow } from './calendar/use-narrow.js';
import './calendar/calendar.css';

/** Service colours on the grid (always with the service's name as text). */
const COLOURS = 7;
const HIDDEN_BY_DEFAULT = new Set(['cancelled', 'no_show']);

/**
 * The clinic's calendar as a time grid: practitioners as columns (day view) or days as columns
 * (week view). A block opens the appointment; "Move" lights up the free times on the grid, and
 * so does dragging the block; an open cell starts a booking for a caller at that time. On a
 * phone the same days are an agenda (calendar/Agenda.tsx).
 */
export function Calendar(props: {
  clinic: ClinicView;
  view: 'day' | 'week';
  days: string[];
  bookings: BookingView[] | null;
  practitionerId: string;
  onChanged(message: string): void;
  onBookAt(at: { practitionerId: string; start: string }): void;
}) {
  const { t, i18n } = useTranslation('calendar');
  const { t: tc } = useTranslation('clinic');
  const { clinic, bookings, days, view } = props;
  const language = toLanguage(i18n.language);
  const locale = formatLocale(language);
  const zone = clinic.timeZone;
  const now = useNow();
  const today = localDate(now, zone);
  const [showHidden, setShowHidden] = useState(false);
  const [openId, setOpenId] = useState<string | null>(null);
  const [moving, setMoving] = useState<BookingView | null>(null);
  // A keyboard move shows only that practitioner's calendar; a drag keeps the grid as it is
  // under the pointer.
  const [moveBy, setMoveBy] = useState<'keys' | 'drag'>('keys');
  const narrow = useNarrow();
  const [target, setTarget] = useState<string | null>(null);
  const [focusCell, setFocusCell] = useState(0);
  const [focusBlock, setFocusBlock] = useState<{ id: string; n: number } | null>(null);
  const focusOn = (id: string) => setFocusBlock((f) => ({ id, n: (f?.n ?? 0) + 1 }));
  // A moved block takes focus once the reloaded bookings draw it at its new place.
  const focusAfterReload = useRef<string | null>(null);
  useEffect(() => {
    if (bookings && focusAfterReload.current) {
      const id = focusAfterReload.current;
      setFocusBlock((f) => ({ id, n: (f?.n ?? 0) + 1 }));
      focusAfterReload.current = null;
    }
  }, [bookings]);
  const first = days[0]!;
  const last = days[days.length - 1]!;
  const freeSlots = useFreeTimes(moving, first, last, today);

  // While moving by keyboard, only the moving booking's practitioner's calendar shows.
  const shownPractitioner = (moveBy === 'keys' ? moving?.practitionerId : undefined) ?? props.practitionerId;
  const daysKey = days.join(',');
  const practitioners = useMemo(
    () => clinic.practitioners.filter((p) => !shownPractitioner || p.id === shownPractitioner),
    [clinic, shownPractitioner],
  );
  // biome-ignore lint/correctness/useExhaustiveDependencies: daysKey stands for days (a new array each render)
  const columns = useMemo((): GridColumn[] => {
    const single = shownPractitioner ? practitioners[0] : undefined;
    return view === 'day'
      ? practitioners.map((p) => ({
          day: days[0]!,
          practitionerId: p.id,
          workingHours: p.workingHours as WeeklyHours,
        }))
      : days.map((day) => ({
          day,
          practitionerId: single?.id,
          workingHours: single?.workingHours as WeeklyHours | undefined,
        }));
  }, [view, daysKey, practitioners, shownPractitioner]);
  const headers: GridHeader[] =
    view === 'day'
      ? practitioners.map((p) => ({ id: p.id, title: p.displayName, level: 4 }))
      : days.map((day) => ({ id: day, title: formatDay(day, i18n.language), level: 3 }));

  const all = bookings ?? [];
  const visible = useMemo(
    () =>
      (bookings ?? []).filter(
        (b) =>
          (showHidden || !HIDDEN_BY_DEFAULT.has(b.status)) &&
          (!moving || moveBy === 'drag' || b.practitionerId === moving.practitionerId),
      ),
    [bookings, showHidden, moving, moveBy],
  );
  const hiddenCount = all.filter((b) => HIDDEN_BY_DEFAULT.has(b.status)).length;
  const byId = new Map(all.map((b) => [b.id, b]));
  const timeOff = useMemo(
    (): GridTimeOff[] =>
      practitioners.flatMap((p) =>
        (p.timeOff ?? []).map((o) => ({
          practitionerId: p.id,
          start: o.start,
          end: o.end,
          reason: o.reason,
        })),
      ),
    [practitioners],
  );
  const colourOf = (serviceId: string) =>
    Math.max(
      0,
      clinic.services.findIndex((s) => s.id === serviceId),
    ) % COLOURS;

  const layout = useMemo(
    () =>
      layoutGrid({
        timeZone: zone,
        openingHours: clinic.openingHours as WeeklyHours,
        overrides: clinic.closures.map((c) => ({
          date: c.date,
          ranges: c.ranges,
          reason: c.reason ?? undefined,
        })),
        columns,
        items: visible,
        timeOff,
        alsoShow: freeSlots?.map((s) => s.start),
        now,
      }),
    [clinic, zone, columns, visible, timeOff, freeSlots, now],
  );

  const blocks: PlacedBlock[] = layout.blocks.map((placed) => {
    const b = byId.get(placed.id)!;
    const time = `${formatTime(b.start, zone, i18n.language)}–${formatTime(b.end, zone, i18n.language)}`;
    const service = b.serviceName[language];
    const status = b.status === 'active' ? '' : `, ${tc(`status.${b.status}`)}`;
    return {
      ...placed,
      colour: colourOf(b.serviceId),
      status: b.status,
      draggable: b.status === 'active' && !narrow,
      time,
      name: b.patient.name,
      service: b.status === 'active' ? service : `${service} · ${tc(`status.${b.status}`)}`,
      label: t('block', { time, name: b.patient.name, service, practitioner: b.practitionerName }) + status,
    };
  });

  const nameOf = (id: string) => clinic.practitioners.find((p) => p.id === id)?.displayName ?? '';
  const offLabel = (reason: string | null) => (reason ? t('timeOffFor', { reason }) : t('timeOff'));
  const placedTimeOff: PlacedTimeOff[] = layout.timeOff.map((o) => ({ ...o, label: offLabel(o.reason) }));
  if (view === 'week' && !shownPractitioner)
    layout.columns.forEach((c, i) => {
      if (c.away.length && headers[i])
        headers[i].away = t('away', {
          names: c.away
            .map((a) => (a.reason ? `${nameOf(a.practitionerId)} (${a.reason})` : nameOf(a.practitionerId)))
            .join(', '),
        });
    });

  const cells = useMemo((): GridCell[] => {
    const out: GridCell[] = [];
    if (moving) {
      for (const slot of freeSlots ?? []) {
        const at = rowOf(layout, slot.start, zone);
        const column = at
          ? columns.findIndex(
              (c) => c.day === at.day && (!c.practitionerId || c.practitionerId === slot.practitionerId),
            )
          : -1;
        if (!at || column < 0) continue;
        const key = `${column}:${at.row}`;
        if (out.some((c) => c.key === key)) continue;
        out.push({
          key,
          column,
          row: at.row,
          minute: wallClock(slot.start, zone).minute,
          start: slot.start,
          practitionerId: slot.practitionerId,
          label: t('moveCell', { when: formatWhen(slot.start, zone, i18n.language) }),
        });
      }
      return out.sort((a, b) => a.column - b.column || a.row - b.row);
    }
    // Open times to book a caller into: inside the hours, not under an appointment, not past.
    columns.forEach((col, column) => {
      if (col.day < today) return;
      const shades = [...layout.closed, ...layout.timeOff].filter((s) => s.column === column);
      const taken = layout.blocks.filter((b) => b.column === column);
      for (let row = 0; row < layout.rows; row++) {
        const covers = (s: { top: number; height: number }) => s.top < row + 1 && row < s.top + s.height;
        if (shades.some(covers) || taken.some(covers)) continue;
        const minute = layout.firstMinute + row * layout.rowMinutes;
        const start = wallInstant(col.day, minute, zone);
        if (start <= now) continue;
        const when = formatWhen(start, zone, i18n.language);
        const name = clinic.practitioners.find((p) => p.id === col.practitionerId)?.displayName;
        out.push({
          key: `${column}:${row}`,
          column,
          row,
          minute,
          start,
          practitionerId: col.practitionerId ?? '',
          label: name ? t('bookCellWith', { when, name }) : t('bookCell', { when }),
        });
      }
    });
    return out;
  }, [layout, columns, clinic, moving, freeSlots, zone, today, now, i18n.language, t]);

  const stopMoving = () => {
    setMoving(null);
    setTarget(null);
    setMoveBy('keys');
  };
  const { drag, onPointerDown, wasDrag } = useBlockDrag({
    onStart(id) {
      const b = byId.get(id);
      if (!b) return;
      setOpenId(null);
      setTarget(null);
      setMoveBy('drag');
      setMoving(b);
    },
    onDrop(_id, key) {
      const cell = key ? cells.find((c) => c.key === key) : undefined;
      // Let go anywhere but on a free time: the block goes back and nothing changes.
      if (cell) setTarget(cell.start);
      else stopMoving();
    },
  });

  if (!bookings) return <p className="loading">{tc('loading')}</p>;

  const move = async () => {
    if (!moving || !target) return;
    await api(`/api/staff/clinics/${clinic.id}/bookings/${moving.id}/move`, {
      method: 'POST',
      body: { start: target },
    });
    focusAfterReload.current = moving.id;
    stopMoving();
    props.onChanged(tc('done.moved'));
  };

  return (
    <div className="cal">
      <div className="cal-bar">
        <ToggleButton className="button cal-toggle" isSelected={showHidden} onChange={setShowHidden}>
          {t('showCancelled')}
        </ToggleButton>
        {!showHidden && hiddenCount > 0 && <p className="care-hint">{t('hidden', { count: hiddenCount })}</p>}
      </div>
      {view === 'day' && (
        <div className="cal-dayhead">
          <h3>{formatDay(first, i18n.language)}</h3>
          {first === today && <span className="cal-badge">{t('today')}</span>}
        </div>
      )}
      {moving && (
        // While dragging, the note floats at the bottom: a bar above the grid would push the
        // free times away from under the pointer.
        <div className={`cal-moving${moveBy === 'drag' ? ' is-floating' : ''}`} role="status">
          <p>
            {freeSlots === null
              ? tc('loading')
              : cells.length > 0 || (narrow && freeSlots.length > 0)
                ? t(moveBy === 'drag' ? 'movingDrag' : narrow ? 'movingList' : 'moving', {
                    name: moving.patient.name,
                  })
                : t('movingNone', { name: moving.patient.name })}
          </p>
          {moveBy === 'keys' && (
            <button type="button" className="button" onClick={stopMoving}>
              {t('stopMoving')}
            </button>
          )}
        </div>
      )}
      {visible.length === 0 && !moving && <p className="care-hint">{t('none')}</p>}
      {narrow ? (
        <Agenda
          clinic={clinic}
          days={days}
          headings={view === 'week'}
          bookings={visible}
          practitioners={practitioners}
          timeOff={timeOff}
          colourOf={colourOf}
          now={now}
          locale={locale}
          moving={moving}
          freeSlots={freeSlots}
          onOpen={setOpenId}
          onBookAt={props.onBookAt}
          onMoveTo={setTarget}
        />
      ) : (
        <TimeGrid
          layout={layout}
          headers={headers}
          blocks={blocks}
          timeOff={placedTimeOff}
          cells={cells}
          cellKind={moving ? 'move' : 'book'}
          movingId={moving?.id ?? null}
          focusCellRequest={focusCell}
          focusBlock={focusBlock}
          locale={locale}
          drag={drag}
          onBlockPointerDown={onPointerDown}
          onBlock={(id) => {
            if (wasDrag()) return;
            if (!moving) setOpenId(id);
          }}
          onCell={(cell) => {
            if (moving) setTarget(cell.start);
            else props.onBookAt({ practitionerId: cell.practitionerId, start: cell.start });
          }}
          onEscape={() => {
            if (moving) focusOn(moving.id);
            stopMoving();
          }}
        />
      )}
      <ul className="cal-legend" aria-label={t('legend')}>
        {clinic.services.map((s, i) =>
          s.active ? (
            <li key={s.id} className={`svc-${i % COLOURS}`}>
              {s.name[language]}
            </li>
          ) : null,
        )}
      </ul>
      <BookingDialog
        clinic={clinic}
        booking={openId ? (byId.get(openId) ?? null) : null}
        now={now}
        onClose={() => setOpenId(null)}
        onMove={(b) => {
          setOpenId(null);
          setFocusBlock(null);
          setMoveBy('keys');
          setMoving(b);
          setFocusCell((n) => n + 1);
        }}
        onChanged={props.onChanged}
      />
      <MoveDialog
        clinic={clinic}
        booking={moving}
        start={target}
        onConfirm={move}
        onClose={() => (moveBy === 'drag' ? stopMoving() : setTarget(null))}
      />
    </div>
  );
}
