import { useStore } from '../../store/index.js';
import { setViewport } from '../../store/uiActions.js';
import { setCanvasState } from '../interaction/canvasState.js';
import type { Gesture, PointerInfo } from '../interaction/pointerInfo.js';
import { panBy } from './camera.js';

/** Drags the board along with the pointer (Hand tool, Space + drag, middle button). */
export function panGesture(start: PointerInfo): Gesture {
  let last = start.screen;
  setCanvasState({ panning: true });
  const end = () => setCanvasState({ panning: false });
  return {
    move(p) {
      setViewport(panBy(useStore.getState().viewport, p.screen.x - last.x, p.screen.y - last.y));
      last = p.screen;
    },
    up: end,
    cancel: end,
  };
}
