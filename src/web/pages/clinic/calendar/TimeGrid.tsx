import {
  type CSSProperties,
  type KeyboardEvent,
  type PointerEvent,
  useEffect,
  useRef,
  useState,
} from 'react';
import { useTranslation } from 'react-i18next';
import type { GridLayout } from '../../../../domain/schedule/grid-layout.js';
import { type GridCell, KEY_DIRECTIONS, nextCell } from './grid-keys.js';
import type { BlockDrag } from './use-block-drag.js';

export interface GridHeader {
  id: string;
  /** The column's heading (a day in the week view, a practitioner in the day view). */
  title: string;
  level: 3 | 4;
  /** Who has time off that day, in words (a column of everyone cannot shade it). */
  away?: string;
}

export interface PlacedBlock {
  id: string;
  column: number;
  top: number;
  height: number;
  lane: number;
  lanes: number;
  colour: number;
  status: string;
  time: string;
  name: string;
  service: string;
  label: string;
  /** Can be dragged to a new time (an active appointment). */
  draggable: boolean;
}

/** A practitioner's time off, shaded and named in their column. */
export interface PlacedTimeOff {
  column: number;
  top: number;
  height: number;
  /** "Time off" or "Time off: reason", read out and shown. */
  label: string;
}

const vars = (v: Record<string, number | string>) => v as CSSProperties;

/** A time as a person reads it in the language ("9:30 AM", "9:30"), from a wall-clock minute. */
export const rowLabel = (minute: number, locale: string) =>
  new Intl.DateTimeFormat(locale, { timeZone: 'UTC', hour: 'numeric', minute: '2-digit' }).format(
    Date.UTC(2000, 0, 1, Math.floor(minute / 60), minute % 60),
  );

/**
 * The time grid: a time axis, then one column per header, with appointments as blocks, closed
 * times shaded and chosen cells (free times) as buttons. Arrow keys move between the cells and
 * Enter picks one; Tab reaches the blocks and the current cell.
 */
export function TimeGrid(props: {
  layout: GridLayout;
  headers: GridHeader[];
  blocks: PlacedBlock[];
  timeOff: PlacedTimeOff[];
  cells: GridCell[];
  cellKind: 'book' | 'move';
  movingId: string | null;
  /** Bumped to move focus to the first cell (when a move starts). */
  focusCellRequest: number;
  /** A block to focus once it is drawn (after a move); `n` tells one request from the next. */
  focusBlock: { id: string; n: number } | null;
  locale: string;
  /** The block being dragged, if any (use-block-drag.ts). */
  drag: BlockDrag | null;
  onBlockPointerDown(e: PointerEvent<HTMLElement>, id: string): void;
  onBlock(id: string): void;
  onCell(cell: GridCell): void;
  /** Escape while moving: keep the old time. */
  onEscape(): void;
}) {
  const { t } = useTranslation('calendar');
  const { layout, cells } = props;
  const root = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState<string | null>(null);
  const activeKey = cells.some((c) => c.key === active) ? active : (cells[0]?.key ?? null);

  const focusKey = (key: string) =>
    root.current?.querySelector<HTMLElement>(`[data-cell="${CSS.escape(key)}"]`)?.focus();

  // A move request focuses the first free time once the free times are drawn, once per request.
  const handled = useRef(0);
  const firstCell = props.cellKind === 'move' ? cells[0]?.key : undefined;
  // biome-ignore lint/correctness/useExhaustiveDependencies: focusKey only reads the ref
  useEffect(() => {
    if (props.focusCellRequest > handled.current && firstCell) {
      handled.current = props.focusCellRequest;
      setActive(firstCell);
      focusKey(firstCell);
    }
  }, [props.focusCellRequest, firstCell]);

  useEffect(() => {
    if (!props.focusBlock) return;
    const el = root.current?.querySelector<HTMLElement>(`[data-block="${CSS.escape(props.focusBlock.id)}"]`);
    el?.focus();
    el?.scrollIntoView({ block: 'nearest' });
  }, [props.focusBlock]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Escape' && props.movingId) {
      e.preventDefault();
      props.onEscape();
      return;
    }
    const direction = KEY_DIRECTIONS[e.key];
    const key = (e.target as HTMLElement).dataset.cell;
    if (!direction || !key) return;
    const from = cells.find((c) => c.key === key);
    const to = from && nextCell(cells, from, direction);
    e.preventDefault();
    if (to) {
      setActive(to.key);
      focusKey(to.key);
    }
  };

  const columns = props.headers.length;
  return (
    <div className="cal-scroll">
      {/* biome-ignore lint/a11y/noStaticElementInteractions: arrow keys for the cell buttons inside */}
      <div
        ref={root}
        className={`cal-grid${props.movingId ? ' is-moving' : ''}`}
        style={vars({ '--columns': columns, '--rows': layout.rows })}
        onKeyDown={onKeyDown}
      >
        <div className="cal-corner" aria-hidden="true" />
        {props.headers.map((h, i) => {
          const c = layout.columns[i]!;
          const Tag = h.level === 3 ? 'h3' : 'h4';
          return (
            <div
              key={h.id}
              className={`cal-head${c.today ? ' is-today' : ''}`}
              style={vars({ '--col': i + 2 })}
            >
              <Tag id={`cal-head-${i}`}>{h.title}</Tag>
              {c.today && h.level === 3 && <span className="cal-badge">{t('today')}</span>}
              {c.closedAllDay && (
                <span className="cal-closed-note">
                  {c.closedReason ? t('closedFor', { reason: c.closedReason }) : t('closed')}
                </span>
              )}
              {h.away && <span className="cal-closed-note">{h.away}</span>}
            </div>
          );
        })}
        <div className="cal-times" aria-hidden="true">
          {layout.rowTimes.map((time, row) => {
            const minute = layout.firstMinute + row * layout.rowMinutes;
            return (
              <div key={time} className="cal-time" data-time={time} style={vars({ '--top': row })}>
                {minute % 30 === 0 || row === 0 ? rowLabel(minute, props.locale) : ''}
              </div>
            );
          })}
        </div>
        {props.headers.map((h, i) => (
          <section
            key={h.id}
            aria-labelledby={`cal-head-${i}`}
            className={`cal-col${layout.columns[i]!.today ? ' is-today' : ''}`}
            style={vars({ '--col': i + 2 })}
          >
            {layout.closed
              .filter((s) => s.column === i)
              .map((s) => (
                <div
                  key={s.top}
                  className="cal-shade"
                  aria-hidden="true"
                  style={vars({ '--top': s.top, '--height': s.height })}
                />
              ))}
            {props.timeOff
              .filter((s) => s.column === i)
              .map((s) => (
                <div
                  key={`off-${s.top}`}
                  className="cal-off"
                  style={vars({ '--top': s.top, '--height': s.height })}
                >
                  <span>{s.label}</span>
                </div>
              ))}
            {props.blocks
              .filter((b) => b.column === i)
              .map((b) => {
                const dragged = props.drag?.id === b.id ? props.drag : null;
                return (
                  <button
                    key={b.id}
                    type="button"
                    data-block={b.id}
                    className={`cal-block svc-${b.colour} status-${b.status}${b.id === props.movingId ? ' is-moving' : ''}${b.draggable ? ' is-draggable' : ''}${dragged ? ' is-dragging' : ''}`}
                    style={vars({
                      '--top': b.top,
                      '--height': b.height,
                      '--lane': b.lane,
                      '--lanes': b.lanes,
                      ...(dragged ? { transform: `translate(${dragged.dx}px, ${dragged.dy}px)` } : {}),
                    })}
                    aria-label={b.label}
                    onPointerDown={b.draggable ? (e) => props.onBlockPointerDown(e, b.id) : undefined}
                    onClick={() => props.onBlock(b.id)}
                  >
                    <span className="cal-block-time">{b.time}</span>{' '}
                    <span className="cal-block-name">{b.name}</span>{' '}
                    <span className="cal-block-service">{b.service}</span>
                  </button>
                );
              })}
            {cells
              .filter((c) => c.column === i)
              .map((c) => (
                <button
                  key={c.key}
                  type="button"
                  data-cell={c.key}
                  data-start={c.start}
                  tabIndex={c.key === activeKey ? 0 : -1}
                  className={`cal-cell is-${props.cellKind}${props.drag?.overKey === c.key ? ' is-over' : ''}`}
                  style={vars({ '--top': c.row, '--height': 1 })}
                  aria-label={c.label}
                  onFocus={() => setActive(c.key)}
                  onClick={() => props.onCell(c)}
                >
                  {props.cellKind === 'move' ? (
                    <span aria-hidden="true">{rowLabel(c.minute, props.locale)}</span>
                  ) : null}
                </button>
              ))}
            {layout.columns[i]!.today && layout.nowRow !== null && (
              <div className="cal-now" style={vars({ '--top': layout.nowRow })}>
                <span className="visually-hidden">{t('now')}</span>
              </div>
            )}
          </section>
        ))}
      </div>
    </div>
  );
}
