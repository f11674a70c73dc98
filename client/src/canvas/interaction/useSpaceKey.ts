import { useEffect, type RefObject } from 'react';
import { isTyping } from '../../input/isTyping.js';
import { setCanvasState, useCanvasState } from './canvasState.js';

/**
 * Space held turns drags into pans (Miro, Figma). It applies while the pointer is over the board
 * or the board has focus, never while typing, and its key press does not also press a focused
 * button or scroll the page.
 */
export function useSpaceKey(container: RefObject<HTMLElement | null>, pointerInside: RefObject<boolean>): void {
  useEffect(() => {
    const applies = (e: KeyboardEvent) => {
      if (e.code !== 'Space' || isTyping(e.target)) return false;
      const target = e.target instanceof Node ? e.target : null;
      if (target instanceof HTMLElement && target.closest('[role="dialog"]')) return false;
      return pointerInside.current || target === document.body || (target !== null && !!container.current?.contains(target));
    };
    const down = (e: KeyboardEvent) => {
      if (!applies(e)) return;
      e.preventDefault();
      if (!useCanvasState.getState().spaceHeld) setCanvasState({ spaceHeld: true });
    };
    const up = (e: KeyboardEvent) => {
      if (e.code !== 'Space' || !useCanvasState.getState().spaceHeld) return;
      e.preventDefault();
      setCanvasState({ spaceHeld: false });
    };
    const reset = () => setCanvasState({ spaceHeld: false });
    window.addEventListener('keydown', down);
    window.addEventListener('keyup', up);
    window.addEventListener('blur', reset);
    return () => {
      window.removeEventListener('keydown', down);
      window.removeEventListener('keyup', up);
      window.removeEventListener('blur', reset);
    };
  }, [container, pointerInside]);
}
