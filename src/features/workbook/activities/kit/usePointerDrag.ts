/**
 * The one drag mechanic every drag activity shares: Pointer Events (mouse, touch and pen alike, with pointer
 * capture; the HTML5 drag-and-drop API does nothing on touch screens). A press that moves less than
 * DRAG_THRESHOLD px is a tap and is left to the element's own click handler; a longer move is a drag, the card
 * follows the pointer, and on release the drop target under the pointer (found with
 * `document.elementFromPoint` and its `data-drop` attribute) is reported. Offsets are screen (physical)
 * pixels, so they need no mirroring in right-to-left pages. Held near the top or bottom of the screen, a drag
 * scrolls the page, so a bin below the fold can still be reached on a small screen.
 */
import {
  useEffect,
  useId,
  useRef,
  useState,
  type CSSProperties,
  type MouseEvent,
  type PointerEvent,
} from 'react';

export const DRAG_THRESHOLD = 6;
/** After a drag, the click the browser may still fire on the dragged card is not a tap. */
const CLICK_GUARD_MS = 400;
/** How close to the top or bottom edge (px) a drag starts scrolling, and the fastest scroll per frame. */
const EDGE = 56;
const MAX_SCROLL = 16;

export interface DragState {
  /** The dragged item. */
  id: string;
  dx: number;
  dy: number;
  /** The drop target under the pointer that would accept it, if any. */
  over: string | null;
}

interface Session {
  id: string;
  pointerId: number;
  startX: number;
  startY: number;
  /** The page scroll when the drag began: the card's offset makes up for any scrolling since. */
  startScroll: number;
  /** The pointer's latest position. */
  x: number;
  y: number;
  element: HTMLElement;
  moved: boolean;
  /** The auto-scroll animation frame, while one is running. */
  frame: number | null;
}

export interface PointerDragOptions {
  onDrop: (dragId: string, dropId: string) => void;
  /** Which targets accept which items (all, if not given). */
  canDrop?: (dragId: string, dropId: string) => boolean;
  /**
   * Whether a drag held near the bottom of the screen scrolls the page down (yes, if not given). Not where
   * the targets stick in view at the bottom (sort's tray): a card carried to them must not make the page
   * run away under it.
   */
  scrollDown?: boolean;
}

/** The drop target at a screen point: the nearest `data-drop` of this activity, looking through the card. */
function dropAt(x: number, y: number, dragged: HTMLElement, owner: string): string | null {
  if (typeof document.elementFromPoint !== 'function') return null;
  const before = dragged.style.pointerEvents;
  dragged.style.pointerEvents = 'none';
  const hit = document.elementFromPoint(x, y);
  dragged.style.pointerEvents = before;
  const target = hit?.closest<HTMLElement>('[data-drop]');
  if (!target || target.dataset.dropOwner !== owner) return null;
  return target.dataset.drop ?? null;
}

/**
 * Pixels to scroll this frame for a pointer at `y`: negative near the top, positive near the bottom (unless
 * `down` is false).
 */
function edgeScroll(y: number, down: boolean): number {
  const scroller = document.scrollingElement;
  if (!scroller) return 0;
  if (y < EDGE && scroller.scrollTop > 0) return -Math.ceil(((EDGE - y) / EDGE) * MAX_SCROLL);
  const bottom = window.innerHeight - EDGE;
  if (down && y > bottom && scroller.scrollTop + scroller.clientHeight < scroller.scrollHeight) {
    return Math.ceil((Math.min(y - bottom, EDGE) / EDGE) * MAX_SCROLL);
  }
  return 0;
}

export function usePointerDrag({ onDrop, canDrop = () => true, scrollDown = true }: PointerDragOptions) {
  const owner = useId();
  const [drag, setDrag] = useState<DragState | null>(null);
  const session = useRef<Session | null>(null);
  const guard = useRef<{ element: HTMLElement; until: number } | null>(null);

  const end = () => {
    const s = session.current;
    if (s?.frame != null) cancelAnimationFrame(s.frame);
    session.current = null;
    setDrag(null);
  };

  // A drag cut short by the activity going away stops scrolling the page.
  useEffect(
    () => () => {
      const frame = session.current?.frame;
      if (frame != null) cancelAnimationFrame(frame);
    },
    [],
  );

  /** The card follows the pointer (and the page, if it scrolled); the target under it lights up. */
  const follow = (s: Session) => {
    const target = dropAt(s.x, s.y, s.element, owner);
    setDrag({
      id: s.id,
      dx: s.x - s.startX,
      dy: s.y - s.startY + (window.scrollY - s.startScroll),
      over: target !== null && canDrop(s.id, target) ? target : null,
    });
  };

  /** Scrolls while the pointer is held near an edge, one step a frame. */
  const autoScroll = (s: Session) => {
    if (s.frame != null || edgeScroll(s.y, scrollDown) === 0) return;
    const tick = () => {
      s.frame = null;
      const step = session.current === s ? edgeScroll(s.y, scrollDown) : 0;
      if (step === 0) return;
      window.scrollBy(0, step);
      follow(s);
      s.frame = requestAnimationFrame(tick);
    };
    s.frame = requestAnimationFrame(tick);
  };

  /** Spread on an element that can be dragged. */
  const dragProps = (id: string) => ({
    onPointerDown(e: PointerEvent<HTMLElement>) {
      if (session.current || (e.pointerType === 'mouse' && e.button !== 0)) return;
      const element = e.currentTarget;
      session.current = {
        id,
        pointerId: e.pointerId,
        startX: e.clientX,
        startY: e.clientY,
        startScroll: window.scrollY,
        x: e.clientX,
        y: e.clientY,
        element,
        moved: false,
        frame: null,
      };
      try {
        element.setPointerCapture?.(e.pointerId);
      } catch {
        // An inactive pointer id (synthetic events): moves still reach us through the element.
      }
    },
    onPointerMove(e: PointerEvent<HTMLElement>) {
      const s = session.current;
      if (!s || s.pointerId !== e.pointerId) return;
      s.x = e.clientX;
      s.y = e.clientY;
      if (!s.moved && Math.hypot(s.x - s.startX, s.y - s.startY) < DRAG_THRESHOLD) return;
      s.moved = true;
      e.preventDefault(); // no text selection while dragging
      follow(s);
      autoScroll(s);
    },
    onPointerUp(e: PointerEvent<HTMLElement>) {
      const s = session.current;
      if (!s || s.pointerId !== e.pointerId) return;
      if (s.moved) {
        guard.current = { element: s.element, until: Date.now() + CLICK_GUARD_MS };
        const target = dropAt(e.clientX, e.clientY, s.element, owner);
        end();
        if (target !== null && canDrop(s.id, target)) onDrop(s.id, target);
        return;
      }
      end();
    },
    onPointerCancel(e: PointerEvent<HTMLElement>) {
      if (session.current?.pointerId === e.pointerId) end();
    },
    onClickCapture(e: MouseEvent<HTMLElement>) {
      const g = guard.current;
      if (g?.element !== e.currentTarget) return;
      guard.current = null;
      if (Date.now() < g.until) {
        e.preventDefault();
        e.stopPropagation();
      }
    },
  });

  /** Spread on an element that items can be dropped on. */
  const dropProps = (id: string) => ({ 'data-drop': id, 'data-drop-owner': owner });

  /** The dragged item follows the pointer. */
  const dragStyle = (id: string): CSSProperties | undefined =>
    drag?.id === id ? { transform: `translate(${drag.dx}px, ${drag.dy}px)` } : undefined;

  return { drag, dragProps, dropProps, dragStyle };
}

/** What `dragProps(id)` gives, to pass down to a child component. */
export type DragHandlers = ReturnType<ReturnType<typeof usePointerDrag>['dragProps']>;
export type PointerDrag = ReturnType<typeof usePointerDrag>;
