import { type PointerEvent as ReactPointerEvent, useEffect, useRef, useState } from 'react';

/** A block being dragged: how far it has moved, and the free cell under the pointer, if any. */
export interface BlockDrag {
  id: string;
  dx: number;
  dy: number;
  overKey: string | null;
}

/** A mouse drag starts after this many pixels, so a click stays a click. */
const MOUSE_SLOP = 5;
/** A finger holds a block this long to pick it up; moving earlier scrolls the page as usual. */
const TOUCH_HOLD_MS = 400;
const TOUCH_SLOP = 8;

/** The free cell (a move target) under a point of the screen. */
function cellAt(x: number, y: number): string | null {
  const el = document.elementFromPoint(x, y)?.closest<HTMLElement>('.cal-cell.is-move');
  return el?.dataset.cell ?? null;
}

/**
 * Dragging an appointment's block with a pointer (mouse, pen, or a finger after a short hold).
 * `onStart` asks for the free times; `onDrop` gets the free cell it was let go on, or null (then
 * nothing changes and the block goes back). Escape cancels too.
 */
export function useBlockDrag(handlers: {
  onStart(id: string): void;
  onDrop(id: string, cell: string | null): void;
}) {
  const [drag, setDrag] = useState<BlockDrag | null>(null);
  const on = useRef(handlers);
  on.current = handlers;
  // After a drag the browser still sends a click to the block: it must not open the appointment.
  const dragged = useRef(false);
  const stop = useRef<(() => void) | null>(null);
  useEffect(() => () => stop.current?.(), []);

  const onPointerDown = (e: ReactPointerEvent<HTMLElement>, id: string) => {
    if (e.button !== 0 || stop.current) return;
    const touch = e.pointerType === 'touch';
    const startX = e.clientX;
    const startY = e.clientY;
    let active = false;
    dragged.current = false;

    const activate = () => {
      active = true;
      dragged.current = true;
      on.current.onStart(id);
      setDrag({ id, dx: 0, dy: 0, overKey: null });
    };
    const timer = touch ? setTimeout(activate, TOUCH_HOLD_MS) : undefined;
    const move = (ev: PointerEvent) => {
      if (ev.pointerId !== e.pointerId) return;
      const dx = ev.clientX - startX;
      const dy = ev.clientY - startY;
      if (!active) {
        const far = Math.hypot(dx, dy);
        if (touch && far > TOUCH_SLOP) end();
        else if (!touch && far > MOUSE_SLOP) activate();
        if (!active) return;
      }
      setDrag({ id, dx, dy, overKey: cellAt(ev.clientX, ev.clientY) });
    };
    const up = (ev: PointerEvent) => {
      if (ev.pointerId !== e.pointerId) return;
      const over = active ? cellAt(ev.clientX, ev.clientY) : null;
      const was = active;
      end();
      if (was) on.current.onDrop(id, over);
    };
    const cancel = (ev: PointerEvent) => {
      if (ev.pointerId !== e.pointerId) return;
      const was = active;
      end();
      if (was) on.current.onDrop(id, null);
    };
    const key = (ev: KeyboardEvent) => {
      if (ev.key !== 'Escape' || !active) return;
      ev.preventDefault();
      end();
      on.current.onDrop(id, null);
    };
    // Once a finger has picked the block up, its moves drag the block instead of scrolling.
    const holdScroll = (ev: TouchEvent) => {
      if (active) ev.preventDefault();
    };
    function end() {
      clearTimeout(timer);
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
      window.removeEventListener('pointercancel', cancel);
      window.removeEventListener('keydown', key, true);
      window.removeEventListener('touchmove', holdScroll);
      stop.current = null;
      setDrag(null);
    }
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
    window.addEventListener('pointercancel', cancel);
    window.addEventListener('keydown', key, true);
    window.addEventListener('touchmove', holdScroll, { passive: false });
    stop.current = end;
  };

  /** Whether a click on a block is the tail of a drag (and should be ignored). */
  const wasDrag = () => {
    const was = dragged.current;
    dragged.current = false;
    return was;
  };

  return { drag, onPointerDown, wasDrag };
}
