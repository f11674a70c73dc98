import type { Point } from '@cocreate/shared';

/** A pointer event as tools see it: where it is on screen and on the board, and whether Shift is held. */
export interface PointerInfo {
  /** CSS pixels from the canvas' top-left corner. */
  screen: Point;
  /** Board units. */
  board: Point;
  /** Board units per screen pixel at the time (1 / scale), for screen-sized tolerances. */
  unit: number;
  shiftKey: boolean;
}

/** A press-drag-release in progress, returned by a tool's `down`. */
export interface Gesture {
  move(p: PointerInfo): void;
  up(p: PointerInfo): void;
  /** Abandons the gesture (a second finger arrived, the pointer was lost). */
  cancel(): void;
}

/** Screen distance a press must travel before it counts as a drag, not a click. */
export const DRAG_THRESHOLD_PX = 4;

/** Whether the pointer moved far enough from `start` to be a drag. */
export function isDrag(start: PointerInfo, p: PointerInfo): boolean {
  return Math.hypot(p.screen.x - start.screen.x, p.screen.y - start.screen.y) >= DRAG_THRESHOLD_PX;
}
