import { useLayoutEffect, type RefObject } from 'react';
import { useStore } from '../../store/index.js';
import { setViewport } from '../../store/uiActions.js';
import { listen } from '../../dom/listen.js';
import { isLedBy } from '../../facilitation/follow.js';
import { noteFontAtLeast, noteTextLayout } from '../items/measureText.js';
import { getCanvasSize } from './camera.js';
import { canvasInsets } from './insets.js';
import { PROJECTOR_READABLE_PX, READABLE_PX, openingView } from './openingView.js';

/** How long after opening a board its first items may still arrive and be shown (ms). */
const OPEN_WINDOW_MS = 3000;

// The store's viewport before any board was shown: any other value means someone moved it.
const INITIAL_VIEWPORT = useStore.getState().viewport;

/** Shows the board being viewed at its opening view (openingView.ts), clear of the floating controls; larger text on the projector. */
export function showOpeningView(): void {
  const { items, boardId, role } = useStore.getState();
  const onBoard = [...items.values()].filter((i) => i.boardId === boardId);
  const readablePx = role === 'observer' ? PROJECTOR_READABLE_PX : READABLE_PX;
  setViewport(openingView(onBoard, getCanvasSize(), canvasInsets(), (note) => noteTextLayout(note).fontSize, readablePx, noteFontAtLeast));
}

/**
 * Opens each board at a readable view of its working area: once the canvas has a size and the
 * board's items have arrived. Dropped as soon as the user acts (a press, a wheel, a key, or any
 * other change of the view) or nothing arrives for a while, so the view never jumps under
 * someone's hands; a zoom made while the board was still loading counts too.
 */
export function useOpeningView(container: RefObject<HTMLElement | null>, hasSize: boolean): void {
  useLayoutEffect(() => {
    const el = container.current;
    if (!hasSize || !el) return;
    let pending = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = () => {
      pending = false;
      clearTimeout(timer);
    };
    const tryShow = () => {
      const state = useStore.getState();
      // Someone following the facilitator sees the facilitator's view, not the opening one.
      if (isLedBy(state)) return stop();
      const { items, boardId } = state;
      for (const item of items.values()) {
        if (item.boardId !== boardId) continue;
        stop();
        showOpeningView();
        return;
      }
    };
    const open = () => {
      stop();
      pending = true;
      timer = setTimeout(stop, OPEN_WINDOW_MS);
      tryShow();
    };
    // The first board: only if nobody moved the view while it loaded.
    if (useStore.getState().viewport === INITIAL_VIEWPORT) open();
    const unsubscribe = useStore.subscribe((s, prev) => {
      if (s.boardId !== prev.boardId) open();
      else if (pending && s.viewport !== prev.viewport) stop();
      else if (pending && s.items !== prev.items) tryShow();
    });
    const unlisten = listen<HTMLElementEventMap>(
      el,
      { pointerdown: stop, wheel: stop, keydown: stop, touchstart: stop },
      { capture: true },
    );
    return () => {
      stop();
      unsubscribe();
      unlisten();
    };
  }, [container, hasSize]);
}
