import { create } from 'zustand';
import type { Point, Rect, ShapeKind } from '@cocreate/shared';

/**
 * Transient state of gestures in progress, drawn by the overlay layer only: never synced, never
 * in the document, and kept apart from the app store so a moving marquee re-renders nothing else.
 */
export interface CanvasState {
  /** Marquee of the Select tool, board units. */
  marquee: Rect | null;
  /** Box being dragged out by the Shape or Frame tool. */
  draftBox: { kind: ShapeKind | 'frame'; rect: Rect } | null;
  /** Absolute board points `[x0, y0, x1, y1, …]` of the pen stroke being drawn. */
  penPoints: readonly number[] | null;
  /** Line of the connector being drawn. */
  connectorDraft: { from: Point; to: Point } | null;
  /** Space is held: dragging pans. */
  spaceHeld: boolean;
  /** A pan (Space, Hand tool, middle button) is in progress. */
  panning: boolean;
  /** The Select tool's pointer is over an item (a press there would move it). */
  overItem: boolean;
}

export const useCanvasState = create<CanvasState>()(() => ({
  marquee: null,
  draftBox: null,
  penPoints: null,
  connectorDraft: null,
  spaceHeld: false,
  panning: false,
  overItem: false,
}));

/** Merges a patch into the transient canvas state. */
export function setCanvasState(patch: Partial<CanvasState>): void {
  useCanvasState.setState(patch);
}
