import type { Gesture, PointerInfo } from '../interaction/pointerInfo.js';

/** A tool of the tool bar: what a press on the canvas does while it is active. */
export interface Tool {
  /** CSS cursor over the canvas. */
  cursor: string;
  /** Handles a press; returns the gesture that follows it, or null when the press was all. */
  down(p: PointerInfo): Gesture | null;
}
