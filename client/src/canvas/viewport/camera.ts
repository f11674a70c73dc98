import { unionRects, type Point, type Rect } from '@cocreate/shared';
import { useStore, type Viewport } from '../../store/index.js';
import { setViewport } from '../../store/uiActions.js';
import { FIT_PADDING, canvasInsets } from './insets.js';

export { FIT_PADDING } from './insets.js';

/** Zoom limits, as in Miro and FigJam: 2 % to 400 %. */
export const MIN_SCALE = 0.02;
export const MAX_SCALE = 4;

/** Size of the canvas on screen, in CSS pixels. */
export interface Size {
  width: number;
  height: number;
}

/** A scale kept within the zoom limits. */
export function clampScale(scale: number): number {
  return Math.min(MAX_SCALE, Math.max(MIN_SCALE, scale));
}

/** The board point under a screen point (screen = board * scale + (x, y)). */
export function screenToBoard(vp: Viewport, p: Point): Point {
  return { x: (p.x - vp.x) / vp.scale, y: (p.y - vp.y) / vp.scale };
}

/** The screen point where a board point is drawn. */
export function boardToScreen(vp: Viewport, p: Point): Point {
  return { x: p.x * vp.scale + vp.x, y: p.y * vp.scale + vp.y };
}

/** The board rectangle a canvas of `size` shows. */
export function visibleRect(vp: Viewport, size: Size): Rect {
  return { x: -vp.x / vp.scale, y: -vp.y / vp.scale, width: size.width / vp.scale, height: size.height / vp.scale };
}

/** The viewport zoomed by `factor` so that the board point under screen point `p` stays put. */
export function zoomAround(vp: Viewport, p: Point, factor: number): Viewport {
  const scale = clampScale(vp.scale * factor);
  const anchor = screenToBoard(vp, p);
  return { scale, x: p.x - anchor.x * scale, y: p.y - anchor.y * scale };
}

/** The viewport panned by a screen-space delta. */
export function panBy(vp: Viewport, dx: number, dy: number): Viewport {
  return { ...vp, x: vp.x + dx, y: vp.y + dy };
}

/** Screen pixels kept free on each side, or the same on all four. */
export type Padding = number | { top: number; right: number; bottom: number; left: number };

/** The free part of a canvas of `size` inside `padding`. */
export function freeRect(size: Size, padding: Padding): Rect {
  const p = typeof padding === 'number' ? { top: padding, right: padding, bottom: padding, left: padding } : padding;
  return { x: p.left, y: p.top, width: Math.max(1, size.width - p.left - p.right), height: Math.max(1, size.height - p.top - p.bottom) };
}

/**
 * The viewport showing `rect` centred in a canvas of `size` with `padding` screen pixels around
 * it, never zoomed in beyond 100 % (fitting one note should not blow it up to fill the screen).
 */
export function fitRect(rect: Rect, size: Size, padding: Padding = FIT_PADDING): Viewport {
  const free = freeRect(size, padding);
  const scale = clampScale(Math.min(1, free.width / Math.max(1, rect.width), free.height / Math.max(1, rect.height)));
  return {
    scale,
    x: free.x + free.width / 2 - (rect.x + rect.width / 2) * scale,
    y: free.y + free.height / 2 - (rect.y + rect.height / 2) * scale,
  };
}

// The canvas registers its size here (Board.tsx, on resize) so the zoom buttons can zoom around
// its centre without a reference to the stage.
let canvasSize: Size = { width: 0, height: 0 };

/** Called by the canvas when its size changes. */
export function setCanvasSize(size: Size): void {
  canvasSize = size;
}

/** The canvas size last registered (0 × 0 before the canvas mounts). */
export function getCanvasSize(): Size {
  return canvasSize;
}

/** Zooms by `factor` around the centre of the canvas (the Zoom in / Zoom out buttons). */
export function zoomBy(factor: number): void {
  const { viewport } = useStore.getState();
  setViewport(zoomAround(viewport, { x: canvasSize.width / 2, y: canvasSize.height / 2 }, factor));
}

/** Fits every item of the board being viewed on screen, clear of the floating controls (Fit to screen); 100 % at the origin if empty. */
export function fitToScreen(): void {
  const { items, boardId } = useStore.getState();
  const bounds = unionRects([...items.values()].filter((i) => i.boardId === boardId));
  if (!bounds) {
    setViewport({ x: canvasSize.width / 2, y: canvasSize.height / 2, scale: 1 });
    return;
  }
  setViewport(fitRect(bounds, canvasSize, canvasInsets()));
}
