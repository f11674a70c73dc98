import { useEffect, type RefObject } from 'react';
import { useStore } from '../../store/index.js';
import { isLedBy } from '../../facilitation/follow.js';
import { fitToScreen } from './camera.js';

/** How long after opening a board its first items may still arrive and be fitted (ms). */
const FIT_WINDOW_MS = 3000;

/**
 * Shows the whole board when it is opened: once the canvas has a size and the board's items have
 * arrived, fit them to the screen. The fit is dropped if the user acts first (a press, a pan or
 * zoom) or nothing arrives for a while, so the view never jumps under someone's hands.
 */
export function useFitOnBoardChange(container: RefObject<HTMLElement | null>, hasSize: boolean): void {
  useEffect(() => {
    const el = container.current;
    if (!hasSize || !el) return;
    let pending = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = () => {
      pending = false;
      clearTimeout(timer);
    };
    const tryFit = () => {
      const state = useStore.getState();
      if (isLedBy(state)) return stop();
      const { items, boardId } = state;
      for (const item of items.values()) {
        if (item.boardId !== boardId) continue;
        stop();
        fitToScreen();
        return;
      }
    };
    const open = () => {
      stop();
      pending = true;
      timer = setTimeout(stop, FIT_WINDOW_MS);
      tryFit();
    };
    open();
    const unsubscribe = useStore.subscribe((s, prev) => {
      if (s.boardId !== prev.boardId) open();
      else if (pending && s.viewport !== prev.viewport) stop();
      else if (pending && s.items !== prev.items) tryFit();
    });
    el.addEventListener('pointerdown', stop);
    return () => {
      stop();
      unsubscribe();
      el.removeEventListener('pointerdown', stop);
    };
  }, [container, hasSize]);
}
